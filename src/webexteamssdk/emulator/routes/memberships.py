"""``/memberships``: list, create, get, update, delete."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..errors import empty_response, json_response
from ._common import authenticate, json_body, page_request, page_response, query


async def list_memberships(request: Request) -> Response:
    """GET /memberships?roomId=&personId=&personEmail=."""
    store, caller = authenticate(request)
    page = page_request(request, 100, 1000)
    return page_response(request, store.list_memberships(caller, query(request), page))


async def create_membership(request: Request) -> Response:
    """POST /memberships."""
    store, caller = authenticate(request)
    return json_response(store.create_membership(caller, await json_body(request)))


async def get_membership(request: Request) -> Response:
    """GET /memberships/{membershipId}."""
    store, caller = authenticate(request)
    return json_response(store.get_membership(caller, request.path_params["membershipId"]))


async def update_membership(request: Request) -> Response:
    """PUT /memberships/{membershipId}."""
    store, caller = authenticate(request)
    body = await json_body(request)
    membership_id = request.path_params["membershipId"]
    return json_response(store.update_membership(caller, membership_id, body))


async def delete_membership(request: Request) -> Response:
    """DELETE /memberships/{membershipId}."""
    store, caller = authenticate(request)
    store.delete_membership(caller, request.path_params["membershipId"])
    return empty_response()


routes = [
    Route("/memberships", list_memberships, methods=["GET"]),
    Route("/memberships", create_membership, methods=["POST"]),
    Route("/memberships/{membershipId}", get_membership, methods=["GET"]),
    Route("/memberships/{membershipId}", update_membership, methods=["PUT"]),
    Route("/memberships/{membershipId}", delete_membership, methods=["DELETE"]),
]
