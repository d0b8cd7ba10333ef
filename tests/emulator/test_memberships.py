"""Memberships: add, invite, duplicates, moderators, hide, leave."""

from __future__ import annotations

import httpx

from webexteamssdk.emulator import Emulator

from .conftest import ADMIN, ALICE, BOB, CAROL, ClientFor, add_member, error, make_room, ok


def test_add_member_fields(alice: httpx.Client) -> None:
    room = make_room(alice)
    membership = add_member(alice, room["id"], BOB)
    assert membership["personEmail"] == BOB and membership["personDisplayName"] == "Bob Baker"
    assert membership["isModerator"] is False and membership["isMonitor"] is False
    assert membership["isRoomHidden"] is False and membership["roomType"] == "group"
    assert {"id", "roomId", "personId", "personOrgId", "created"} <= set(membership)


def test_duplicate_and_missing_fields(alice: httpx.Client) -> None:
    room = make_room(alice)
    add_member(alice, room["id"], BOB)
    body = {"roomId": room["id"], "personEmail": BOB}
    assert error(alice.post("memberships", json=body), 409) == "Person is already in the room."
    message = error(alice.post("memberships", json={"roomId": room["id"]}), 400)
    assert message == "Must specify either personId or personEmail."
    assert error(alice.post("memberships", json={"personEmail": BOB}), 400) == (
        "roomId cannot be null")


def test_unknown_email_is_invited(alice: httpx.Client, client_for: ClientFor) -> None:
    room = make_room(alice)
    membership = add_member(alice, room["id"], "new@example.com")
    assert membership["personDisplayName"] == "new@example.com"
    person = ok(client_for(ADMIN).get(f"people/{membership['personId']}"))
    assert person["invitePending"] == "true"


def test_list_filters(alice: httpx.Client) -> None:
    room = make_room(alice)
    add_member(alice, room["id"], BOB)
    add_member(alice, room["id"], CAROL)
    assert len(ok(alice.get("memberships", params={"roomId": room["id"]}))["items"]) == 3
    only = ok(alice.get("memberships", params={"roomId": room["id"], "personEmail": BOB}))
    assert [m["personEmail"] for m in only["items"]] == [BOB]


def test_no_filter_lists_own_memberships(alice: httpx.Client) -> None:
    rooms = {make_room(alice, "a")["id"], make_room(alice, "b")["id"]}
    items = ok(alice.get("memberships"))["items"]
    assert {m["roomId"] for m in items} == rooms and {m["personEmail"] for m in items} == {ALICE}


def test_non_member_gets_404(alice: httpx.Client, bob: httpx.Client) -> None:
    room = make_room(alice)
    message = error(bob.get("memberships", params={"roomId": room["id"]}), 404)
    assert message == "Could not find a room with provided ID."


def test_moderator_locks_room_and_last_moderator_unlocks(alice: httpx.Client) -> None:
    room = make_room(alice)
    bob_m = add_member(alice, room["id"], BOB)
    updated = ok(alice.put(f"memberships/{bob_m['id']}", json={"isModerator": True}))
    assert updated["isModerator"] is True
    assert ok(alice.get(f"rooms/{room['id']}"))["isLocked"] is True
    mine = ok(alice.get("memberships", params={"roomId": room["id"], "personEmail": ALICE}))
    assert mine["items"][0]["isModerator"] is True
    ok(alice.put(f"memberships/{bob_m['id']}", json={"isModerator": False}))
    ok(alice.put(f"memberships/{mine['items'][0]['id']}", json={"isModerator": False}))
    assert ok(alice.get(f"rooms/{room['id']}"))["isLocked"] is False


def test_locked_room_needs_moderator(alice: httpx.Client, bob: httpx.Client) -> None:
    room = make_room(alice, isLocked=True)
    carol_m = add_member(alice, room["id"], CAROL)
    add_member(alice, room["id"], BOB)
    body = {"roomId": room["id"], "personEmail": "x@example.com"}
    error(bob.post("memberships", json=body), 403)
    error(bob.delete(f"memberships/{carol_m['id']}"), 403)


def test_hide_direct_room(alice: httpx.Client) -> None:
    sent = ok(alice.post("messages", json={"toPersonEmail": BOB, "text": "hi"}))
    mine = ok(alice.get("memberships", params={"roomId": sent["roomId"], "personEmail": ALICE}))
    membership = mine["items"][0]
    assert membership["roomType"] == "direct"
    hidden = ok(alice.put(f"memberships/{membership['id']}", json={"isRoomHidden": True}))
    assert hidden["isRoomHidden"] is True


def test_delete_membership(alice: httpx.Client, emu: Emulator) -> None:
    room = make_room(alice)
    bob_m = add_member(alice, room["id"], BOB)
    assert ok(alice.get(f"memberships/{bob_m['id']}"))["personEmail"] == BOB
    ok(alice.delete(f"memberships/{bob_m['id']}"), 204)
    emails = [m["personEmail"] for m in ok(alice.get("memberships", params={"roomId": room["id"]}))[
        "items"]]
    assert emails == [ALICE]
    assert len(emu.store.all_memberships()) == 1
