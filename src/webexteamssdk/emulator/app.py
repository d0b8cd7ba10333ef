"""Assemble the Starlette application: ``/v1`` resources and the ``/_emulator`` control API."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.types import ASGIApp

from .errors import EXCEPTION_HANDLERS
from .faults import Faults, FaultsMiddleware
from .routes import V1_ROUTES, control
from .store import Store


def build_app(store: Store, faults: Faults) -> ASGIApp:
    """Return the emulator ASGI app serving ``store``, wrapped by the faults middleware."""
    app = Starlette(
        routes=[Mount("/v1", routes=V1_ROUTES), Mount("/_emulator", routes=control.routes)],
        exception_handlers=dict(EXCEPTION_HANDLERS),
    )
    app.state.store = store
    app.state.faults = faults
    return FaultsMiddleware(app, faults)
