"""Tokens: guest-issuer JWT logins and the OAuth integration grants."""

from __future__ import annotations

import base64
import secrets
from typing import Any

import jwt

from ..exceptions import WebexError
from .base import Json
from .platform import AuditRules

GUEST_ISSUER = {"id": "emulator-guest-issuer",
                "secret": base64.b64encode(b"emulator-guest-issuer-shared-secret-32b").decode()}
INTEGRATION = {"clientId": "emulator-client-id", "clientSecret": "emulator-client-secret",
               "redirectUri": "http://localhost:8080/callback", "email": "alice@example.com"}
ACCESS_LIFETIME, REFRESH_LIFETIME, GUEST_LIFETIME = 1209599, 7775999, 21600
BAD_JWT = "The JWT could not be verified."


class AuthRules(AuditRules):
    """Rules for ``/jwt/login``, ``/authorize`` and ``/access_token``."""

    def clear(self) -> None:
        """Drop every record, issued codes and refresh tokens included."""
        with self.lock:
            super().clear()
            self.codes: dict[str, str] = {}
            self.refresh_tokens: dict[str, str] = {}
            self.guests: dict[str, str] = {}

    @property
    def guest_issuer(self) -> Json:
        """The seeded guest issuer: ``{"id": ..., "secret": <base64>}``."""
        return dict(self.seed.get("guestIssuer") or GUEST_ISSUER)

    @property
    def integration(self) -> Json:
        """The seeded OAuth integration (client id, secret, redirect URI, acting email)."""
        return dict(self.seed.get("integration") or INTEGRATION)

    def _new_token(self, person_id: str, prefix: str) -> str:
        token = f"{prefix}-{secrets.token_urlsafe(24)}"
        self.tokens[token] = person_id
        return token

    def guest_login(self, authorization: str) -> Json:
        """POST /jwt/login: verify the HS256 JWT of the guest issuer and issue a token."""
        scheme, _, token = authorization.partition(" ")
        issuer = self.guest_issuer
        try:
            claims: dict[str, Any] = jwt.decode(
                token.strip(), base64.b64decode(issuer["secret"]), algorithms=["HS256"],
                options={"require": ["sub", "name", "iss", "exp"]},
            )
        except (jwt.PyJWTError, ValueError):
            raise WebexError(401, BAD_JWT) from None
        if scheme.lower() != "bearer" or claims["iss"] != issuer["id"]:
            raise WebexError(401, BAD_JWT)
        with self.lock:
            pid = self.guests.get(str(claims["sub"]))
            if pid is None or pid not in self.people:
                email = f"{claims['sub']}@guest.emulated.webex"
                person = self.new_person({"email": email, "displayName": str(claims["name"]),
                                          "type": "appuser"})
                pid = self.guests[str(claims["sub"])] = person.data["id"]
            return {"token": self._new_token(pid, "emulator-guest"), "expiresIn": GUEST_LIFETIME}

    def authorization_code(self, email: str | None = None) -> str:
        """Issue a single-use OAuth code for ``email`` (the integration's user by default)."""
        with self.lock:
            person = self.person_by_email(email or str(self.integration["email"]))
            if person is None:
                raise WebexError(404, "Person not found")
            code = secrets.token_urlsafe(16)
            self.codes[code] = person.data["id"]
            return code

    def exchange(self, form: dict[str, str]) -> Json:
        """POST /access_token: authorization_code and refresh_token grants."""
        app = self.integration
        if form.get("client_id") != app["clientId"]:
            raise WebexError(401, "Invalid client_id.")
        if form.get("client_secret") != app["clientSecret"]:
            raise WebexError(401, "Invalid client_secret.")
        with self.lock:
            grant = form.get("grant_type")
            if grant == "authorization_code":
                pid = self._redeem_code(form, app)
            elif grant == "refresh_token":
                pid = self.refresh_tokens.get(form.get("refresh_token", ""), "")
                if pid not in self.people:
                    raise WebexError(400, "Invalid refresh_token.")
            else:
                raise WebexError(400, f"Unsupported grant_type: {grant!r}")
            refresh = form.get("refresh_token") or secrets.token_urlsafe(32)
            self.refresh_tokens[refresh] = pid
            return {"access_token": self._new_token(pid, "emulator-oauth"),
                    "expires_in": ACCESS_LIFETIME, "refresh_token": refresh,
                    "refresh_token_expires_in": REFRESH_LIFETIME, "token_type": "Bearer"}

    def _redeem_code(self, form: dict[str, str], app: Json) -> str:
        if form.get("redirect_uri") != app["redirectUri"]:
            raise WebexError(400, "redirect_uri does not match the registered one.")
        pid = self.codes.pop(form.get("code", ""), None)
        if pid is None:
            raise WebexError(400, "Invalid or already used authorization code.")
        return pid
