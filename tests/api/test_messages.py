"""MessagesAPI end to end against the emulator."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from webexteamssdk import ApiError, Message, WebexTeamsAPI

ApiFor = Callable[[str], WebexTeamsAPI]

CARD = {
    "type": "AdaptiveCard",
    "version": "1.1",
    "body": [{"type": "TextBlock", "text": "Hi"}],
    "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
}


class CardLike:
    def to_dict(self) -> dict[str, Any]:
        return dict(CARD)


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else 0


def test_text_markdown_get_and_delete(webex_api: WebexTeamsAPI) -> None:
    room = webex_api.rooms.create("Chat")
    message = webex_api.messages.create(room.id, text="hello")
    assert isinstance(message, Message)
    assert (message.text, message.roomId, message.roomType) == ("hello", room.id, "group")
    assert message.personEmail == "alice@example.com"
    assert message.updated is None

    rich = webex_api.messages.create(room.id, markdown="**bold** move")
    assert rich.markdown == "**bold** move"
    assert rich.html and "<strong>bold</strong>" in rich.html
    assert rich.text == "bold move"

    assert webex_api.messages.get(message.id).text == "hello"
    webex_api.messages.delete(message.id)
    with pytest.raises(ApiError) as caught:
        webex_api.messages.get(message.id)
    assert caught.value.status_code == 404


def test_list_pages_newest_first_and_threads(webex_api: WebexTeamsAPI) -> None:
    room = webex_api.rooms.create("Busy")
    sent = [webex_api.messages.create(room.id, text=f"m{n}") for n in range(7)]
    reply = webex_api.messages.create(room.id, parentId=sent[0].id, text="reply")
    listed = [m.text for m in webex_api.messages.list(room.id, max=3)]
    assert listed == ["reply", *[f"m{n}" for n in reversed(range(7))]]
    replies = list(webex_api.messages.list(room.id, parentId=sent[0].id))
    assert [m.id for m in replies] == [reply.id]
    older = list(webex_api.messages.list(room.id, beforeMessage=sent[3].id))
    assert [m.text for m in older] == ["m2", "m1", "m0"]
    assert [m.text for m in webex_api.messages.list(room.id)[:2]] == ["reply", "m6"]


def test_direct_messages(webex_api: WebexTeamsAPI, webex_api_for: ApiFor) -> None:
    first = webex_api.messages.create(toPersonEmail="bob@example.com", text="hi bob")
    assert first.roomType == "direct"
    assert first.toPersonEmail == "bob@example.com"
    second = webex_api.messages.create(toPersonEmail="bob@example.com", text="again")
    assert second.roomId == first.roomId
    bob = webex_api_for("bob@example.com")
    texts = [m.text for m in bob.messages.list_direct(personEmail="alice@example.com")]
    assert texts == ["again", "hi bob"]


def test_mentions_and_bot_rule(webex_api: WebexTeamsAPI, webex_api_for: ApiFor) -> None:
    bot = webex_api_for("bot@webex.bot")
    bot_id = bot.people.me().id
    room = webex_api.rooms.create("With bot")
    webex_api.memberships.create(room.id, personEmail="bot@webex.bot")
    webex_api.messages.create(room.id, text="not for the bot")
    mention = webex_api.messages.create(room.id, markdown=f"<@personId:{bot_id}|Bot> help")
    assert mention.mentionedPeople == [bot_id]
    with pytest.raises(ApiError) as caught:
        list(bot.messages.list(room.id))
    assert caught.value.status_code == 403
    assert [m.id for m in bot.messages.list(room.id, mentionedPeople="me")] == [mention.id]


def test_edit_and_update_alias(webex_api: WebexTeamsAPI) -> None:
    room = webex_api.rooms.create("Edits")
    message = webex_api.messages.create(room.id, text="typo")
    edited = webex_api.messages.edit(message.id, roomId=room.id, text="fixed")
    assert edited.text == "fixed"
    assert edited.updated is not None
    again = webex_api.messages.update(message.id, roomId=room.id, markdown="*fixed*")
    assert again.markdown == "*fixed*"
    with pytest.raises(ValueError, match="messageId must not be empty"):
        webex_api.messages.update(roomId=room.id, text="x")


def test_local_file_upload_and_download(webex_api: WebexTeamsAPI, tmp_path: Path) -> None:
    room = webex_api.rooms.create("Files")
    path = tmp_path / "notes.txt"
    path.write_bytes(b"line one\nline two\n")
    before = open_fds()
    message = webex_api.messages.create(room.id, text="see file", files=[str(path)])
    assert open_fds() == before
    assert message.files and len(message.files) == 1
    response = httpx.get(
        message.files[0], headers={"Authorization": f"Bearer {webex_api.access_token}"}
    )
    assert response.status_code == 200
    assert response.content == b"line one\nline two\n"
    assert response.headers["content-type"].startswith("text/plain")
    assert 'filename="notes.txt"' in response.headers["content-disposition"]


def test_file_closed_when_the_server_refuses(webex_api: WebexTeamsAPI, tmp_path: Path) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(b"\x00\x01")
    webex_api.people.me()  # open the pooled connection before counting descriptors
    before = open_fds()
    with pytest.raises(ApiError):
        webex_api.messages.create("Y2lzY29zcGFyazovL3VzL1JPT00vbm9uZQ", files=[str(path)])
    assert open_fds() == before


def test_url_file_and_card_attachments(webex_api: WebexTeamsAPI) -> None:
    room = webex_api.rooms.create("Links")
    url = "https://www.webex.com/content/dam/wbx/us/images/dg-integ/teams_icon.png"
    message = webex_api.messages.create(room.id, text="icon", files=[url])
    assert message.files == [url]
    card_message = webex_api.messages.create(room.id, text="card", attachments=[CardLike()])
    assert card_message.attachments is not None
    attachment = card_message.attachments[0]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    assert attachment["content"]["type"] == "AdaptiveCard"
    raw = webex_api.messages.create(room.id, text="raw", attachments=[CARD])
    assert raw.attachments and raw.attachments[0]["content"]["body"][0]["text"] == "Hi"


def test_bad_input_fails_before_any_request(
    webex_api: WebexTeamsAPI, webex_emulator: Any, tmp_path: Path
) -> None:
    webex_emulator.clear_requests()
    with pytest.raises(ValueError, match="only one file"):
        webex_api.messages.create("r", files=["https://a.test/1", "https://a.test/2"])
    with pytest.raises(ValueError, match="existing local file"):
        webex_api.messages.create("r", files=[str(tmp_path / "missing.png")])
    with pytest.raises(TypeError, match="files must be a list of str or None, got str"):
        webex_api.messages.create("r", files="https://a.test/1")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="attachment must be a dict"):
        webex_api.messages.create("r", text="x", attachments=[42])
    with pytest.raises(TypeError, match="roomId must be str"):
        webex_api.messages.list(5)  # type: ignore[arg-type]
    assert webex_emulator.requests == []


def test_server_side_validation_surfaces_as_api_error(webex_api: WebexTeamsAPI) -> None:
    room = webex_api.rooms.create("Empty")
    with pytest.raises(ApiError) as caught:
        webex_api.messages.create(room.id)
    assert caught.value.status_code == 400
    with pytest.raises(ApiError) as too_long:
        webex_api.messages.create(room.id, text="x" * 7440)
    assert too_long.value.status_code == 400
