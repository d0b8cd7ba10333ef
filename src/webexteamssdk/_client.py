"""What ``WebexTeamsAPI`` and ``AsyncWebexTeamsAPI`` share: settings, groups, tokens."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from typing import Any, Generic, NamedTuple, TypeVar

from . import _environment
from ._retry import RetryPolicy
from .config import ACCESS_TOKEN_ENVIRONMENT_VARIABLE, DEFAULT_BASE_URL
from .exceptions import AccessTokenError
from .models._base import ObjectFactory
from .models.immutable import AccessToken
from .restsession import AsyncRestSession, RestSession

__all__ = ["ClientBase", "DefaultBaseURL", "Settings", "resolve_settings"]

SessionT = TypeVar("SessionT", RestSession, AsyncRestSession)
ClientT = TypeVar("ClientT", bound="ClientBase[Any]")


class DefaultBaseURL(str):
    """Marks the documented default ``base_url`` so ``WEBEX_TEAMS_BASE_URL`` can win."""


DEFAULT_BASE_URL_ARGUMENT = DefaultBaseURL(DEFAULT_BASE_URL)


class Settings(NamedTuple):
    """The constructor arguments after defaults and the environment were applied."""

    access_token: str | None
    base_url: str
    be_geo_id: str | None
    caller: str | None


def resolve_settings(
    access_token: str | None,
    base_url: str,
    be_geo_id: str | None,
    caller: str | None,
    object_factory: ObjectFactory,
) -> Settings:
    """Apply the environment to the constructor arguments (at construction, not import)."""
    if not callable(object_factory):
        raise TypeError("object_factory must be callable: factory(model, json_data)")
    url = _environment.base_url(None if isinstance(base_url, DefaultBaseURL) else base_url)
    token = access_token or _environment.access_token_from_env()
    return Settings(token, url, *_environment.tracking_ids(be_geo_id, caller))


def missing_token_error() -> AccessTokenError:
    """The documented error for a client built without any access token."""
    return AccessTokenError(
        "You must provide a Webex Teams access token to interact with the Webex Teams APIs, "
        f"either via a {ACCESS_TOKEN_ENVIRONMENT_VARIABLE} environment variable or via the "
        "access_token argument."
    )


class ClientBase(Generic[SessionT]):
    """Properties and token bookkeeping shared by the sync and async clients."""

    _session: SessionT
    oauth_token: AccessToken | None
    """The OAuth grant the client was built from (None for a plain token)."""

    def _bind_groups(self, groups: Mapping[str, type[Any]], factory: ObjectFactory) -> None:
        self._groups = groups
        self._object_factory = factory
        self.oauth_token = None
        self._oauth_received_at: datetime | None = None
        for name, group in groups.items():
            setattr(self, name, group(self._session, factory))

    def with_retry(self: ClientT, retry: RetryPolicy) -> ClientT:
        """Return a client that shares this one's connections but retries per ``retry``.

        Use it for one call or a batch, e.g.
        ``api.with_retry(RetryPolicy.disabled()).messages.create(...)``. Close the
        original client, not the derived one.

        Args:
            retry: The ``RetryPolicy`` for calls made through the returned client.

        Returns:
            A derived client of the same type.
        """
        if not isinstance(retry, RetryPolicy):
            raise TypeError(f"retry must be a RetryPolicy, got {type(retry).__name__}")
        derived = copy.copy(self)
        derived._session = copy.copy(self._session)
        derived._session.retry = retry
        for name, group in self._groups.items():
            setattr(derived, name, group(derived._session, self._object_factory))
        return derived

    def _use_oauth_token(self, token: AccessToken) -> None:
        if not token.access_token:
            raise AccessTokenError("The OAuth exchange returned no access_token")
        self.oauth_token = token
        self._oauth_received_at = datetime.now(timezone.utc)
        self._session.set_access_token(token.access_token)

    @property
    def access_token(self) -> str:
        """The access token in use."""
        return self._session.access_token or ""

    @property
    def base_url(self) -> str:
        """The API base URL."""
        return self._session.base_url

    @property
    def single_request_timeout(self) -> float | None:
        """Seconds one HTTP request may take (settable)."""
        return self._session.single_request_timeout

    @single_request_timeout.setter
    def single_request_timeout(self, value: float | None) -> None:
        self._session.single_request_timeout = value

    @property
    def wait_on_rate_limit(self) -> bool:
        """Whether 429 answers are waited out and retried (settable)."""
        return self._session.wait_on_rate_limit

    @wait_on_rate_limit.setter
    def wait_on_rate_limit(self, value: bool) -> None:
        self._session.wait_on_rate_limit = value

    @property
    def refresh_token(self) -> str | None:
        """The OAuth refresh token, when the client was built from an OAuth exchange."""
        return self.oauth_token.refresh_token if self.oauth_token else None

    @property
    def access_token_expires_at(self) -> datetime | None:
        """When the OAuth access token expires (UTC), when known."""
        return self._expiry(self.oauth_token.expires_in if self.oauth_token else None)

    @property
    def refresh_token_expires_at(self) -> datetime | None:
        """When the OAuth refresh token expires (UTC), when known."""
        token = self.oauth_token
        return self._expiry(token.refresh_token_expires_in if token else None)

    def _expiry(self, seconds: int | None) -> datetime | None:
        if seconds is None or self._oauth_received_at is None:
            return None
        return self._oauth_received_at + timedelta(seconds=seconds)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={self.base_url!r}>"
