"""Route tables: one module per Webex resource, each exporting ``routes: list[Route]``."""

from __future__ import annotations

from starlette.routing import BaseRoute

from . import contents, memberships, messages, people, rooms

V1_ROUTES: list[BaseRoute] = [
    *people.routes,
    *rooms.routes,
    *memberships.routes,
    *messages.routes,
    *contents.routes,
]
