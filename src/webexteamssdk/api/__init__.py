"""``WebexTeamsAPI``: the connection object that holds every API group."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import httpx

from .._client import DEFAULT_BASE_URL_ARGUMENT, ClientBase, missing_token_error, resolve_settings
from .._limits import RequestLimits
from .._retry import RetryPolicy
from .._validation import checked
from ..config import DEFAULT_SINGLE_REQUEST_TIMEOUT, DEFAULT_WAIT_ON_RATE_LIMIT
from ..models._base import ObjectFactory
from ..models.immutable import immutable_data_factory
from ..restsession import RestSession
from .access_tokens import AccessTokensAPI
from .admin_audit_events import AdminAuditEventsAPI
from .attachment_actions import AttachmentActionsAPI
from .events import EventsAPI
from .guest_issuer import GuestIssuerAPI
from .licenses import LicensesAPI
from .memberships import MembershipsAPI
from .messages import MessagesAPI
from .organizations import OrganizationsAPI
from .people import PeopleAPI
from .roles import RolesAPI
from .rooms import RoomsAPI
from .team_memberships import TeamMembershipsAPI
from .teams import TeamsAPI
from .webhooks import WebhooksAPI

__all__ = ["GROUPS", "WebexTeamsAPI"]

GROUPS: dict[str, type[Any]] = {
    "access_tokens": AccessTokensAPI,
    "admin_audit_events": AdminAuditEventsAPI,
    "attachment_actions": AttachmentActionsAPI,
    "events": EventsAPI,
    "guest_issuer": GuestIssuerAPI,
    "licenses": LicensesAPI,
    "memberships": MembershipsAPI,
    "messages": MessagesAPI,
    "organizations": OrganizationsAPI,
    "people": PeopleAPI,
    "roles": RolesAPI,
    "rooms": RoomsAPI,
    "team_memberships": TeamMembershipsAPI,
    "teams": TeamsAPI,
    "webhooks": WebhooksAPI,
}


class WebexTeamsAPI(ClientBase[RestSession]):
    """Webex Teams API wrapper: one authenticated session and every API group.

    Example:
        >>> api = WebexTeamsAPI()  # token from WEBEX_TEAMS_ACCESS_TOKEN
        >>> me = api.people.me()

    Args:
        access_token: The access token. Defaults to the ``WEBEX_TEAMS_ACCESS_TOKEN``
            environment variable, then ``WEBEX_ACCESS_TOKEN``, then the legacy
            ``SPARK_ACCESS_TOKEN`` / ``CISCO_SPARK_ACCESS_TOKEN`` (which warn).
        base_url: The API base URL. Defaults to the ``WEBEX_TEAMS_BASE_URL``
            environment variable, then ``https://webexapis.com/v1/``.
        single_request_timeout: Seconds one HTTP request may take.
        wait_on_rate_limit: Wait out 429 answers and retry (bounded by ``retry``).
        object_factory: Builds returned objects from JSON: ``factory(model, json)``.
        client_id: OAuth integration client id (with the other OAuth arguments).
        client_secret: OAuth integration client secret.
        oauth_code: OAuth authorization code to exchange for an access token.
        redirect_uri: The redirect URI used in the OAuth flow.
        proxies: A requests-style proxies dict, e.g. ``{"https": "http://host:3128"}``.
        be_geo_id: Partner id for API usage tracking (default: ``BE_GEO_ID``).
        caller: Caller id for API usage tracking (default: ``WEBEX_PYTHON_SDK_CALLER``).
        disable_ssl_verify: Turn TLS certificate verification off.
        refresh_token: OAuth refresh token to exchange for an access token (with
            ``client_id`` and ``client_secret``).
        transport: An ``httpx.BaseTransport`` to send requests with (tests, custom
            connection settings).
        retry: The ``RetryPolicy``: retries of failures and rate limits.
        connect_timeout: Seconds to establish a connection (default:
            ``single_request_timeout``, which bounds reads and writes).
        limits: Client-side ``RequestLimits``: at most N requests in flight and/or
            R requests per second, shared by all calls of this client.
        sleep: How to wait before a retry; injectable so tests take no real time.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If ``base_url`` is not an absolute http(s) URL.
        AccessTokenError: If no access token is given or found.
    """

    access_tokens: AccessTokensAPI
    admin_audit_events: AdminAuditEventsAPI
    attachment_actions: AttachmentActionsAPI
    events: EventsAPI
    guest_issuer: GuestIssuerAPI
    licenses: LicensesAPI
    memberships: MembershipsAPI
    messages: MessagesAPI
    organizations: OrganizationsAPI
    people: PeopleAPI
    roles: RolesAPI
    rooms: RoomsAPI
    team_memberships: TeamMembershipsAPI
    teams: TeamsAPI
    webhooks: WebhooksAPI

    @checked
    def __init__(
        self,
        access_token: str | None = None,
        base_url: str = DEFAULT_BASE_URL_ARGUMENT,
        single_request_timeout: float | None = DEFAULT_SINGLE_REQUEST_TIMEOUT,
        wait_on_rate_limit: bool = DEFAULT_WAIT_ON_RATE_LIMIT,
        object_factory: ObjectFactory = immutable_data_factory,
        client_id: str | None = None,
        client_secret: str | None = None,
        oauth_code: str | None = None,
        redirect_uri: str | None = None,
        proxies: Mapping[str, str] | None = None,
        be_geo_id: str | None = None,
        caller: str | None = None,
        disable_ssl_verify: bool = False,
        *,
        refresh_token: str | None = None,
        transport: httpx.BaseTransport | None = None,
        retry: RetryPolicy | None = None,
        connect_timeout: float | None = None,
        limits: RequestLimits | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        token, url, geo, who = resolve_settings(
            access_token, base_url, be_geo_id, caller, object_factory
        )
        self._session = RestSession(
            token, url, single_request_timeout, wait_on_rate_limit, proxies, geo, who,
            disable_ssl_verify, transport=transport, retry=retry, sleep=sleep,
            connect_timeout=connect_timeout, limits=limits,
        )
        self._bind_groups(GROUPS, object_factory)
        try:
            if not token and client_id and client_secret:
                self._exchange(client_id, client_secret, oauth_code, redirect_uri, refresh_token)
            if not self._session.access_token:
                raise missing_token_error()
        except BaseException:
            self._session.close()
            raise

    def _exchange(
        self,
        client_id: str,
        client_secret: str,
        code: str | None,
        redirect_uri: str | None,
        refresh_token: str | None,
    ) -> None:
        if code and redirect_uri:
            self._use_oauth_token(
                self.access_tokens.get(client_id, client_secret, code, redirect_uri)
            )
        elif refresh_token:
            self._use_oauth_token(
                self.access_tokens.refresh(client_id, client_secret, refresh_token)
            )

    @classmethod
    def from_oauth_code(
        cls, client_id: str, client_secret: str, code: str, redirect_uri: str, **kwargs: Any
    ) -> WebexTeamsAPI:
        """Exchange an OAuth authorization code and connect with the new token.

        Args:
            client_id: Your integration's client id.
            client_secret: Your integration's client secret.
            code: The authorization code from the OAuth redirect.
            redirect_uri: The redirect URI used in the authorization request.
            **kwargs: Further ``WebexTeamsAPI`` arguments (base_url, proxies, ...).

        Returns:
            A connected ``WebexTeamsAPI``; its ``oauth_token`` and ``refresh_token``
            hold what the exchange returned.

        Raises:
            ApiError: If Webex refuses the exchange.
        """
        return cls(
            client_id=client_id, client_secret=client_secret, oauth_code=code,
            redirect_uri=redirect_uri, **kwargs,
        )

    @classmethod
    def from_oauth_refresh(
        cls, client_id: str, client_secret: str, refresh_token: str, **kwargs: Any
    ) -> WebexTeamsAPI:
        """Get a fresh access token with a refresh token and connect with it.

        Args:
            client_id: Your integration's client id.
            client_secret: Your integration's client secret.
            refresh_token: The refresh token of an earlier exchange.
            **kwargs: Further ``WebexTeamsAPI`` arguments (base_url, proxies, ...).

        Returns:
            A connected ``WebexTeamsAPI`` with the new ``oauth_token``.

        Raises:
            ApiError: If Webex refuses the refresh.
        """
        return cls(
            client_id=client_id, client_secret=client_secret, refresh_token=refresh_token,
            **kwargs,
        )

    def close(self) -> None:
        """Close the connection pool."""
        self._session.close()

    def __enter__(self) -> WebexTeamsAPI:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
