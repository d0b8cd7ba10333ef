"""The default data objects (``webexteamssdk.models.immutable``) and their factory."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from ._base import ImmutableData
from ._messaging import Membership, Message, Person, Room, RoomMeetingInfo, Team, TeamMembership
from ._platform import (
    AccessToken,
    AdminAuditEvent,
    AdminAuditEventData,
    AttachmentAction,
    Event,
    GuestIssuerToken,
    License,
    Organization,
    Role,
    Webhook,
    WebhookEvent,
)

__all__ = [
    "AccessToken",
    "AdminAuditEvent",
    "AdminAuditEventData",
    "AttachmentAction",
    "Event",
    "GuestIssuerToken",
    "ImmutableData",
    "License",
    "Membership",
    "Message",
    "Organization",
    "Person",
    "Role",
    "Room",
    "RoomMeetingInfo",
    "Team",
    "TeamMembership",
    "Webhook",
    "WebhookEvent",
    "immutable_data_factory",
    "immutable_data_models",
]

immutable_data_models: defaultdict[str, type[ImmutableData]] = defaultdict(
    lambda: ImmutableData,
    access_token=AccessToken,
    admin_audit_event=AdminAuditEvent,
    attachment_action=AttachmentAction,
    event=Event,
    guest_issuer_token=GuestIssuerToken,
    license=License,
    membership=Membership,
    message=Message,
    organization=Organization,
    person=Person,
    role=Role,
    room=Room,
    room_meeting_info=RoomMeetingInfo,
    team=Team,
    team_membership=TeamMembership,
    webhook=Webhook,
    webhook_event=WebhookEvent,
)


def immutable_data_factory(model: str, json_data: Mapping[str, Any] | str) -> ImmutableData:
    """Build the ``ImmutableData`` class registered for ``model`` (plain one if unknown)."""
    return immutable_data_models[model](json_data)
