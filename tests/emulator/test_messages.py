"""Messages: posting, markdown, mentions, direct, replies, listing, editing, deleting."""

from __future__ import annotations

import httpx

from .conftest import (
    BOB,
    CAROL,
    ClientFor,
    add_member,
    all_pages,
    error,
    make_room,
    ok,
    person_id,
    post,
)

CARD = {"contentType": "application/vnd.microsoft.card.adaptive",
        "content": {"type": "AdaptiveCard", "version": "1.0", "body": []}}
NOT_FOUND = "Could not find a room with provided ID."


def test_post_text(alice: httpx.Client) -> None:
    room = make_room(alice)
    message = post(alice, room["id"], "hello")
    assert message["roomType"] == "group" and message["text"] == "hello"
    assert message["personId"] == person_id(alice) and message["personEmail"]
    assert set(message) == {"id", "roomId", "roomType", "text", "personId", "personEmail",
                            "created"}
    assert ok(alice.get(f"rooms/{room['id']}"))["lastActivity"] == message["created"]


def test_post_to_foreign_room(alice: httpx.Client, bob: httpx.Client) -> None:
    room = make_room(alice)
    assert error(bob.post("messages", json={"roomId": room["id"], "text": "x"}), 404) == NOT_FOUND


def test_post_validation(alice: httpx.Client) -> None:
    room = make_room(alice)
    assert error(alice.post("messages", json={"roomId": room["id"]}), 400) == (
        "Both text and file cannot be empty.")
    both = {"roomId": room["id"], "toPersonEmail": BOB, "text": "x"}
    message = error(alice.post("messages", json=both), 400)
    assert message.startswith("Exactly one of the destination")
    long_text = {"roomId": room["id"], "text": "x" * 7440}
    assert "7439" in error(alice.post("messages", json=long_text), 400)
    ok(alice.post("messages", json={"roomId": room["id"], "text": "é" * 3719}))
    two_files = {"roomId": room["id"], "files": ["https://a/1.png", "https://a/2.png"]}
    error(alice.post("messages", json=two_files), 400)


def test_markdown_and_mentions(alice: httpx.Client, bob: httpx.Client) -> None:
    room = make_room(alice)
    add_member(alice, room["id"], BOB)
    bob_id = person_id(bob)
    markdown = f"**Hi** <@personId:{bob_id}|Bob> and <@personEmail:{CAROL}|Carol> <@all>\n- a"
    message = ok(alice.post("messages", json={"roomId": room["id"], "markdown": markdown}))
    assert message["markdown"] == markdown
    assert "<strong>Hi</strong>" in message["html"] and "<li>" not in message["html"]
    assert message["text"].startswith("Hi Bob and Carol All")
    assert message["mentionedPeople"][0] == bob_id and len(message["mentionedPeople"]) == 2
    assert message["mentionedGroups"] == ["all"]


def test_markdown_converter() -> None:
    from webexteamssdk.emulator.markdown import render

    out = render("Line *one* `code`\nline [two](https://x.y)\n\n- a\n- b\n\n1. c")
    assert out.html == ('<p>Line <em>one</em> <code>code</code><br/>line '
                        '<a href="https://x.y">two</a></p><ul><li>a</li><li>b</li></ul>'
                        "<ol><li>c</li></ol>")
    assert "<" not in out.text and "two (https://x.y)" in out.text


def test_direct_messages(alice: httpx.Client, bob: httpx.Client) -> None:
    first = ok(alice.post("messages", json={"toPersonEmail": BOB, "text": "1"}))
    assert first["roomType"] == "direct" and first["toPersonEmail"] == BOB
    second = ok(alice.post("messages", json={"toPersonId": person_id(bob), "text": "2"}))
    assert second["roomId"] == first["roomId"] and second["toPersonId"] == person_id(bob)
    ok(bob.post("messages", json={"toPersonEmail": "alice@example.com", "text": "3"}))
    listed = ok(alice.get("messages/direct", params={"personEmail": BOB}))["items"]
    assert [m["text"] for m in listed] == ["3", "2", "1"]
    assert all(m["roomType"] == "direct" for m in listed)
    error(alice.get("messages/direct"), 400)


def test_direct_to_unknown_email_invites(alice: httpx.Client, emu: object) -> None:
    sent = ok(alice.post("messages", json={"toPersonEmail": "new@example.com", "text": "hi"}))
    assert sent["roomType"] == "direct" and sent["toPersonEmail"] == "new@example.com"


def test_cards(alice: httpx.Client) -> None:
    room = make_room(alice)
    sent = ok(alice.post("messages", json={"roomId": room["id"], "text": "card",
                                           "attachments": [CARD]}))
    assert sent["attachments"][0]["contentType"] == CARD["contentType"]
    assert sent["attachments"][0]["content"]["type"] == "AdaptiveCard"
    error(alice.post("messages", json={"roomId": room["id"], "attachments": [CARD, CARD]}), 400)
    bad = {**CARD, "contentType": "application/json"}
    error(alice.post("messages", json={"roomId": room["id"], "attachments": [bad]}), 400)
    bad = {**CARD, "content": {"type": "Other"}}
    error(alice.post("messages", json={"roomId": room["id"], "attachments": [bad]}), 400)


