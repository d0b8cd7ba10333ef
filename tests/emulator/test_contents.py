"""Files: multipart upload, download, HEAD, auth, scan states, limits."""

from __future__ import annotations

import re

import httpx

from webexteamssdk.emulator import Emulator

from .conftest import BOB, error, make_room, ok


def upload(client: httpx.Client, room_id: str, data: bytes = b"PNGDATA") -> dict[str, object]:
    files = {"files": ("pic.png", data, "image/png")}
    return dict(ok(client.post("messages", data={"roomId": room_id, "text": "f"}, files=files)))


def test_upload_and_download(alice: httpx.Client) -> None:
    room = make_room(alice)
    message = upload(alice, room["id"])
    url = message["files"][0]  # type: ignore[index]
    assert re.match(r"^http://127\.0\.0\.1:\d+/v1/contents/[A-Za-z0-9_-]+$", url)
    response = alice.get(url)
    assert response.status_code == 200 and response.content == b"PNGDATA"
    assert response.headers["content-type"] == "image/png"
    assert response.headers["content-length"] == "7"
    assert response.headers["content-disposition"] == 'attachment; filename="pic.png"'
    head = alice.head(url)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == "7"
    assert head.headers["content-disposition"] == 'attachment; filename="pic.png"'


def test_content_auth_and_unknown(alice: httpx.Client, anon: httpx.Client,
                                  bob: httpx.Client) -> None:
    url = upload(alice, make_room(alice)["id"])["files"][0]  # type: ignore[index]
    error(anon.get(url), 401)
    error(bob.get(url), 404)
    error(alice.get("contents/Y2lzY29zcGFyazovL3VzL0NPTlRFTlQvbm9wZS8w"), 404)


def test_scan_states(alice: httpx.Client, emu: Emulator) -> None:
    url = str(upload(alice, make_room(alice)["id"])["files"][0])  # type: ignore[index]
    content_id = url.rsplit("/", 1)[1]
    emu.set_content_state(content_id, "scanning", retry_after=7)
    response = alice.get(url)
    error(response, 423)
    assert response.headers["Retry-After"] == "7"
    emu.set_content_state(content_id, "infected")
    error(alice.get(url), 410)
    with httpx.Client(base_url=emu.url) as control:
        ok(control.put(f"/_emulator/contents/{content_id}/state", json={"state": "unscannable"}))
    error(alice.get(url), 428)
    assert alice.get(url, params={"allow": "unscannable"}).content == b"PNGDATA"


def test_multipart_rules(alice: httpx.Client, emu: Emulator) -> None:
    room = make_room(alice)
    two = [("files", ("a.txt", b"a", "text/plain")), ("files", ("b.txt", b"b", "text/plain"))]
    error(alice.post("messages", data={"roomId": room["id"]}, files=two), 400)
    emu.store.max_file_bytes = 10
    try:
        error(alice.post("messages", data={"roomId": room["id"]},
                         files={"files": ("a.bin", b"x" * 11, "application/octet-stream")}), 400)
        big = {"files": ("a.bin", b"x" * (2**20 + 20), "application/octet-stream")}
        error(alice.post("messages", data={"roomId": room["id"]}, files=big), 400)
    finally:
        emu.store.max_file_bytes = 100 * 1024 * 1024
    assert emu.store.counts()["messages"] == 0


def test_multipart_direct_message(alice: httpx.Client) -> None:
    files = {"files": ("a.txt", b"hello", "text/plain")}
    sent = ok(alice.post("messages", data={"toPersonEmail": BOB}, files=files))
    assert sent["roomType"] == "direct" and len(sent["files"]) == 1
