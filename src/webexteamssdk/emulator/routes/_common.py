"""Helpers shared by the route modules: auth, JSON bodies, paging and responses."""

from __future__ import annotations

import json
from typing import Any, cast

from starlette.requests import Request
from starlette.responses import Response

from ..errors import json_response
from ..exceptions import WebexError
from ..pagination import PageRequest
from ..store import Store

NO_TOKEN = "The request requires a valid access token set in the Authorization request header."
Json = dict[str, Any]


def get_store(request: Request) -> Store:
    """The store of the app serving ``request``."""
    return cast(Store, request.app.state.store)


def authenticate(request: Request) -> tuple[Store, str]:
    """Return the store and the caller's person id (401 without a known Bearer token)."""
    store = get_store(request)
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    caller = store.caller_for_token(token.strip()) if scheme.lower() == "bearer" else None
    if caller is None:
        raise WebexError(401, NO_TOKEN)
    return store, caller


def media_type(request: Request) -> str:
    """The request's media type without parameters (``text/plain`` when absent)."""
    value = request.headers.get("content-type") or "text/plain"
    return value.split(";", 1)[0].strip().lower()


async def json_body(request: Request) -> Json:
    """Parse a JSON object body (415 for another content type, 400 if malformed)."""
    kind = media_type(request)
    if kind != "application/json":
        raise WebexError(415, f"Content type '{kind}' not supported")
    try:
        body = json.loads(await request.body() or b"{}")
    except ValueError:
        raise WebexError(400, "The request could not be understood by the server due to "
                              "malformed syntax.") from None
    if not isinstance(body, dict):
        raise WebexError(400, "The request body must be a JSON object.")
    return body


def query(request: Request) -> dict[str, str]:
    """The query parameters as a plain dict (last value wins)."""
    return dict(request.query_params)


def page_request(request: Request, default: int, cap: int) -> PageRequest:
    """Read ``max`` (400 if not a positive integer; clamped to ``cap``) and ``cursor``."""
    raw = request.query_params.get("max")
    size = default
    if raw is not None:
        try:
            size = int(raw)
        except ValueError:
            raise WebexError(400, f"Invalid value for max: '{raw}'") from None
        if size <= 0:
            raise WebexError(400, f"Invalid value for max: '{raw}'")
    return PageRequest(min(size, cap), request.query_params.get("cursor") or None)


def page_response(request: Request, result: Json) -> Response:
    """Answer a list result with ``{"items": [...]}`` and a ``Link`` header while more remain."""
    cursor = result.get("cursor")
    headers = None
    if cursor:
        url = request.url.include_query_params(cursor=cursor)
        headers = {"Link": f'<{url}>; rel="next"'}
    return json_response(result["body"], headers=headers)
