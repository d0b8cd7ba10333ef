"""``/_emulator``: the control API (no auth) for resets, faults and inspection."""

from __future__ import annotations

from typing import Any, cast

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..errors import empty_response, json_response
from ..exceptions import WebexError
from ..faults import Faults, Rule
from ._common import Json, get_store, json_body


def get_faults(request: Request) -> Faults:
    """The fault configuration of the app serving ``request``."""
    return cast(Faults, request.app.state.faults)


def rule_from_json(body: Json) -> Rule:
    """Build a fault rule from a ``POST /_emulator/faults`` body."""
    try:
        common: dict[str, Any] = {"count": int(body.get("count", 1)), "path": body.get("path"),
                                  "method": body.get("method")}
        if body.get("drop"):
            return Rule("drop", **common)
        if body.get("malformed"):
            return Rule("malformed", **common)
        if body.get("foreignLink"):
            return Rule("foreign_link", link_origin=str(body["foreignLink"]), **common)
        if body.get("delay") is not None:
            return Rule("delay", delay=float(body["delay"]), **common)
        retry = body.get("retryAfter")
        retry_after = None if retry is None else int(retry)
        return Rule("status", status=int(body["status"]), retry_after=retry_after, **common)
    except (KeyError, TypeError, ValueError):
        needs = "A fault needs status, drop, delay, malformed or foreignLink."
        raise WebexError(400, needs) from None


async def reset(request: Request) -> Response:
    """POST /_emulator/reset: back to the seed; faults and the request log are cleared."""
    get_store(request).reset()
    get_faults(request).reset()
    return json_response({"status": "reset"})


async def list_requests(request: Request) -> Response:
    """GET /_emulator/requests."""
    return json_response({"items": get_faults(request).requests()})


async def clear_requests(request: Request) -> Response:
    """DELETE /_emulator/requests."""
    get_faults(request).clear_requests()
    return empty_response()


async def add_fault(request: Request) -> Response:
    """POST /_emulator/faults."""
    get_faults(request).add(rule_from_json(await json_body(request)))
    return json_response({"status": "queued"})


async def clear_faults(request: Request) -> Response:
    """DELETE /_emulator/faults."""
    get_faults(request).clear()
    return empty_response()


async def set_latency(request: Request) -> Response:
    """PUT /_emulator/latency {"seconds": S}."""
    body = await json_body(request)
    get_faults(request).set_latency(float(body.get("seconds") or 0))
    return json_response({"seconds": get_faults(request).latency})


async def set_rate_limit(request: Request) -> Response:
    """PUT /_emulator/rate_limit {"perSecond": R | null, "retryAfter": S}."""
    body = await json_body(request)
    per_second, retry = body.get("perSecond"), int(body.get("retryAfter") or 1)
    get_faults(request).set_rate_limit(None if per_second is None else float(per_second), retry)
    return json_response({"perSecond": per_second, "retryAfter": retry})


async def set_content_state(request: Request) -> Response:
    """PUT /_emulator/contents/{contentId}/state {"state": ..., "retryAfter": S}."""
    body = await json_body(request)
    state, retry = str(body.get("state")), int(body.get("retryAfter") or 5)
    get_store(request).set_content_state(request.path_params["contentId"], state, retry)
    return json_response({"state": state, "retryAfter": retry})


async def state_counts(request: Request) -> Response:
    """GET /_emulator/state: record counts and the seeded tokens."""
    store = get_store(request)
    return json_response({"counts": store.counts(), "tokens": store.token_map()})


routes = [
    Route("/reset", reset, methods=["POST"]),
    Route("/requests", list_requests, methods=["GET"]),
    Route("/requests", clear_requests, methods=["DELETE"]),
    Route("/faults", add_fault, methods=["POST"]),
    Route("/faults", clear_faults, methods=["DELETE"]),
    Route("/latency", set_latency, methods=["PUT"]),
    Route("/rate_limit", set_rate_limit, methods=["PUT"]),
    Route("/contents/{contentId}/state", set_content_state, methods=["PUT"]),
    Route("/state", state_counts, methods=["GET"]),
]
