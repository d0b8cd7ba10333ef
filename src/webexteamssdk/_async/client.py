"""``AsyncWebexTeamsAPI``: the asyncio connection object, the same surface as the sync one."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import httpx

from .._client import DEFAULT_BASE_URL_ARGUMENT, ClientBase, missing_token_error, resolve_settings
from .._limits import RequestLimits
from .._retry import RetryPolicy
from .._validation import checked
from ..config import DEFAULT_SINGLE_REQUEST_TIMEOUT, DEFAULT_WAIT_ON_RATE_LIMIT
from ..models._base import ObjectFactory
from ..models.immutable import immutable_data_factory
from ..restsession import AsyncRestSession
from .api.access_tokens import AsyncAccessTokensAPI
from .api.admin_audit_events import AsyncAdminAuditEventsAPI
from .api.attachment_actions import AsyncAttachmentActionsAPI
from .api.events import AsyncEventsAPI
from .api.guest_issuer import AsyncGuestIssuerAPI
from .api.licenses import AsyncLicensesAPI
from .api.memberships import AsyncMembershipsAPI
from .api.messages import AsyncMessagesAPI
from .api.organizations import AsyncOrganizationsAPI
from .api.people import AsyncPeopleAPI
from .api.roles import AsyncRolesAPI
from .api.rooms import AsyncRoomsAPI
from .api.team_memberships import AsyncTeamMembershipsAPI
from .api.teams import AsyncTeamsAPI
from .api.webhooks import AsyncWebhooksAPI

__all__ = ["ASYNC_GROUPS", "AsyncWebexTeamsAPI"]

ASYNC_GROUPS: dict[str, type[Any]] = {
    "access_tokens": AsyncAccessTokensAPI,
    "admin_audit_events": AsyncAdminAuditEventsAPI,
    "attachment_actions": AsyncAttachmentActionsAPI,
    "events": AsyncEventsAPI,
    "guest_issuer": AsyncGuestIssuerAPI,
    "licenses": AsyncLicensesAPI,
    "memberships": AsyncMembershipsAPI,
    "messages": AsyncMessagesAPI,
    "organizations": AsyncOrganizationsAPI,
    "people": AsyncPeopleAPI,
    "roles": AsyncRolesAPI,
    "rooms": AsyncRoomsAPI,
    "team_memberships": AsyncTeamMembershipsAPI,
    "teams": AsyncTeamsAPI,
    "webhooks": AsyncWebhooksAPI,
}


class AsyncWebexTeamsAPI(ClientBase[AsyncRestSession]):
    """The asyncio Webex Teams API wrapper: every group and method of ``WebexTeamsAPI``.

    Calls are awaitable (``await api.rooms.get(room_id)``); list methods return async
    iterators that page lazily (``async for room in api.rooms.list()``). Use it as an
    async context manager, or ``await api.aclose()`` when done.

    Example:
        >>> async with AsyncWebexTeamsAPI() as api:
        ...     me = await api.people.me()

    It takes the arguments of ``WebexTeamsAPI`` (``transport`` is an
    ``httpx.AsyncBaseTransport`` and ``sleep`` an async callable). With OAuth arguments
    instead of a token, the exchange happens when the client is entered
    (``async with``) or on ``await api.authorize()``, since a constructor cannot await.
    """

    access_tokens: AsyncAccessTokensAPI
    admin_audit_events: AsyncAdminAuditEventsAPI
    attachment_actions: AsyncAttachmentActionsAPI
    events: AsyncEventsAPI
    guest_issuer: AsyncGuestIssuerAPI
    licenses: AsyncLicensesAPI
    memberships: AsyncMembershipsAPI
    messages: AsyncMessagesAPI
    organizations: AsyncOrganizationsAPI
    people: AsyncPeopleAPI
    roles: AsyncRolesAPI
    rooms: AsyncRoomsAPI
    team_memberships: AsyncTeamMembershipsAPI
    teams: AsyncTeamsAPI
    webhooks: AsyncWebhooksAPI

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
        transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        connect_timeout: float | None = None,
        limits: RequestLimits | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        token, url, geo, who = resolve_settings(
            access_token, base_url, be_geo_id, caller, object_factory
        )
        oauth = (client_id, client_secret, oauth_code, redirect_uri, refresh_token)
        has_grant = bool(client_id and client_secret and (oauth_code or refresh_token))
        if not token and not has_grant:
            raise missing_token_error()
        self._session = AsyncRestSession(
            token, url, single_request_timeout, wait_on_rate_limit, proxies, geo, who,
            disable_ssl_verify, transport=transport, retry=retry, sleep=sleep,
            connect_timeout=connect_timeout, limits=limits,
        )
        self._bind_groups(ASYNC_GROUPS, object_factory)
        self._pending_oauth = None if token else oauth

    async def authorize(self) -> None:
        """Run the OAuth exchange given to the constructor (once; no-op otherwise).

        Raises:
            ApiError: If Webex refuses the exchange.
            AccessTokenError: If the arguments did not allow an exchange.
        """
        if self._pending_oauth is None:
            return
        client_id, client_secret, code, redirect_uri, refresh_token = self._pending_oauth
        if code and redirect_uri and client_id and client_secret:
            grant = await self.access_tokens.get(client_id, client_secret, code, redirect_uri)
        elif refresh_token and client_id and client_secret:
            grant = await self.access_tokens.refresh(client_id, client_secret, refresh_token)
        else:
            raise missing_token_error()
        self._use_oauth_token(grant)
        self._pending_oauth = None

    @classmethod
    async def from_oauth_code(
        cls, client_id: str, client_secret: str, code: str, redirect_uri: str, **kwargs: Any
    ) -> AsyncWebexTeamsAPI:
        """Exchange an OAuth authorization code and connect with the new token.

        Args:
            client_id: Your integration's client id.
            client_secret: Your integration's client secret.
            code: The authorization code from the OAuth redirect.
            redirect_uri: The redirect URI used in the authorization request.
            **kwargs: Further ``AsyncWebexTeamsAPI`` arguments.

        Returns:
            A connected ``AsyncWebexTeamsAPI``.

        Raises:
            ApiError: If Webex refuses the exchange.
        """
        api = cls(
            client_id=client_id, client_secret=client_secret, oauth_code=code,
            redirect_uri=redirect_uri, **kwargs,
        )
        return await api._authorized()

    @classmethod
    async def from_oauth_refresh(
        cls, client_id: str, client_secret: str, refresh_token: str, **kwargs: Any
    ) -> AsyncWebexTeamsAPI:
        """Get a fresh access token with a refresh token and connect with it.

        Args:
            client_id: Your integration's client id.
            client_secret: Your integration's client secret.
            refresh_token: The refresh token of an earlier exchange.
            **kwargs: Further ``AsyncWebexTeamsAPI`` arguments.

        Returns:
            A connected ``AsyncWebexTeamsAPI``.

        Raises:
            ApiError: If Webex refuses the refresh.
        """
        api = cls(
            client_id=client_id, client_secret=client_secret, refresh_token=refresh_token,
            **kwargs,
        )
        return await api._authorized()

    async def _authorized(self) -> AsyncWebexTeamsAPI:
        try:
            await self.authorize()
        except BaseException:
            await self.aclose()
            raise
        return self

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._session.aclose()

    async def __aenter__(self) -> AsyncWebexTeamsAPI:
        return await self._authorized()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
