"""``/jwt/login``, ``/authorize`` and ``/access_token``: no bearer token needed here."""

from __future__ import annotations

from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ..errors import json_response
from ..exceptions import WebexError
from ._common import get_store, media_type

FORM = "application/x-www-form-urlencoded"


async def guest_login(request: Request) -> Response:
    """POST /jwt/login with ``Authorization: Bearer <guest JWT>``."""
    store = get_store(request)
    return json_response(store.guest_login(request.headers.get("authorization", "")))


async def authorize(request: Request) -> Response:
    """GET /authorize: redirect to the integration's redirect URI with a code."""
    store, params = get_store(request), request.query_params
    app = store.integration
    if params.get("client_id") != app["clientId"]:
        raise WebexError(400, "Invalid client_id.")
    if params.get("redirect_uri") != app["redirectUri"]:
        raise WebexError(400, "redirect_uri does not match the registered one.")
    code = store.authorization_code(params.get("login_hint"))
    answer = {"code": code, **({"state": params["state"]} if "state" in params else {})}
    return RedirectResponse(f"{app['redirectUri']}?{urlencode(answer)}", status_code=302)


async def access_token(request: Request) -> Response:
    """POST /access_token (form-encoded)."""
    if media_type(request) != FORM:
        raise WebexError(415, f"Content type '{media_type(request)}' not supported")
    form = await request.form()
    fields = {key: str(value) for key, value in form.items()}
    return json_response(get_store(request).exchange(fields))


routes = [
    Route("/jwt/login", guest_login, methods=["POST"]),
    Route("/authorize", authorize, methods=["GET"]),
    Route("/access_token", access_token, methods=["POST"]),
]
