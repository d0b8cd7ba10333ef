"""MembershipsAPI end to end against the emulator."""

from __future__ import annotations

import pytest

from webexteamssdk import ApiError, Membership, WebexTeamsAPI


def test_create_list_update_delete(webex_api: WebexTeamsAPI) -> None:
    room = webex_api.rooms.create("Team room")
    membership = webex_api.memberships.create(room.id, personEmail="bob@example.com")
    assert isinstance(membership, Membership)
    assert membership.personEmail == "bob@example.com"
    assert membership.personDisplayName == "Bob Baker"
    assert membership.isModerator is False
    assert membership.roomId == room.id

    emails = {m.personEmail for m in webex_api.memberships.list(roomId=room.id)}
    assert emails == {"alice@example.com", "bob@example.com"}
    only_bob = list(webex_api.memberships.list(roomId=room.id, personEmail="bob@example.com"))
    assert [m.id for m in only_bob] == [membership.id]
    assert webex_api.memberships.get(membership.id).id == membership.id

    promoted = webex_api.memberships.update(membership.id, isModerator=True)
    assert promoted.isModerator is True
    assert webex_api.rooms.get(room.id).isLocked is True

    webex_api.memberships.delete(membership.id)
    emails = {m.personEmail for m in webex_api.memberships.list(roomId=room.id)}
    assert emails == {"alice@example.com"}


def test_duplicate_is_409_and_own_memberships(webex_api: WebexTeamsAPI) -> None:
    room = webex_api.rooms.create("Dup")
    me = webex_api.people.me()
    with pytest.raises(ApiError) as caught:
        webex_api.memberships.create(roomId=room.id, personId=me.id)
    assert caught.value.status_code == 409
    assert "[409] Conflict" in str(caught.value)
    mine = list(webex_api.memberships.list())
    assert room.id in {m.roomId for m in mine}


def test_inviting_an_unknown_email(webex_api: WebexTeamsAPI) -> None:
    room = webex_api.rooms.create("Invites")
    membership = webex_api.memberships.create(room.id, personEmail="test01@cmlccie.com")
    assert membership.personEmail == "test01@cmlccie.com"
    invited = webex_api.people.get(membership.personId)
    assert invited.invitePending == "true"


def test_bad_input(webex_api: WebexTeamsAPI) -> None:
    with pytest.raises(TypeError, match="isModerator must be bool"):
        webex_api.memberships.create("room", personEmail="x@example.com", isModerator="no")  # type: ignore[arg-type]
    room = webex_api.rooms.create("Bad")
    with pytest.raises(ApiError) as caught:
        webex_api.memberships.create(room.id)
    assert caught.value.status_code == 400
