"""Webhooks end to end: CRUD through the SDK, and real deliveries to a local receiver."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from webexteamssdk import ApiError, Message, WebexTeamsAPI, Webhook, webhooks

ApiFor = Callable[[str], WebexTeamsAPI]
SECRET = "receiver-shared-secret"


class Receiver:
    """A tiny HTTP server that records webhook deliveries."""

    def __init__(self, status: int = 200) -> None:
        self.status = status
        self.deliveries: list[tuple[dict[str, str], bytes]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                receiver.deliveries.append((dict(self.headers), body))
                self.send_response(receiver.status)
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/webex"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    target = Receiver()
    yield target
    target.close()


def test_webhook_crud(webex_api: WebexTeamsAPI) -> None:
    room = webex_api.rooms.create("Hooks")
    hook = webex_api.webhooks.create(
        "room hook", "https://bot.example/webex", "messages", "created",
        filter=f"roomId={room.id}", secret=SECRET,
    )
    assert isinstance(hook, Webhook)
    assert (hook.status, hook.ownedBy, hook.filter) == ("active", "creator", f"roomId={room.id}")
    assert hook.createdBy == webex_api.people.me().id and hook.orgId and hook.appId
    assert [w.id for w in webex_api.webhooks.list()] == [hook.id]
    renamed = webex_api.webhooks.update(hook.id, name="renamed", targetUrl=hook.targetUrl)
    assert renamed.name == "renamed"
    assert webex_api.webhooks.get(hook.id).name == "renamed"
    webex_api.webhooks.delete(hook.id)
    assert list(webex_api.webhooks.list()) == []
    plain = webex_api.webhooks.create("all", "https://bot.example/all", "all", "all")
    assert plain.filter is None and plain.secret is None


def test_missing_fields_surface_as_api_errors(webex_api: WebexTeamsAPI) -> None:
    with pytest.raises(ApiError) as caught:
        webex_api.webhooks.create("", "https://x.example", "messages", "created")
    assert caught.value.status_code == 400
    with pytest.raises(ApiError) as bad_filter:
        webex_api.webhooks.create("x", "https://x.example", "messages", "created",
                                  filter="roomId=Y2lzY29zcGFyazovL3VzL1JPT00vbm9wZQ")
    assert "Invalid value for filter: roomId" in str(bad_filter.value)


def test_delivery_is_signed_and_points_at_the_message(
    webex_api: WebexTeamsAPI, webex_api_for: ApiFor, webex_emulator: Any, receiver: Receiver
) -> None:
    room = webex_api.rooms.create("Signed deliveries")
    webex_api.memberships.create(room.id, personEmail="bob@example.com")
    webex_api.webhooks.create("new messages", receiver.url, "messages", "created",
                              filter=f"roomId={room.id}", secret=SECRET)
    bob = webex_api_for("bob@example.com")
    posted = bob.messages.create(room.id, text="hello from bob")
    assert webex_emulator.wait_for_deliveries(5)
    (headers, raw), = receiver.deliveries
    signature = headers.get("X-Spark-Signature")
    assert webhooks.verify_signature(raw, signature, SECRET)
    event = webhooks.parse_delivery(raw, signature, secret=SECRET)
    assert (event.resource, event.event, event.actorId) == ("messages", "created", posted.personId)
    assert event.data is not None and "text" not in event.data.json_data
    message = webhooks.fetch_resource(webex_api, event)
    assert isinstance(message, Message) and message.text == "hello from bob"


def test_filters_firehose_and_deactivation(
    webex_api: WebexTeamsAPI, webex_emulator: Any, receiver: Receiver
) -> None:
    watched, other = webex_api.rooms.create("Watched"), webex_api.rooms.create("Other")
    webex_api.webhooks.create("watched", receiver.url, "messages", "created",
                              filter=f"roomId={watched.id}")
    webex_api.messages.create(other.id, text="ignored")
    webex_api.messages.create(watched.id, text="seen")
    assert webex_emulator.wait_for_deliveries(5)
    assert len(receiver.deliveries) == 1
    firehose = webex_api.webhooks.create("everything", receiver.url, "all", "all")
    webex_api.memberships.create(other.id, personEmail="carol@example.com")
    assert webex_emulator.wait_for_deliveries(5)
    assert any(b'"resource":"memberships"' in raw for _, raw in receiver.deliveries)
    webex_emulator.webhook_failure_threshold = 2
    receiver.status = 500
    for n in range(3):
        webex_api.messages.create(other.id, text=f"fail {n}")
    assert webex_emulator.wait_for_deliveries(5)
    assert webex_api.webhooks.get(firehose.id).status == "inactive"
    count = len(receiver.deliveries)
    webex_api.messages.create(other.id, text="not delivered")
    assert webex_emulator.wait_for_deliveries(5) and len(receiver.deliveries) == count
    receiver.status = 200
    again = webex_api.webhooks.update(firehose.id, name="everything", targetUrl=receiver.url,
                                      status="active")
    assert again.status == "active"


def test_slow_target_never_slows_the_api(webex_api: WebexTeamsAPI, webex_emulator: Any) -> None:
    slow = Receiver()
    original = slow.server.RequestHandlerClass.do_POST  # type: ignore[attr-defined]

    def delayed(handler: Any) -> None:
        time.sleep(0.5)
        original(handler)

    slow.server.RequestHandlerClass.do_POST = delayed  # type: ignore[attr-defined]
    try:
        room = webex_api.rooms.create("Slow")
        webex_api.webhooks.create("slow", slow.url, "messages", "created")
        started = time.monotonic()
        for n in range(3):
            webex_api.messages.create(room.id, text=f"quick {n}")
        assert time.monotonic() - started < 0.5
        assert webex_emulator.wait_for_deliveries(5)
    finally:
        slow.close()
