"""Route tables: one module per Webex resource, each exporting ``routes: list[Route]``."""

from __future__ import annotations

from starlette.routing import BaseRoute

from . import auth, contents, memberships, messages, people, platform, rooms, teams, webhooks

V1_ROUTES: list[BaseRoute] = [
    *people.routes,
    *rooms.routes,
    *memberships.routes,
    *messages.routes,
    *contents.routes,
    *teams.routes,
    *webhooks.routes,
    *platform.routes,
    *auth.routes,
]