def test_replies(alice: httpx.Client) -> None:
    room, other = make_room(alice), make_room(alice)
    parent = post(alice, room["id"], "parent")
    reply = post(alice, room["id"], "reply", parentId=parent["id"])
    post(alice, room["id"], "other")
    assert reply["parentId"] == parent["id"]
    replies = ok(alice.get("messages", params={"roomId": room["id"], "parentId": parent["id"]}))
    assert [m["text"] for m in replies["items"]] == ["reply"]
    error(alice.post("messages", json={"roomId": other["id"], "text": "x",
                                       "parentId": parent["id"]}), 400)


def test_list_order_paging_and_required_room(alice: httpx.Client) -> None:
    room = make_room(alice)
    for i in range(5):
        post(alice, room["id"], str(i))
    assert [m["text"] for m in ok(alice.get("messages", params={"roomId": room["id"]}))[
        "items"]] == ["4", "3", "2", "1", "0"]
    assert [m["text"] for m in all_pages(alice, "messages", roomId=room["id"], max=2)] == [
        "4", "3", "2", "1", "0"]
    assert error(alice.get("messages"), 400) == "Required String parameter 'roomId' is not present"


def test_paging_with_new_messages_and_before_params(alice: httpx.Client) -> None:
    room = make_room(alice)
    sent = [post(alice, room["id"], str(i)) for i in range(5)]
    params = {"roomId": room["id"], "max": 2, "beforeMessage": sent[4]["id"]}
    response = alice.get("messages", params=params)
    texts = [m["text"] for m in ok(response)["items"]]
    post(alice, room["id"], "late")
    while "next" in response.links:
        assert "beforeMessage=" in response.links["next"]["url"]
        response = alice.get(response.links["next"]["url"])
        texts += [m["text"] for m in ok(response)["items"]]
    assert texts == ["3", "2", "1", "0"]
    before = ok(alice.get("messages", params={"roomId": room["id"], "before": sent[2]["created"]}))
    assert [m["text"] for m in before["items"]] == ["1", "0"]
    error(alice.get("messages", params={"roomId": room["id"], "before": "yesterday"}), 400)


def test_bot_rules(alice: httpx.Client, client_for: ClientFor) -> None:
    bot = client_for("bot@webex.bot")
    room = make_room(alice)
    add_member(alice, room["id"], "bot@webex.bot")
    bot_id = person_id(bot)
    post(alice, room["id"], "no mention")
    ok(alice.post("messages", json={"roomId": room["id"],
                                    "markdown": f"<@personId:{bot_id}|Bot> hi"}))
    assert error(bot.get("messages", params={"roomId": room["id"]}), 403) == (
        "Failed to get activity.")
    items = ok(bot.get("messages", params={"roomId": room["id"], "mentionedPeople": "me",
                                           "max": 500}))["items"]
    assert [m["text"] for m in items] == ["Bot hi"]
    response = bot.get("messages", params={"roomId": room["id"], "mentionedPeople": bot_id})
    assert len(ok(response)["items"]) == 1
    params = {"roomId": room["id"], "mentionedPeople": person_id(alice)}
    assert bot.get("messages", params=params).status_code in (400, 403)
    direct = ok(alice.post("messages", json={"toPersonEmail": "bot@webex.bot", "text": "dm"}))
    assert len(ok(bot.get("messages", params={"roomId": direct["roomId"]}))["items"]) == 1


def test_get_edit_delete(alice: httpx.Client, bob: httpx.Client) -> None:
    room = make_room(alice)
    add_member(alice, room["id"], BOB)
    message = post(alice, room["id"], "v1")
    assert "updated" not in ok(alice.get(f"messages/{message['id']}"))
    edit = {"roomId": room["id"], "text": "v2"}
    edited = ok(alice.put(f"messages/{message['id']}", json=edit))
    assert edited["text"] == "v2" and "updated" in edited
    error(bob.put(f"messages/{message['id']}", json=edit), 403)
    for _ in range(9):
        ok(alice.put(f"messages/{message['id']}", json=edit))
    error(alice.put(f"messages/{message['id']}", json=edit), 400)
    error(bob.delete(f"messages/{message['id']}"), 403)
    ok(alice.delete(f"messages/{message['id']}"), 204)
    assert error(alice.get(f"messages/{message['id']}"), 404) == "Unable to get message."
    assert error(alice.delete(f"messages/{message['id']}"), 404) == "Unable to delete message."


def test_cannot_edit_card_or_file_messages(alice: httpx.Client) -> None:
    room = make_room(alice)
    card = post(alice, room["id"], "c", attachments=[CARD])
    url = post(alice, room["id"], "f", files=["https://example.com/a.png"])
    assert url["files"] == ["https://example.com/a.png"]
    for message in (card, url):
        error(alice.put(f"messages/{message['id']}", json={"roomId": room["id"], "text": "x"}),
              400)


def test_moderator_may_delete_others_messages(alice: httpx.Client, bob: httpx.Client) -> None:
    room = make_room(alice, isLocked=True)
    add_member(alice, room["id"], BOB)
    message = post(bob, room["id"], "bob's")
    ok(alice.delete(f"messages/{message['id']}"), 204)
