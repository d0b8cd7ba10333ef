"""Guest issuer JWTs and OAuth token exchanges through the client's own transport."""

from __future__ import annotations

import base64
from collections.abc import Callable
from urllib.parse import parse_qs

import httpx
import jwt
import pytest

from webexteamssdk import AccessTokenError, GuestIssuerToken, WebexTeamsAPI

from .conftest import TOKEN

MakeApi = Callable[..., WebexTeamsAPI]
SECRET = base64.b64encode(b"guest-issuer-shared-secret-of-32-bytes-or-more").decode()
GRANT = {
    "access_token": "new-access", "expires_in": 1209599, "refresh_token": "new-refresh",
    "refresh_token_expires_in": 7775999, "token_type": "Bearer",
}


def test_guest_issuer_signs_hs256_jwt(mock_api: MakeApi) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"token": "guest-token", "expiresIn": 21600})

    api = mock_api(handler)
    result = api.guest_issuer.create("guest-1", "Guest One", "ISS", "1900000000", SECRET)
    assert isinstance(result, GuestIssuerToken)
    assert (result.token, result.expiresIn) == ("guest-token", 21600)
    request = seen[0]
    assert str(request.url).endswith("/v1/jwt/login")
    scheme, _, token = request.headers["authorization"].partition(" ")
    assert scheme == "Bearer" and token != TOKEN
    claims = jwt.decode(
        token, base64.b64decode(SECRET), algorithms=["HS256"], options={"verify_exp": False}
    )
    assert claims == {"sub": "guest-1", "name": "Guest One", "iss": "ISS", "exp": 1900000000}


def test_guest_issuer_bad_input(mock_api: MakeApi) -> None:
    api = mock_api(lambda request: httpx.Response(200, json={}))
    with pytest.raises(ValueError, match="exp must be"):
        api.guest_issuer.create("s", "n", "i", "tomorrow", SECRET)
    with pytest.raises(ValueError, match="base64") as caught:
        api.guest_issuer.create("s", "n", "i", 1, "not base64!")
    assert "not base64!" not in str(caught.value)


def oauth_handler(seen: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/access_token"):
            return httpx.Response(200, json=GRANT)
        return httpx.Response(200, json={"id": "me"})

    return handler


def test_construction_from_oauth_code() -> None:
    seen: list[httpx.Request] = []
    api = WebexTeamsAPI(
        client_id="cid", client_secret="csecret", oauth_code="code", redirect_uri="https://app/cb",
        base_url="https://webex.test/v1/", transport=httpx.MockTransport(oauth_handler(seen)),
    )
    with api:
        api.people.me()
        assert api.access_token == "new-access"
        assert api.refresh_token == "new-refresh"
        assert api.oauth_token is not None and api.oauth_token.expires_in == 1209599
        assert api.access_token_expires_at is not None
        assert api.refresh_token_expires_at is not None
        assert api.refresh_token_expires_at > api.access_token_expires_at
    exchange, call = seen
    assert exchange.headers["content-type"] == "application/x-www-form-urlencoded"
    assert "authorization" not in exchange.headers
    form = {k: v[0] for k, v in parse_qs(exchange.content.decode()).items()}
    assert form == {
        "grant_type": "authorization_code", "client_id": "cid", "client_secret": "csecret",
        "code": "code", "redirect_uri": "https://app/cb",
    }
    assert call.headers["authorization"] == "Bearer new-access"


def test_from_oauth_refresh_and_code_classmethods() -> None:
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(oauth_handler(seen))
    with WebexTeamsAPI.from_oauth_refresh(
        "cid", "csecret", "old-refresh", base_url="https://webex.test/v1/", transport=transport
    ) as api:
        assert api.access_token == "new-access"
    form = parse_qs(seen[0].content.decode())
    assert form["grant_type"] == ["refresh_token"] and form["refresh_token"] == ["old-refresh"]
    with WebexTeamsAPI.from_oauth_code(
        "cid", "csecret", "c", "https://app/cb", base_url="https://webex.test/v1/",
        transport=transport,
    ) as api:
        assert api.refresh_token == "new-refresh"


def test_access_tokens_group_direct(mock_api: MakeApi) -> None:
    seen: list[httpx.Request] = []
    api = mock_api(oauth_handler(seen))
    token = api.access_tokens.refresh("cid", "csecret", "r")
    assert token.access_token == "new-access"
    assert "authorization" not in seen[0].headers


def test_oauth_failure_is_api_error_and_secret_not_leaked() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"message": "invalid client_secret", "errors": []})

    from webexteamssdk import ApiError

    with pytest.raises(ApiError) as caught:
        WebexTeamsAPI(
            client_id="cid", client_secret="TOPSECRET", oauth_code="c", redirect_uri="r",
            base_url="https://webex.test/v1/", transport=httpx.MockTransport(handler),
        )
    assert "TOPSECRET" not in str(caught.value)


def test_partial_oauth_arguments_still_need_a_token() -> None:
    with pytest.raises(AccessTokenError):
        WebexTeamsAPI(client_id="cid", client_secret="s")
