"""``/people``: me, list, get, and admin-only create/update/delete."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..errors import empty_response, json_response
from ._common import authenticate, json_body, page_request, page_response, query


async def get_me(request: Request) -> Response:
    """GET /people/me."""
    store, caller = authenticate(request)
    return json_response(store.get_person(caller, caller))


async def list_people(request: Request) -> Response:
    """GET /people?email=|displayName=|id=."""
    store, caller = authenticate(request)
    page = page_request(request, 100, 1000)
    return page_response(request, store.list_people(caller, query(request), page))


async def create_person(request: Request) -> Response:
    """POST /people (admins)."""
    store, caller = authenticate(request)
    return json_response(store.create_person(caller, await json_body(request)))


async def get_person(request: Request) -> Response:
    """GET /people/{personId}."""
    store, caller = authenticate(request)
    return json_response(store.get_person(caller, request.path_params["personId"]))


async def update_person(request: Request) -> Response:
    """PUT /people/{personId} (admins)."""
    store, caller = authenticate(request)
    body = await json_body(request)
    return json_response(store.update_person(caller, request.path_params["personId"], body))


async def delete_person(request: Request) -> Response:
    """DELETE /people/{personId} (admins)."""
    store, caller = authenticate(request)
    store.delete_person(caller, request.path_params["personId"])
    return empty_response()


routes = [
    Route("/people/me", get_me, methods=["GET"]),
    Route("/people", list_people, methods=["GET"]),
    Route("/people", create_person, methods=["POST"]),
    Route("/people/{personId}", get_person, methods=["GET"]),
    Route("/people/{personId}", update_person, methods=["PUT"]),
    Route("/people/{personId}", delete_person, methods=["DELETE"]),
]
