"""Webex Access Tokens API: exchange OAuth codes and refresh tokens."""

from __future__ import annotations

from .._group import ApiGroup, Model
from .._validation import checked
from ..models.immutable import AccessToken

__all__ = ["AccessTokensAPI"]

API_ENDPOINT = "access_token"
OBJECT_TYPE = "access_token"
_MODEL = Model(OBJECT_TYPE, AccessToken)


class AccessTokensAPI(ApiGroup):
    """Webex Access Tokens API (``api.access_tokens``).

    The requests are form-encoded and carry no bearer token; they go through the
    client's own transport, so its proxies and TLS settings apply.
    """

    def _exchange(self, form: dict[str, str]) -> AccessToken:
        return self._post(_MODEL, API_ENDPOINT, data=form, auth=None)

    @checked
    def get(
        self, client_id: str, client_secret: str, code: str, redirect_uri: str
    ) -> AccessToken:
        """Exchange an OAuth authorization code for an access token.

        Args:
            client_id: Your integration's client id.
            client_secret: Your integration's client secret.
            code: The authorization code from the OAuth redirect.
            redirect_uri: The redirect URI used in the authorization request.

        Returns:
            An ``AccessToken`` (access_token, expires_in, refresh_token,
            refresh_token_expires_in).

        Raises:
            TypeError: If a parameter has the wrong type.
            ApiError: If Webex refuses the exchange.
        """
        return self._exchange(
            {
                "grant_type": "authorization_code",
                "client_id": client_id,
                "client_secret": client_secret,
                "code": code,
                "redirect_uri": redirect_uri,
            }
        )

    @checked
    def refresh(self, client_id: str, client_secret: str, refresh_token: str) -> AccessToken:
        """Get a new access token with a refresh token.

        Args:
            client_id: Your integration's client id.
            client_secret: Your integration's client secret.
            refresh_token: The refresh token of an earlier exchange.

        Returns:
            A new ``AccessToken``.

        Raises:
            TypeError: If a parameter has the wrong type.
            ApiError: If Webex refuses the refresh.
        """
        return self._exchange(
            {
                "grant_type": "refresh_token",
                "client_id": client_id,
                "client_secret": client_secret,
                "refresh_token": refresh_token,
            }
        )
