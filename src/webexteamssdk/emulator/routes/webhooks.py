"""``/webhooks``: create, list, get, update (re-activate) and delete."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..errors import empty_response, json_response
from ._common import authenticate, json_body, page_request, page_response


async def list_webhooks(request: Request) -> Response:
    """GET /webhooks."""
    store, caller = authenticate(request)
    return page_response(request, store.list_webhooks(caller, page_request(request, 100, 1000)))


async def create_webhook(request: Request) -> Response:
    """POST /webhooks."""
    store, caller = authenticate(request)
    return json_response(store.create_webhook(caller, await json_body(request)))


async def get_webhook(request: Request) -> Response:
    """GET /webhooks/{webhookId}."""
    store, caller = authenticate(request)
    return json_response(store.get_webhook(caller, request.path_params["webhookId"]))


async def update_webhook(request: Request) -> Response:
    """PUT /webhooks/{webhookId}."""
    store, caller = authenticate(request)
    body = await json_body(request)
    return json_response(store.update_webhook(caller, request.path_params["webhookId"], body))


async def delete_webhook(request: Request) -> Response:
    """DELETE /webhooks/{webhookId}."""
    store, caller = authenticate(request)
    store.delete_webhook(caller, request.path_params["webhookId"])
    return empty_response()


routes = [
    Route("/webhooks", list_webhooks, methods=["GET"]),
    Route("/webhooks", create_webhook, methods=["POST"]),
    Route("/webhooks/{webhookId}", get_webhook, methods=["GET"]),
    Route("/webhooks/{webhookId}", update_webhook, methods=["PUT"]),
    Route("/webhooks/{webhookId}", delete_webhook, methods=["DELETE"]),
]
