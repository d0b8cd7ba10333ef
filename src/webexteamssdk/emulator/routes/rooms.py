"""``/rooms``: list, create, get, update, delete and meeting info."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..errors import empty_response, json_response
from ._common import authenticate, json_body, page_request, page_response, query


async def list_rooms(request: Request) -> Response:
    """GET /rooms?type=&teamId=&sortBy=."""
    store, caller = authenticate(request)
    page = page_request(request, 100, 1000)
    return page_response(request, store.list_rooms(caller, query(request), page))


async def create_room(request: Request) -> Response:
    """POST /rooms."""
    store, caller = authenticate(request)
    return json_response(store.create_room(caller, await json_body(request)))


async def get_room(request: Request) -> Response:
    """GET /rooms/{roomId}."""
    store, caller = authenticate(request)
    return json_response(store.get_room(caller, request.path_params["roomId"]))


async def update_room(request: Request) -> Response:
    """PUT /rooms/{roomId}."""
    store, caller = authenticate(request)
    body = await json_body(request)
    return json_response(store.update_room(caller, request.path_params["roomId"], body))


async def delete_room(request: Request) -> Response:
    """DELETE /rooms/{roomId}."""
    store, caller = authenticate(request)
    store.delete_room(caller, request.path_params["roomId"])
    return empty_response()


async def meeting_info(request: Request) -> Response:
    """GET /rooms/{roomId}/meetingInfo."""
    store, caller = authenticate(request)
    return json_response(store.meeting_info(caller, request.path_params["roomId"]))


routes = [
    Route("/rooms", list_rooms, methods=["GET"]),
    Route("/rooms", create_room, methods=["POST"]),
    Route("/rooms/{roomId}", get_room, methods=["GET"]),
    Route("/rooms/{roomId}", update_room, methods=["PUT"]),
    Route("/rooms/{roomId}", delete_room, methods=["DELETE"]),
    Route("/rooms/{roomId}/meetingInfo", meeting_info, methods=["GET"]),
]
