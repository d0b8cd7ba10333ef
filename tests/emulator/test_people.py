"""People: lookups, id lists, admin-only changes."""

from __future__ import annotations

import httpx

from .conftest import ADMIN, BOB, BOT, ClientFor, error, ok, person_id


def test_list_by_email_and_unknown_email(alice: httpx.Client) -> None:
    items = ok(alice.get("people", params={"email": BOB}))["items"]
    assert [p["displayName"] for p in items] == ["Bob Baker"]
    assert ok(alice.get("people", params={"email": "who@example.com"})) == {"items": []}


def test_display_name_prefix(alice: httpx.Client) -> None:
    items = ok(alice.get("people", params={"displayName": "ca"}))["items"]
    assert [p["displayName"] for p in items] == ["Carol Chen"]


def test_no_filter_needs_admin(client_for: ClientFor, alice: httpx.Client) -> None:
    message = error(alice.get("people"), 400)
    assert message == "Email, displayName, or id list should be specified."
    everyone = ok(client_for(ADMIN).get("people"))["items"]
    assert len(everyone) == 6 and "roles" in everyone[0]


def test_id_list_with_not_found_ids(alice: httpx.Client, bob: httpx.Client) -> None:
    bob_id = person_id(bob)
    unknown = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8wMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA"
    body = ok(alice.get("people", params={"id": f"{bob_id},{unknown}"}))
    assert [p["id"] for p in body["items"]] == [bob_id]
    assert body["notFoundIds"] == [unknown]
    error(alice.get("people", params={"id": ",".join([bob_id] * 86)}), 400)


def test_get_person_and_bot_type(client_for: ClientFor, alice: httpx.Client) -> None:
    bot = ok(client_for(BOT).get("people/me"))
    assert bot["type"] == "bot"
    assert ok(alice.get(f"people/{bot['id']}"))["displayName"] == "Emulator Bot"
    error(alice.get("people/Y2lzY29zcGFyazovL3VzL1BFT1BMRS9ub3BlLW5vcGU"), 404)


def test_person_fields(alice: httpx.Client) -> None:
    me = ok(alice.get("people/me"))
    assert me["invitePending"] == "false" and me["loginEnabled"] == "true"
    assert "nickName" not in me and None not in me.values()


def test_admin_create_update_delete(client_for: ClientFor, alice: httpx.Client) -> None:
    admin = client_for(ADMIN)
    body = {"emails": ["dave@example.com"], "displayName": "Dave Doe"}
    error(alice.post("people", json=body), 403)
    dave = ok(admin.post("people", json=body))
    assert dave["emails"] == ["dave@example.com"]
    updated = ok(admin.put(f"people/{dave['id']}", json={"displayName": "Dave D."}))
    assert updated["displayName"] == "Dave D."
    error(admin.put(f"people/{dave['id']}", json={"firstName": "x"}), 400)
    error(alice.delete(f"people/{dave['id']}"), 403)
    ok(admin.delete(f"people/{dave['id']}"), 204)
    error(admin.get(f"people/{dave['id']}"), 404)


def test_people_paging(client_for: ClientFor) -> None:
    admin = client_for(ADMIN)
    response = admin.get("people", params={"max": 2})
    assert len(ok(response)["items"]) == 2 and "next" in response.links
