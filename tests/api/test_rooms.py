"""RoomsAPI end to end against the emulator."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from webexteamssdk import ApiError, Room, RoomMeetingInfo, WebexTeamsAPI

ApiFor = Callable[[str], WebexTeamsAPI]


def test_create_get_update_delete(webex_api: WebexTeamsAPI) -> None:
    room = webex_api.rooms.create(
        "Project X", description="All about X", isLocked=True, classificationId=None
    )
    assert isinstance(room, Room)
    assert room.title == "Project X"
    assert room.type == "group"
    assert room.isLocked is True
    assert room.description == "All about X"
    assert room.creatorId == webex_api.people.me().id
    assert room.created is not None and room.created.tzinfo is not None

    fetched = webex_api.rooms.get(room.id)
    assert fetched == room or fetched.id == room.id

    updated = webex_api.rooms.update(room.id, title="Project Y", isAnnouncementOnly=True)
    assert updated.title == "Project Y"
    assert updated.isAnnouncementOnly is True
    assert webex_api.rooms.get(room.id).title == "Project Y"

    webex_api.rooms.delete(room.id)
    with pytest.raises(ApiError) as caught:
        webex_api.rooms.get(room.id)
    assert caught.value.status_code == 404


def test_list_filters_and_pages(webex_api: WebexTeamsAPI, webex_emulator: object) -> None:
    created = [webex_api.rooms.create(f"Room {n}") for n in range(5)]
    listed = list(webex_api.rooms.list(max=2))
    assert {r.id for r in created} <= {r.id for r in listed}
    assert len(listed) == len({r.id for r in listed})
    assert all(r.type == "group" for r in webex_api.rooms.list(type="group"))
    assert list(webex_api.rooms.list(type="direct")) == []
    newest_first = [r.id for r in webex_api.rooms.list(sortBy="created")]
    assert newest_first[: len(created)] == [r.id for r in reversed(created)]
    assert [r.id for r in webex_api.rooms.list()[:2]] == newest_first[:2]


def test_meeting_info(webex_api: WebexTeamsAPI) -> None:
    room = webex_api.rooms.create("Meet")
    info = webex_api.rooms.get_meeting_info(room.id)
    assert isinstance(info, RoomMeetingInfo)
    assert info.roomId == room.id
    assert info.meetingLink


def test_not_a_member_gets_404(webex_api: WebexTeamsAPI, webex_api_for: ApiFor) -> None:
    room = webex_api.rooms.create("Private")
    bob = webex_api_for("bob@example.com")
    with pytest.raises(ApiError) as caught:
        bob.rooms.get(room.id)
    assert caught.value.status_code == 404
    assert caught.value.tracking_id


def test_bad_input(webex_api: WebexTeamsAPI) -> None:
    with pytest.raises(TypeError, match="title must be str"):
        webex_api.rooms.create(123)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="max must be int"):
        webex_api.rooms.list(max="10")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="roomId must not be empty"):
        webex_api.rooms.get("")
    with pytest.raises(TypeError, match="isLocked must be bool"):
        webex_api.rooms.create("x", isLocked="yes")  # type: ignore[arg-type]
    with pytest.raises(ApiError) as caught:
        webex_api.rooms.create("")
    assert caught.value.status_code == 400
    assert caught.value.message == "Title cannot be empty."
