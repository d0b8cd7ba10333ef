"""Webex Events API: the activity log of your organization (compliance officers)."""

from __future__ import annotations

from typing import Any

from .._group import ApiGroup, Model, resource_path
from .._validation import checked
from ..generator_containers import GeneratorContainer
from ..models.immutable import Event

__all__ = ["EventsAPI"]

API_ENDPOINT = "events"
OBJECT_TYPE = "event"
_MODEL = Model(OBJECT_TYPE, Event)


class EventsAPI(ApiGroup):
    """Webex Events API (``api.events``)."""

    @checked
    def list(
        self,
        resource: str | None = None,
        type: str | None = None,
        actorId: str | None = None,
        _from: str | None = None,
        to: str | None = None,
        max: int | None = None,
        **request_parameters: Any,
    ) -> GeneratorContainer[Event]:
        """List events, newest first, page by page.

        Args:
            resource: ``messages``, ``memberships``, ``rooms``, ``attachmentActions``, ...
            type: ``created``, ``updated``, ``deleted`` or ``ended``.
            actorId: Only events caused by this person.
            _from: Only events at or after this ISO 8601 time (sent as ``from``).
            to: Only events before this ISO 8601 time.
            max: Page size (not a total).
            **request_parameters: Further query parameters, sent as given.

        Returns:
            A lazy, re-iterable ``GeneratorContainer`` of ``Event`` objects.

        Raises:
            TypeError: If a parameter has the wrong type.
            ApiError: If Webex answers with an error.
        """
        params = {
            "resource": resource, "type": type, "actorId": actorId, "from": _from, "to": to,
            "max": max, **request_parameters,
        }
        return self._list(_MODEL, API_ENDPOINT, params)

    @checked
    def get(self, eventId: str) -> Event:
        """Get an event.

        Args:
            eventId: The event id.

        Returns:
            The ``Event``.

        Raises:
            TypeError: If ``eventId`` is not a str.
            ValueError: If ``eventId`` is empty.
            ApiError: If Webex answers with an error.
        """
        return self._get(_MODEL, resource_path(API_ENDPOINT, "eventId", eventId))
