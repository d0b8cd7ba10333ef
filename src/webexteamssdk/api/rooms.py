"""Webex Rooms API: spaces you are in, their settings and their meeting details."""

from __future__ import annotations

from typing import Any

from .._group import ApiGroup, Model, body, resource_path
from .._validation import checked
from ..generator_containers import DefaultMax, GeneratorContainer
from ..models.immutable import Room, RoomMeetingInfo

__all__ = ["RoomsAPI"]

API_ENDPOINT = "rooms"
OBJECT_TYPE = "room"
_MODEL = Model(OBJECT_TYPE, Room)
_MEETING_INFO = Model("room_meeting_info", RoomMeetingInfo)


class RoomsAPI(ApiGroup):
    """Webex Rooms API (``api.rooms``)."""

    @checked
    def list(
        self,
        teamId: str | None = None,
        type: str | None = None,
        sortBy: str | None = None,
        max: int = DefaultMax(100),
        **request_parameters: Any,
    ) -> GeneratorContainer[Room]:
        """List the rooms you are a member of, page by page as you iterate.

        Args:
            teamId: Only rooms of this team.
            type: ``"direct"`` or ``"group"``.
            sortBy: ``"id"``, ``"lastactivity"`` or ``"created"``.
            max: Page size (not a total); Webex allows 1 to 1000.
            **request_parameters: Further query parameters, sent as given.

        Returns:
            A lazy, re-iterable ``GeneratorContainer`` of ``Room`` objects.

        Raises:
            TypeError: If a parameter has the wrong type.
            ApiError: If Webex answers with an error.
        """
        params = dict(teamId=teamId, type=type, sortBy=sortBy, max=max, **request_parameters)
        return self._list(_MODEL, API_ENDPOINT, params)

    @checked
    def create(
        self,
        title: str,
        teamId: str | None = None,
        classificationId: str | None = None,
        isLocked: bool | None = None,
        isPublic: bool | None = None,
        description: str | None = None,
        isAnnouncementOnly: bool | None = None,
        **request_parameters: Any,
    ) -> Room:
        """Create a group room; you become its first member.

        Args:
            title: The room title.
            teamId: Create the room in this team.
            classificationId: The data classification of the room.
            isLocked: Make it a moderated room, with you as moderator.
            isPublic: Make it discoverable in your org (needs ``description``).
            description: The room description.
            isAnnouncementOnly: Only moderators may post (locked rooms only).
            **request_parameters: Further JSON fields, sent as given.

        Returns:
            The new ``Room``.

        Raises:
            TypeError: If a parameter has the wrong type.
            ApiError: If Webex answers with an error.
        """
        json = body(
            request_parameters,
            title=title,
            teamId=teamId,
            classificationId=classificationId,
            isLocked=isLocked,
            isPublic=isPublic,
            description=description,
            isAnnouncementOnly=isAnnouncementOnly,
        )
        return self._post(_MODEL, API_ENDPOINT, json)

    @checked
    def get(self, roomId: str) -> Room:
        """Get the details of a room.

        Args:
            roomId: The room id.

        Returns:
            The ``Room``.

        Raises:
            TypeError: If ``roomId`` is not a str.
            ValueError: If ``roomId`` is empty.
            ApiError: If Webex answers with an error (404 when you are not a member).
        """
        return self._get(_MODEL, resource_path(API_ENDPOINT, "roomId", roomId))

    @checked
    def get_meeting_info(self, roomId: str) -> RoomMeetingInfo:
        """Get the meeting details (link, SIP address, dial-in numbers) of a room.

        Args:
            roomId: The room id.

        Returns:
            The ``RoomMeetingInfo``.

        Raises:
            TypeError: If ``roomId`` is not a str.
            ValueError: If ``roomId`` is empty.
            ApiError: If Webex answers with an error.
        """
        path = resource_path(API_ENDPOINT, "roomId", roomId, "meetingInfo")
        return self._get(_MEETING_INFO, path)

    @checked
    def update(
        self,
        roomId: str,
        title: str,
        classificationId: str | None = None,
        teamId: str | None = None,
        isLocked: bool | None = None,
        isPublic: bool | None = None,
        description: str | None = None,
        isAnnouncementOnly: bool | None = None,
        isReadOnly: bool | None = None,
        **request_parameters: Any,
    ) -> Room:
        """Update a room's title and settings.

        Args:
            roomId: The room id.
            title: The room title (Webex requires it on every update).
            classificationId: The data classification.
            teamId: Move an unowned room into this team.
            isLocked: Lock (moderate) or unlock the room.
            isPublic: Make the room discoverable in your org.
            description: The room description (``" "`` clears it).
            isAnnouncementOnly: Only moderators may post (locked rooms only).
            isReadOnly: Make a direct room read-only (compliance officers).
            **request_parameters: Further JSON fields, sent as given.

        Returns:
            The updated ``Room``.

        Raises:
            TypeError: If a parameter has the wrong type.
            ValueError: If ``roomId`` is empty.
            ApiError: If Webex answers with an error.
        """
        json = body(
            request_parameters,
            title=title,
            classificationId=classificationId,
            teamId=teamId,
            isLocked=isLocked,
            isPublic=isPublic,
            description=description,
            isAnnouncementOnly=isAnnouncementOnly,
            isReadOnly=isReadOnly,
        )
        return self._put(_MODEL, resource_path(API_ENDPOINT, "roomId", roomId), json)

    @checked
    def delete(self, roomId: str) -> None:
        """Delete a room (a non-moderator of a locked room only leaves it).

        Args:
            roomId: The room id.

        Raises:
            TypeError: If ``roomId`` is not a str.
            ValueError: If ``roomId`` is empty.
            ApiError: If Webex answers with an error.
        """
        self._session.delete(resource_path(API_ENDPOINT, "roomId", roomId))
