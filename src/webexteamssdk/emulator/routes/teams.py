"""``/teams`` and ``/team/memberships``."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..errors import empty_response, json_response
from ._common import authenticate, json_body, page_request, page_response


async def list_teams(request: Request) -> Response:
    """GET /teams."""
    store, caller = authenticate(request)
    return page_response(request, store.list_teams(caller, page_request(request, 100, 1000)))


async def create_team(request: Request) -> Response:
    """POST /teams."""
    store, caller = authenticate(request)
    return json_response(store.create_team(caller, await json_body(request)))


async def get_team(request: Request) -> Response:
    """GET /teams/{teamId}."""
    store, caller = authenticate(request)
    return json_response(store.get_team(caller, request.path_params["teamId"]))


async def update_team(request: Request) -> Response:
    """PUT /teams/{teamId}."""
    store, caller = authenticate(request)
    body = await json_body(request)
    return json_response(store.update_team(caller, request.path_params["teamId"], body))


async def delete_team(request: Request) -> Response:
    """DELETE /teams/{teamId}."""
    store, caller = authenticate(request)
    store.delete_team(caller, request.path_params["teamId"])
    return empty_response()


async def list_members(request: Request) -> Response:
    """GET /team/memberships?teamId=."""
    store, caller = authenticate(request)
    page = page_request(request, 100, 1000)
    team_id = request.query_params.get("teamId")
    return page_response(request, store.list_team_memberships(caller, team_id, page))


async def create_member(request: Request) -> Response:
    """POST /team/memberships."""
    store, caller = authenticate(request)
    return json_response(store.create_team_membership(caller, await json_body(request)))


async def get_member(request: Request) -> Response:
    """GET /team/memberships/{membershipId}."""
    store, caller = authenticate(request)
    membership_id = request.path_params["membershipId"]
    return json_response(store.get_team_membership(caller, membership_id))


async def update_member(request: Request) -> Response:
    """PUT /team/memberships/{membershipId}."""
    store, caller = authenticate(request)
    body, membership_id = await json_body(request), request.path_params["membershipId"]
    return json_response(store.update_team_membership(caller, membership_id, body))


async def delete_member(request: Request) -> Response:
    """DELETE /team/memberships/{membershipId}."""
    store, caller = authenticate(request)
    store.delete_team_membership(caller, request.path_params["membershipId"])
    return empty_response()


routes = [
    Route("/teams", list_teams, methods=["GET"]),
    Route("/teams", create_team, methods=["POST"]),
    Route("/teams/{teamId}", get_team, methods=["GET"]),
    Route("/teams/{teamId}", update_team, methods=["PUT"]),
    Route("/teams/{teamId}", delete_team, methods=["DELETE"]),
    Route("/team/memberships", list_members, methods=["GET"]),
    Route("/team/memberships", create_member, methods=["POST"]),
    Route("/team/memberships/{membershipId}", get_member, methods=["GET"]),
    Route("/team/memberships/{membershipId}", update_member, methods=["PUT"]),
    Route("/team/memberships/{membershipId}", delete_member, methods=["DELETE"]),
]
