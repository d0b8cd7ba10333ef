"""The :class:`Emulator` Python API: run, seed, inspect and break the emulated Webex API."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from types import TracebackType
from typing import Any

from .app import build_app
from .faults import Faults, Rule
from .seed import SeedInput
from .server import BackgroundServer
from .store import Store


class Emulator:
    """A local Webex messaging API v1 server for tests, demos and bots.

    Args:
        seed: A dict, a path to a JSON file, or None for the default seed. The format is
            ``{"orgs": [{"displayName": "Emulated Org"}], "people": [{"email": ...,
            "displayName": ..., "firstName": ..., "lastName": ..., "type": "person"|"bot",
            "admin": false, "token": "...", "id": "<optional Hydra id or UUID>"}]}``.
            The default seed holds admin@example.com (admin), alice@, bob@, carol@example.com,
            bot@webex.bot and compliance@example.com (``"compliance": true``, a compliance
            officer) with tokens ``emulator-<name>-token``. Optional keys:
            ``"guestIssuer": {"id", "secret" (base64)}``, ``"integration": {"clientId",
            "clientSecret", "redirectUri", "email"}`` and ``"licenses": [{"name", ...}]``;
            see ``rules/auth.py`` and ``rules/platform.py`` for their defaults.
        host: Interface to bind.
        port: Port to bind; 0 picks a free port (read back after :meth:`start`).
        clock: Callable returning the current UTC datetime (for deterministic timestamps).

    Example:
        >>> with Emulator() as emu:  # doctest: +SKIP
        ...     httpx.get(emu.base_url + "people/me", headers=emu.auth("alice@example.com"))
    """

    def __init__(self, seed: SeedInput = None, *, host: str = "127.0.0.1", port: int = 0,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.store = Store(seed, clock)
        self.faults = Faults()
        self.app = build_app(self.store, self.faults)
        self.host = host
        self.port = port
        self._server: BackgroundServer | None = None

    # Lifecycle ----------------------------------------------------------------------

    def start(self) -> Emulator:
        """Start serving on a background thread and wait until it is ready."""
        if self._server is None:
            self._server = BackgroundServer(self.app, self.host, self.port)
            self.port = self._server.start()
        return self

    def stop(self) -> None:
        """Stop the server and the webhook delivery worker (idempotent)."""
        self.store.deliverer.close()
        if self._server is not None:
            self._server.stop()
            self._server = None

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """The server root, e.g. ``http://127.0.0.1:8900``."""
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """The API base URL, e.g. ``http://127.0.0.1:8900/v1/``."""
        return self.url + "/v1/"

    # People and tokens --------------------------------------------------------------

    @property
    def tokens(self) -> dict[str, str]:
        """Email → access token of every person that has one."""
        return self.store.token_map()

    def token(self, email: str) -> str:
        """The access token of ``email`` (KeyError if it has none)."""
        return self.tokens[email]

    def auth(self, email: str) -> dict[str, str]:
        """An ``Authorization`` header for ``email``."""
        return {"Authorization": f"Bearer {self.token(email)}"}

    def add_person(self, email: str, display_name: str | None = None, *,
                   token: str | None = None, person_type: str = "person", admin: bool = False,
                   **fields: Any) -> dict[str, Any]:
        """Create a person (give ``token`` to let it call the API); returns its JSON + token."""
        return self.store.add_person(email, display_name, token=token, person_type=person_type,
                                     admin=admin, **fields)

    def reset(self) -> None:
        """Back to the seed; also clears faults, latency, rate limit and the request log."""
        self.store.reset()
        self.faults.reset()

    # Faults -------------------------------------------------------------------------

    def fail_next(self, status: int, count: int = 1, retry_after: int | None = None,
                  path: str | None = None, method: str | None = None) -> None:
        """Answer the next ``count`` matching /v1 requests with ``status`` (not processed)."""
        self.faults.add(Rule("status", count, status=status, retry_after=retry_after,
                             path=path, method=method))

    def drop_next(self, count: int = 1, path: str | None = None,
                  method: str | None = None) -> None:
        """Abort the connection of the next ``count`` matching requests (not processed)."""
        self.faults.add(Rule("drop", count, path=path, method=method))

    def delay_next(self, seconds: float, count: int = 1, path: str | None = None,
                   method: str | None = None) -> None:
        """Delay the next ``count`` matching requests by ``seconds`` before processing."""
        self.faults.add(Rule("delay", count, delay=seconds, path=path, method=method))

    def malformed_next(self, count: int = 1, path: str | None = None,
                       method: str | None = None) -> None:
        """Answer the next ``count`` matching requests with 200 and a non-JSON body."""
        self.faults.add(Rule("malformed", count, path=path, method=method))

    def foreign_link_next(self, origin: str, count: int = 1, path: str | None = None,
                          method: str | None = None) -> None:
        """Point the ``Link: rel="next"`` of the next ``count`` matching answers at ``origin``.

        ``origin`` is another server (``http://host:port``): a client that follows the
        link there would hand that server its token.
        """
        self.faults.add(Rule("foreign_link", count, path=path, method=method,
                             link_origin=origin))

    def set_latency(self, seconds: float) -> None:
        """Add ``seconds`` of latency to every /v1 request (0 disables)."""
        self.faults.set_latency(seconds)

    def set_rate_limit(self, per_second: float | None, retry_after: int = 1) -> None:
        """Limit each token to ``per_second`` requests per second (None disables)."""
        self.faults.set_rate_limit(per_second, retry_after)

    def clear_faults(self) -> None:
        """Forget queued faults, latency and the rate limit."""
        self.faults.clear()

    def set_content_state(self, content_id: str, state: str, retry_after: int = 5) -> None:
        """Set a file's scan state: ``clean``, ``scanning``, ``infected`` or ``unscannable``."""
        self.store.set_content_state(content_id, state, retry_after)

    # Webhooks, OAuth and guest issuer ----------------------------------------------

    def wait_for_deliveries(self, timeout: float = 5.0) -> bool:
        """Wait until every queued webhook delivery was sent; False on timeout."""
        return self.store.deliverer.wait(timeout)

    @property
    def deliveries(self) -> list[dict[str, Any]]:
        """Every webhook delivery so far: webhookId, targetUrl, status, ok, body, headers."""
        return list(self.store.deliverer.log)

    @property
    def webhook_failure_threshold(self) -> int:
        """Failed deliveries (within 5 minutes) after which a webhook turns inactive."""
        return self.store.webhook_failure_threshold

    @webhook_failure_threshold.setter
    def webhook_failure_threshold(self, value: int) -> None:
        self.store.webhook_failure_threshold = value

    def authorization_code(self, email: str | None = None) -> str:
        """A single-use OAuth code of the seeded integration for ``email``."""
        return self.store.authorization_code(email)

    @property
    def integration(self) -> dict[str, Any]:
        """The seeded OAuth integration: clientId, clientSecret, redirectUri, email."""
        return self.store.integration

    @property
    def guest_issuer(self) -> dict[str, Any]:
        """The seeded guest issuer: ``id`` and base64 ``secret``."""
        return self.store.guest_issuer

    # Request log --------------------------------------------------------------------

    @property
    def requests(self) -> list[dict[str, Any]]:
        """Every /v1 request so far: ``{"method", "path", "query", "status"}``."""
        return self.faults.requests()

    def clear_requests(self) -> None:
        """Empty the request log."""
        self.faults.clear_requests()
