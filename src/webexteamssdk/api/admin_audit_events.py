"""Webex Admin Audit Events API: what the administrators of an org did."""

from __future__ import annotations

from typing import Any

from .._group import ApiGroup, Model
from .._validation import checked
from ..generator_containers import DefaultMax, GeneratorContainer
from ..models.immutable import AdminAuditEvent

__all__ = ["AdminAuditEventsAPI"]

API_ENDPOINT = "adminAudit/events"
OBJECT_TYPE = "admin_audit_event"
_MODEL = Model(OBJECT_TYPE, AdminAuditEvent)


class AdminAuditEventsAPI(ApiGroup):
    """Webex Admin Audit Events API (``api.admin_audit_events``)."""

    @checked
    def list(
        self,
        orgId: str,
        _from: str,
        to: str,
        actorId: str | None = None,
        max: int = DefaultMax(100),
        offset: int = 0,
        **request_parameters: Any,
    ) -> GeneratorContainer[AdminAuditEvent]:
        """List the admin audit events of an organization in a time window.

        Args:
            orgId: The organization id.
            _from: Start of the window, ISO 8601 (sent as ``from``).
            to: End of the window, ISO 8601.
            actorId: Only events by this administrator.
            max: Page size (not a total; Webex allows up to 200).
            offset: How many events to skip.
            **request_parameters: Further query parameters (e.g. ``eventCategories``).

        Returns:
            A lazy, re-iterable ``GeneratorContainer`` of ``AdminAuditEvent`` objects.

        Raises:
            TypeError: If a parameter has the wrong type.
            ApiError: If Webex answers with an error.
        """
        params = {
            "orgId": orgId, "from": _from, "to": to, "actorId": actorId, "max": max,
            "offset": offset, **request_parameters,
        }
        return self._list(_MODEL, API_ENDPOINT, params)
