"""The only place that builds Webex responses: JSON bodies, error bodies and common headers.

Every response carries ``Trackingid`` (equal to an error body's ``trackingId``) and
``Cache-Control: no-cache``; JSON uses ``application/json;charset=UTF-8``.
"""

from __future__ import annotations

import json
import uuid
from http import HTTPStatus
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from .exceptions import WebexError

__all__ = ["EXCEPTION_HANDLERS", "WebexError", "error_response", "json_response"]

JSON_TYPE = "application/json;charset=UTF-8"
HTTP_MESSAGES = {
    404: "The requested resource could not be found.",
    405: "The requested method is not supported for this resource.",
}


def tracking_id() -> str:
    """Return a new tracking id such as ``ROUTER_62965DE3-DA36-...``."""
    return "ROUTER_" + str(uuid.uuid4()).upper()


def _headers(tracking: str, extra: dict[str, str] | None) -> dict[str, str]:
    headers = {"Trackingid": tracking, "Cache-Control": "no-cache"}
    if extra:
        headers.update(extra)
    return headers


def raw_response(body: bytes, media_type: str, status: int = 200,
                 headers: dict[str, str] | None = None) -> Response:
    """A response with a given body and exact ``Content-Type`` plus the common headers."""
    extra = {**(headers or {}), "Content-Type": media_type}
    return Response(body, status, _headers(tracking_id(), extra))


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """A JSON success response."""
    body = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return raw_response(body, JSON_TYPE, status, headers)


def empty_response(status: int = 204) -> Response:
    """An empty response (DELETE answers 204)."""
    return Response(None, status, _headers(tracking_id(), None))


def error_body(message: str, tracking: str) -> dict[str, Any]:
    """The Webex error body."""
    return {"message": message, "errors": [{"description": message}], "trackingId": tracking}


def error_response(status: int, message: str | None = None,
                   headers: dict[str, str] | None = None) -> Response:
    """A Webex error response; the body's ``trackingId`` equals the ``Trackingid`` header."""
    text = message or HTTP_MESSAGES.get(status) or f"{HTTPStatus(status).phrase}."
    tracking = tracking_id()
    body = json.dumps(error_body(text, tracking), separators=(",", ":")).encode("utf-8")
    return Response(body, status, _headers(tracking, headers), JSON_TYPE)


async def render_webex_error(request: Request, exc: Exception) -> Response:
    """Exception handler for :class:`WebexError`."""
    if not isinstance(exc, WebexError):  # pragma: no cover - registered for WebexError only
        raise exc
    return error_response(exc.status, exc.message, exc.headers)


async def render_http_error(request: Request, exc: Exception) -> Response:
    """Exception handler for Starlette's 404/405 (unknown path, wrong method)."""
    if not isinstance(exc, HTTPException):  # pragma: no cover - registered for it only
        raise exc
    headers = {k: v for k, v in (exc.headers or {}).items() if k.lower() == "allow"}
    return error_response(exc.status_code, HTTP_MESSAGES.get(exc.status_code), headers)


async def render_server_error(request: Request, exc: Exception) -> Response:
    """Exception handler for unexpected errors (500 with a Webex body)."""
    return error_response(500, "Something went wrong on the server.")


EXCEPTION_HANDLERS = {
    WebexError: render_webex_error,
    HTTPException: render_http_error,
    Exception: render_server_error,
}
