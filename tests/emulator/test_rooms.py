"""Rooms: create, list, filters, ordering, paging, update, delete, meeting info."""

from __future__ import annotations

import httpx

from .conftest import ALICE, BOB, add_member, all_pages, error, make_room, ok, person_id, post


def test_create_room(alice: httpx.Client) -> None:
    room = make_room(alice, "Hello", description="d", classificationId="c", isPublic=True)
    assert room["type"] == "group" and room["isLocked"] is False
    assert room["creatorId"] == person_id(alice)
    assert room["description"] == "d" and room["classificationId"] == "c" and room["isPublic"]
    assert "teamId" not in room
    members = ok(alice.get("memberships", params={"roomId": room["id"]}))["items"]
    assert [m["personEmail"] for m in members] == [ALICE]


def test_create_room_errors(alice: httpx.Client) -> None:
    assert error(alice.post("rooms", json={}), 400) == "Title cannot be empty."
    error(alice.post("rooms", json={"title": "x", "isLocked": "yes"}), 400)
    error(alice.post("rooms", json={"title": "x", "teamId": ""}), 404)


def test_locked_room_creator_is_moderator(alice: httpx.Client) -> None:
    room = make_room(alice, isLocked=True, isAnnouncementOnly=True)
    membership = ok(alice.get("memberships", params={"roomId": room["id"]}))["items"][0]
    assert membership["isModerator"] is True and room["isAnnouncementOnly"] is True


def test_room_visible_to_members_only(alice: httpx.Client, bob: httpx.Client) -> None:
    room = make_room(alice)
    assert error(bob.get(f"rooms/{room['id']}"), 404)
    add_member(alice, room["id"], BOB)
    assert ok(bob.get(f"rooms/{room['id']}"))["title"] == "Room"


def test_type_filter_and_bad_enum(alice: httpx.Client) -> None:
    group = make_room(alice)
    direct = ok(alice.post("messages", json={"toPersonEmail": BOB, "text": "hi"}))
    assert [r["id"] for r in ok(alice.get("rooms", params={"type": "group"}))["items"]] == [
        group["id"]]
    directs = ok(alice.get("rooms", params={"type": "direct"}))["items"]
    assert [r["id"] for r in directs] == [direct["roomId"]]
    message = error(alice.get("rooms", params={"type": "bogus"}), 400)
    assert message.startswith("Can not construct instance of HydraRoomType from String value")
    error(alice.get("rooms", params={"sortBy": "title"}), 400)


def test_default_order_is_last_activity(alice: httpx.Client) -> None:
    first, second = make_room(alice, "first"), make_room(alice, "second")
    assert [r["title"] for r in ok(alice.get("rooms"))["items"]] == ["second", "first"]
    post(alice, first["id"])
    assert [r["title"] for r in ok(alice.get("rooms"))["items"]] == ["first", "second"]
    by_created = ok(alice.get("rooms", params={"sortBy": "created"}))["items"]
    assert [r["title"] for r in by_created] == ["second", "first"]
    by_id = ok(alice.get("rooms", params={"sortBy": "id"}))["items"]
    assert [r["id"] for r in by_id] == sorted([first["id"], second["id"]])


def test_team_filter(alice: httpx.Client) -> None:
    team = ok(alice.post("teams", json={"name": "T1"}))
    make_room(alice, "a", teamId=team["id"])
    make_room(alice, "b")
    items = ok(alice.get("rooms", params={"teamId": team["id"]}))["items"]
    assert sorted(r["title"] for r in items) == ["General", "a"]
    assert {r["teamId"] for r in items} == {team["id"]}
    response = alice.post("rooms", json={"title": "x", "teamId": "T-unknown"})
    assert response.status_code == 404


def test_paging_visits_every_room_once(alice: httpx.Client) -> None:
    ids = {make_room(alice, f"r{i}")["id"] for i in range(5)}
    response = alice.get("rooms", params={"max": 2, "type": "group"})
    assert len(ok(response)["items"]) == 2
    link = response.headers["Link"]
    assert link.count("<") == 1 and link.endswith('>; rel="next"')
    assert "type=group" in link and "max=2" in link and "cursor=" in link
    seen = all_pages(alice, "rooms", max=2, type="group")
    assert len(seen) == 5 and {r["id"] for r in seen} == ids


def test_last_page_has_no_link_and_max_is_clamped(alice: httpx.Client) -> None:
    make_room(alice)
    response = alice.get("rooms", params={"max": 5000})
    assert "Link" not in response.headers and len(ok(response)["items"]) == 1
    error(alice.get("rooms", params={"max": 0}), 400)
    error(alice.get("rooms", params={"max": "ten"}), 400)


def test_paging_is_stable_while_rooms_are_created(alice: httpx.Client) -> None:
    old = {make_room(alice, f"r{i}")["id"] for i in range(4)}
    response = alice.get("rooms", params={"max": 2, "sortBy": "created"})
    seen = [r["id"] for r in ok(response)["items"]]
    make_room(alice, "new")
    while "next" in response.links:
        response = alice.get(response.links["next"]["url"])
        seen += [r["id"] for r in ok(response)["items"]]
    assert sorted(seen) == sorted(old)


def test_update_room(alice: httpx.Client) -> None:
    room = make_room(alice)
    updated = ok(alice.put(f"rooms/{room['id']}", json={"title": "New", "description": "x"}))
    assert updated["title"] == "New" and updated["description"] == "x"
    assert ok(alice.get(f"rooms/{room['id']}"))["title"] == "New"
    assert error(alice.put(f"rooms/{room['id']}", json={}), 400) == "Title cannot be empty."


def test_delete_unlocked_room_for_everyone(alice: httpx.Client, bob: httpx.Client) -> None:
    room = make_room(alice)
    add_member(alice, room["id"], BOB)
    ok(alice.delete(f"rooms/{room['id']}"), 204)
    error(alice.get(f"rooms/{room['id']}"), 404)
    error(bob.get(f"rooms/{room['id']}"), 404)


def test_non_moderator_of_locked_room_only_leaves(alice: httpx.Client, bob: httpx.Client) -> None:
    room = make_room(alice, isLocked=True)
    add_member(alice, room["id"], BOB)
    ok(bob.delete(f"rooms/{room['id']}"), 204)
    error(bob.get(f"rooms/{room['id']}"), 404)
    members = ok(alice.get("memberships", params={"roomId": room["id"]}))["items"]
    assert [m["personEmail"] for m in members] == [ALICE]


def test_meeting_info(alice: httpx.Client, bob: httpx.Client) -> None:
    room = make_room(alice)
    info = ok(alice.get(f"rooms/{room['id']}/meetingInfo"))
    assert info["roomId"] == room["id"]
    assert {"meetingLink", "sipAddress", "meetingNumber", "meetingId", "callInTollFreeNumber",
            "callInTollNumber"} <= set(info)
    assert error(bob.get(f"rooms/{room['id']}/meetingInfo"), 404) == (
        "Could not find a room with provided ID.")


def test_direct_room_title_is_other_person(alice: httpx.Client, bob: httpx.Client) -> None:
    sent = ok(alice.post("messages", json={"toPersonEmail": BOB, "text": "hi"}))
    assert ok(alice.get(f"rooms/{sent['roomId']}"))["title"] == "Bob Baker"
    assert ok(bob.get(f"rooms/{sent['roomId']}"))["title"] == "Alice Archer"
