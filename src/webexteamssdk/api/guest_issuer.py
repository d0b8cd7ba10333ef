"""Webex Guest Issuer API: access tokens for guest users of your app."""

from __future__ import annotations

import base64
import binascii

from .._group import ApiGroup, Model
from .._validation import checked
from ..models.immutable import GuestIssuerToken

__all__ = ["GuestIssuerAPI"]

API_ENDPOINT = "jwt/login"
OBJECT_TYPE = "guest_issuer_token"
_MODEL = Model(OBJECT_TYPE, GuestIssuerToken)


def _numeric_date(exp: str | int) -> int:
    try:
        return int(exp)
    except ValueError:
        raise ValueError(f"exp must be a UNIX timestamp in seconds, got {exp!r}") from None


def _signing_key(secret: str) -> bytes:
    try:
        return base64.b64decode(secret, validate=True)
    except (binascii.Error, ValueError):
        # The secret's value is never echoed: it is a credential.
        raise ValueError("secret must be the base64 guest-issuer secret") from None


class GuestIssuerAPI(ApiGroup):
    """Webex Guest Issuer API (``api.guest_issuer``)."""

    @checked
    def create(
        self, sub: str, name: str, iss: str, exp: str | int, secret: str
    ) -> GuestIssuerToken:
        """Get an access token for a guest user.

        Signs an HS256 JWT with the claims ``sub``, ``name``, ``iss`` and ``exp``
        using the base64-decoded issuer secret, and exchanges it at ``jwt/login``.

        Args:
            sub: A unique id of the guest (letters, digits and hyphens).
            name: The guest's display name.
            iss: The guest issuer id.
            exp: When the JWT expires, as UNIX seconds.
            secret: The guest issuer's shared secret (base64).

        Returns:
            A ``GuestIssuerToken`` with ``token`` and ``expiresIn``.

        Raises:
            TypeError: If a parameter has the wrong type.
            ValueError: If ``exp`` is not a timestamp or ``secret`` is not base64.
            ApiError: If Webex refuses the JWT.
        """
        import jwt  # imported here: PyJWT's import costs more than the rest of the SDK's

        claims = {"sub": sub, "name": name, "iss": iss, "exp": _numeric_date(exp)}
        token = jwt.encode(claims, _signing_key(secret), algorithm="HS256")
        headers = {"Authorization": f"Bearer {token}"}
        return self._post(_MODEL, API_ENDPOINT, headers=headers, auth=None)
