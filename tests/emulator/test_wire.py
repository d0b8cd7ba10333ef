"""Wire format: auth, headers, error bodies, ids, timestamps, content types, methods."""

from __future__ import annotations

import base64
import re

import httpx

from webexteamssdk.emulator import Emulator

from .conftest import ALICE, error, make_room, ok

NO_TOKEN = "The request requires a valid access token set in the Authorization request header."
TIME_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
TRACKING_RE = re.compile(r"^ROUTER_[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$")


def decode(value: str) -> str:
    return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()


def test_people_me(alice: httpx.Client) -> None:
    response = alice.get("people/me")
    me = ok(response)
    assert me["emails"] == [ALICE] and me["displayName"] == "Alice Archer"
    assert {"id", "orgId", "type", "created"} <= set(me)
    assert TRACKING_RE.match(response.headers["Trackingid"])
    assert response.headers["Cache-Control"] == "no-cache"
    assert response.headers["content-type"] == "application/json;charset=UTF-8"


def test_missing_and_unknown_token(anon: httpx.Client) -> None:
    assert error(anon.get("people/me"), 401) == NO_TOKEN
    bad = {"Authorization": "Bearer nope"}
    assert error(anon.get("rooms", headers=bad), 401) == NO_TOKEN
    assert error(anon.get("people/me", headers={"Authorization": "Basic x"}), 401) == NO_TOKEN


def test_ids_are_unpadded_hydra_ids(alice: httpx.Client) -> None:
    room = make_room(alice)
    me = ok(alice.get("people/me"))
    assert "=" not in room["id"]
    assert re.match(r"^ciscospark://us/ROOM/[0-9a-f-]{36}$", decode(room["id"]))
    assert decode(me["id"]).startswith("ciscospark://us/PEOPLE/")
    padded = room["id"] + "=" * (-len(room["id"]) % 4)
    assert ok(alice.get(f"rooms/{padded}"))["id"] == room["id"]
    uuid_part = decode(room["id"]).rsplit("/", 1)[1]
    assert ok(alice.get(f"rooms/{uuid_part}"))["id"] == room["id"]


def test_membership_id_embeds_person_and_room(alice: httpx.Client) -> None:
    room = make_room(alice)
    membership = ok(alice.get("memberships", params={"roomId": room["id"]}))["items"][0]
    person_uuid = decode(membership["personId"]).rsplit("/", 1)[1]
    room_uuid = decode(room["id"]).rsplit("/", 1)[1]
    assert decode(membership["id"]) == f"ciscospark://us/MEMBERSHIP/{person_uuid}:{room_uuid}"


def test_timestamps(alice: httpx.Client) -> None:
    room = make_room(alice)
    assert TIME_RE.match(room["created"]) and TIME_RE.match(room["lastActivity"])


def test_clock_is_injectable_and_strictly_increasing() -> None:
    from datetime import datetime, timezone

    from webexteamssdk.emulator.store import Store

    fixed = datetime(2024, 1, 2, 3, 4, 5, 678000, tzinfo=timezone.utc)
    store = Store(clock=lambda: fixed)
    caller = store.caller_for_token("emulator-alice-token")
    assert caller is not None
    first = store.create_room(caller, {"title": "a"})
    second = store.create_room(caller, {"title": "b"})
    assert first["created"] < second["created"]
    assert first["created"].startswith("2024-01-02T03:04:05.")


def test_error_shapes_for_unknown_path_and_method(alice: httpx.Client) -> None:
    error(alice.get("nothing/here"), 404)
    response = alice.patch("rooms")
    error(response, 405)


def test_unsupported_content_type(alice: httpx.Client) -> None:
    message = error(alice.post("rooms", content=b"title=x"), 415)
    assert message == "Content type 'text/plain' not supported"
    headers = {"Content-Type": "application/xml"}
    assert "application/xml" in error(alice.post("rooms", content=b"<x/>", headers=headers), 415)
    assert error(alice.put("rooms/abc", content=b"x"), 415)


def test_malformed_json_is_400(alice: httpx.Client) -> None:
    headers = {"Content-Type": "application/json"}
    error(alice.post("rooms", content=b"{nope", headers=headers), 400)


def test_trailing_slash_everywhere(alice: httpx.Client) -> None:
    room = make_room(alice)
    assert ok(alice.get("rooms/"))["items"][0]["id"] == room["id"]
    assert ok(alice.get(f"rooms/{room['id']}/"))["id"] == room["id"]
    assert ok(alice.get("people/me/"))["emails"] == [ALICE]


def test_delete_is_204_without_body(alice: httpx.Client) -> None:
    room = make_room(alice)
    response = alice.delete(f"rooms/{room['id']}")
    assert response.status_code == 204 and response.content == b""
    assert response.headers["Trackingid"].startswith("ROUTER_")


def test_invalid_id_in_query_is_400(alice: httpx.Client) -> None:
    message = error(alice.get("memberships", params={"roomId": "not-an-id"}), 400)
    assert message == "Expect base64 ID or UUID."


def test_server_works_on_any_host_header(emu: Emulator) -> None:
    with httpx.Client(base_url=f"http://localhost:{emu.port}/v1/", headers=emu.auth(ALICE)) as c:
        make_room(c, "a")
        make_room(c, "b")
        response = c.get("rooms", params={"max": 1})
        assert response.links["next"]["url"].startswith(f"http://localhost:{emu.port}/v1/rooms?")
