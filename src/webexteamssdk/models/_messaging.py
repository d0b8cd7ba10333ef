"""Data objects of the messaging APIs: people, rooms, memberships, messages, teams."""

from __future__ import annotations

from typing import Any

from ._base import DateTimeField, DeprecatedField, Field, ImmutableData

__all__ = [
    "Membership",
    "Message",
    "Person",
    "Room",
    "RoomMeetingInfo",
    "Team",
    "TeamMembership",
]


class Person(ImmutableData):
    """A Webex person (a user, a bot or an app user)."""

    __slots__ = ()
    id = Field[str]()
    emails = Field[list[str]]()
    phoneNumbers = Field[list[dict[str, Any]]]()
    extension = Field[str]()
    locationId = Field[str]()
    displayName = Field[str]()
    nickName = Field[str]()
    firstName = Field[str]()
    lastName = Field[str]()
    avatar = Field[str]()
    orgId = Field[str]()
    roles = Field[list[str]]()
    licenses = Field[list[str]]()
    department = Field[str]()
    manager = Field[str]()
    managerId = Field[str]()
    title = Field[str]()
    addresses = Field[list[dict[str, Any]]]()
    created = DateTimeField()
    lastModified = DateTimeField()
    timezone = Field[str]()
    lastActivity = DateTimeField()
    siteUrls = Field[list[str]]()
    sipAddresses = Field[list[dict[str, Any]]]()
    xmppFederationJid = Field[str]()
    status = Field[str]()
    invitePending = Field[str]()
    loginEnabled = Field[str]()
    type = Field[str]()


class Room(ImmutableData):
    """A Webex room (space): group or direct."""

    __slots__ = ()
    id = Field[str]()
    title = Field[str]()
    type = Field[str]()
    isLocked = Field[bool]()
    teamId = Field[str]()
    lastActivity = DateTimeField()
    creatorId = Field[str]()
    created = DateTimeField()
    ownerId = Field[str]()
    classificationId = Field[str]()
    isAnnouncementOnly = Field[bool]()
    isReadOnly = Field[bool]()
    isPublic = Field[bool]()
    madePublic = DateTimeField()
    description = Field[str]()


class RoomMeetingInfo(ImmutableData):
    """The meeting details of a Webex room."""

    __slots__ = ()
    roomId = Field[str]()
    meetingLink = Field[str]()
    sipAddress = Field[str]()
    meetingNumber = Field[str]()
    meetingId = Field[str]()
    callInTollFreeNumber = Field[str]()
    callInTollNumber = Field[str]()


class Membership(ImmutableData):
    """A person's membership of a Webex room."""

    __slots__ = ()
    id = Field[str]()
    roomId = Field[str]()
    personId = Field[str]()
    personEmail = Field[str]()
    personDisplayName = Field[str]()
    personOrgId = Field[str]()
    isModerator = Field[bool]()
    isMonitor = DeprecatedField[bool]()
    isRoomHidden = Field[bool]()
    roomType = Field[str]()
    created = DateTimeField()


class Message(ImmutableData):
    """A Webex message."""

    __slots__ = ()
    id = Field[str]()
    parentId = Field[str]()
    roomId = Field[str]()
    roomType = Field[str]()
    toPersonId = Field[str]()
    toPersonEmail = Field[str]()
    text = Field[str]()
    markdown = Field[str]()
    html = Field[str]()
    files = Field[list[str]]()
    personId = Field[str]()
    personEmail = Field[str]()
    mentionedPeople = Field[list[str]]()
    mentionedGroups = Field[list[str]]()
    attachments = Field[list[dict[str, Any]]]()
    isVoiceClip = Field[bool]()
    created = DateTimeField()
    updated = DateTimeField()


class Team(ImmutableData):
    """A Webex team."""

    __slots__ = ()
    id = Field[str]()
    name = Field[str]()
    description = Field[str]()
    creatorId = Field[str]()
    created = DateTimeField()


class TeamMembership(ImmutableData):
    """A person's membership of a Webex team."""

    __slots__ = ()
    id = Field[str]()
    teamId = Field[str]()
    personId = Field[str]()
    personEmail = Field[str]()
    personDisplayName = Field[str]()
    personOrgId = Field[str]()
    isModerator = Field[bool]()
    created = DateTimeField()
