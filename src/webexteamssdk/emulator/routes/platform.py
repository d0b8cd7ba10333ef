"""Attachment actions, events, organizations, licenses, roles and admin audit events."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..errors import json_response
from ._common import authenticate, json_body, page_request, page_response, query


async def create_action(request: Request) -> Response:
    """POST /attachment/actions (200, or 202 when the store says so)."""
    store, caller = authenticate(request)
    action = store.create_action(caller, await json_body(request))
    return json_response(action, status=store.attachment_action_status)


async def get_action(request: Request) -> Response:
    """GET /attachment/actions/{id}."""
    store, caller = authenticate(request)
    return json_response(store.get_action(caller, request.path_params["actionId"]))


async def list_events(request: Request) -> Response:
    """GET /events (compliance officers)."""
    store, caller = authenticate(request)
    page = page_request(request, 100, 1000)
    return page_response(request, store.list_events(caller, query(request), page))


async def get_event(request: Request) -> Response:
    """GET /events/{eventId}."""
    store, caller = authenticate(request)
    return json_response(store.get_event(caller, request.path_params["eventId"]))


async def list_organizations(request: Request) -> Response:
    """GET /organizations."""
    store, _ = authenticate(request)
    return json_response(store.list_organizations())


async def get_organization(request: Request) -> Response:
    """GET /organizations/{orgId}."""
    store, _ = authenticate(request)
    return json_response(store.get_organization(request.path_params["orgId"]))


async def list_licenses(request: Request) -> Response:
    """GET /licenses."""
    store, _ = authenticate(request)
    return json_response(store.list_licenses(query(request)))


async def get_license(request: Request) -> Response:
    """GET /licenses/{licenseId}."""
    store, _ = authenticate(request)
    return json_response(store.get_license(request.path_params["licenseId"]))


async def list_roles(request: Request) -> Response:
    """GET /roles (administrators)."""
    store, caller = authenticate(request)
    return json_response(store.list_roles(caller))


async def get_role(request: Request) -> Response:
    """GET /roles/{roleId} (administrators)."""
    store, caller = authenticate(request)
    return json_response(store.get_role(caller, request.path_params["roleId"]))


async def list_audit_events(request: Request) -> Response:
    """GET /adminAudit/events (administrators)."""
    store, caller = authenticate(request)
    page = page_request(request, 100, 200)
    return page_response(request, store.list_audit_events(caller, query(request), page))


routes = [
    Route("/attachment/actions", create_action, methods=["POST"]),
    Route("/attachment/actions/{actionId}", get_action, methods=["GET"]),
    Route("/events", list_events, methods=["GET"]),
    Route("/events/{eventId}", get_event, methods=["GET"]),
    Route("/organizations", list_organizations, methods=["GET"]),
    Route("/organizations/{orgId}", get_organization, methods=["GET"]),
    Route("/licenses", list_licenses, methods=["GET"]),
    Route("/licenses/{licenseId}", get_license, methods=["GET"]),
    Route("/roles", list_roles, methods=["GET"]),
    Route("/roles/{roleId}", get_role, methods=["GET"]),
    Route("/adminAudit/events", list_audit_events, methods=["GET"]),
]
