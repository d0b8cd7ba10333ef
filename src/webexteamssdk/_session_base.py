"""Configuration shared by the sync and async sessions: token, URLs, timeouts, headers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, TypeVar

import httpx

from ._http import BearerAuth, join_url, mounts_for_proxies, user_agent
from ._retry import RetryPolicy

__all__ = ["SessionBase", "check_timeout"]

ClientT = TypeVar("ClientT", httpx.Client, httpx.AsyncClient)


def check_timeout(value: float | None, name: str = "single_request_timeout") -> float | None:
    """Validate a timeout value (seconds > 0, or None)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        kind = type(value).__name__
        raise TypeError(f"{name} must be a number of seconds or None, got {kind}")
    if value <= 0:
        raise ValueError(f"{name} must be > 0, got {value}")
    return value


class SessionBase(Generic[ClientT]):
    """State and settings of a session; the subclasses add the I/O.

    Args:
        access_token: The Webex access token, sent only to the ``base_url`` origin
            (None for a session that only exchanges OAuth codes).
        base_url: Absolute base URL ending with ``/`` (e.g. ``https://webexapis.com/v1/``).
        single_request_timeout: Seconds one HTTP request may take (connect and read),
            or None for no limit.
        wait_on_rate_limit: Wait out 429 answers and retry (bounded by ``retry``).
        retry: The ``RetryPolicy``.
        connect_timeout: Seconds to establish a connection (default:
            ``single_request_timeout``); reads, writes and the pool wait use
            ``single_request_timeout``.
    """

    _client: ClientT

    def __init__(
        self,
        access_token: str | None,
        base_url: str,
        single_request_timeout: float | None,
        wait_on_rate_limit: bool,
        retry: RetryPolicy | None,
        connect_timeout: float | None = None,
    ) -> None:
        self._access_token = access_token
        self._base_url = base_url
        self._origin = httpx.URL(base_url)
        self._single_request_timeout = check_timeout(single_request_timeout)
        self._connect_timeout = check_timeout(connect_timeout, "connect_timeout")
        self.wait_on_rate_limit = wait_on_rate_limit
        self.retry = retry or RetryPolicy()

    def _client_options(
        self,
        proxies: Mapping[str, str] | None,
        be_geo_id: str | None,
        caller: str | None,
        disable_ssl_verify: bool,
        asynchronous: bool,
    ) -> dict[str, Any]:
        verify = not disable_ssl_verify
        mounts = mounts_for_proxies(proxies, verify, asynchronous) if proxies else None
        return {
            "auth": self._auth(),
            "headers": {
                "User-Agent": user_agent(be_geo_id, caller),
                "Accept": "application/json",
            },
            "timeout": self._timeout(),
            "verify": verify,
            "mounts": mounts,
            "follow_redirects": False,
        }

    def _timeout(self) -> httpx.Timeout:
        connect = self._connect_timeout or self._single_request_timeout
        return httpx.Timeout(self._single_request_timeout, connect=connect)

    def _auth(self) -> BearerAuth | None:
        return BearerAuth(self._access_token, self._origin) if self._access_token else None

    @property
    def base_url(self) -> str:
        """The API base URL (read-only)."""
        return self._base_url

    @property
    def access_token(self) -> str | None:
        """The access token (read-only)."""
        return self._access_token

    def set_access_token(self, access_token: str) -> None:
        """Use another access token from now on (after an OAuth exchange or refresh)."""
        if not isinstance(access_token, str) or not access_token:
            raise TypeError("access_token must be a non-empty str")
        self._access_token = access_token
        self._client.auth = BearerAuth(access_token, self._origin)

    @property
    def single_request_timeout(self) -> float | None:
        """Seconds one HTTP request may take, or None for no limit."""
        return self._single_request_timeout

    @single_request_timeout.setter
    def single_request_timeout(self, value: float | None) -> None:
        self._single_request_timeout = check_timeout(value)
        self._client.timeout = self._timeout()

    @property
    def wait_on_rate_limit(self) -> bool:
        """Whether 429 answers are waited out and retried."""
        return self._wait_on_rate_limit

    @wait_on_rate_limit.setter
    def wait_on_rate_limit(self, value: bool) -> None:
        if not isinstance(value, bool):
            raise TypeError(f"wait_on_rate_limit must be a bool, got {type(value).__name__}")
        self._wait_on_rate_limit = value

    @property
    def headers(self) -> dict[str, str]:
        """A copy of the headers sent with every request (without the token)."""
        return dict(self._client.headers)

    def update_headers(self, headers: Mapping[str, str]) -> None:
        """Add or replace headers sent with every request."""
        if not isinstance(headers, Mapping):
            raise TypeError(f"headers must be a mapping, got {type(headers).__name__}")
        self._client.headers.update(headers)

    def abs_url(self, url: str) -> str:
        """Return ``url`` made absolute below the base URL."""
        return join_url(self._base_url, url)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={self._base_url!r}>"
