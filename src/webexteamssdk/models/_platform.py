"""Data objects of webhooks, cards, events, tokens and the admin APIs."""

from __future__ import annotations

from typing import Any

from ._base import DateTimeField, Field, ImmutableData, NestedField

__all__ = [
    "AccessToken",
    "AdminAuditEvent",
    "AdminAuditEventData",
    "AttachmentAction",
    "Event",
    "GuestIssuerToken",
    "License",
    "Organization",
    "Role",
    "Webhook",
    "WebhookEvent",
]


class Webhook(ImmutableData):
    """A Webex webhook."""

    __slots__ = ()
    id = Field[str]()
    name = Field[str]()
    targetUrl = Field[str]()
    resource = Field[str]()
    event = Field[str]()
    filter = Field[str]()
    secret = Field[str]()
    orgId = Field[str]()
    createdBy = Field[str]()
    appId = Field[str]()
    ownedBy = Field[str]()
    status = Field[str]()
    created = DateTimeField()


class WebhookEvent(Webhook):
    """A webhook delivery: the webhook's envelope plus the ``data`` of the event."""

    __slots__ = ()
    actorId = Field[str]()
    data = NestedField(ImmutableData)


class AttachmentAction(ImmutableData):
    """A submission of an adaptive card."""

    __slots__ = ()
    id = Field[str]()
    personId = Field[str]()
    roomId = Field[str]()
    type = Field[str]()
    messageId = Field[str]()
    inputs = Field[dict[str, Any]]()
    created = DateTimeField()


class Event(ImmutableData):
    """An entry of the Webex events (compliance) log."""

    __slots__ = ()
    id = Field[str]()
    resource = Field[str]()
    type = Field[str]()
    appId = Field[str]()
    actorId = Field[str]()
    orgId = Field[str]()
    created = DateTimeField()
    data = NestedField(ImmutableData)


class Organization(ImmutableData):
    """A Webex organization."""

    __slots__ = ()
    id = Field[str]()
    displayName = Field[str]()
    created = DateTimeField()


class License(ImmutableData):
    """A Webex license of an organization."""

    __slots__ = ()
    id = Field[str]()
    name = Field[str]()
    totalUnits = Field[int]()
    consumedUnits = Field[int]()
    consumedByUsers = Field[int]()
    consumedByWorkspaces = Field[int]()
    subscriptionId = Field[str]()
    siteUrl = Field[str]()
    siteType = Field[str]()


class Role(ImmutableData):
    """A Webex administrator role."""

    __slots__ = ()
    id = Field[str]()
    name = Field[str]()


class AdminAuditEventData(ImmutableData):
    """The details of an admin audit event."""

    __slots__ = ()
    actorOrgName = Field[str]()
    targetName = Field[str]()
    eventDescription = Field[str]()
    actorName = Field[str]()
    actorEmail = Field[str]()
    adminRoles = Field[list[str]]()
    trackingId = Field[str]()
    targetType = Field[str]()
    targetId = Field[str]()
    eventCategory = Field[str]()
    actorUserAgent = Field[str]()
    actorIp = Field[str]()
    targetOrgId = Field[str]()
    actionText = Field[str]()
    targetOrgName = Field[str]()
    errorMessage = Field[str]()
    errorCode = Field[str]()


class AdminAuditEvent(ImmutableData):
    """An admin audit event."""

    __slots__ = ()
    id = Field[str]()
    actorId = Field[str]()
    actorOrgId = Field[str]()
    orgId = Field[str]()
    created = DateTimeField()
    data = NestedField(AdminAuditEventData)


class AccessToken(ImmutableData):
    """An OAuth access token grant (with its refresh token)."""

    __slots__ = ()
    access_token = Field[str]()
    expires_in = Field[int]()
    refresh_token = Field[str]()
    refresh_token_expires_in = Field[int]()
    token_type = Field[str]()


class GuestIssuerToken(ImmutableData):
    """An access token of a guest user."""

    __slots__ = ()
    token = Field[str]()
    expiresIn = Field[int]()
