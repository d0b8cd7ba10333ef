"""Checklist items 77-98: teams, webhooks, attachment actions, tokens (raw HTTP)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import jwt
import pytest

from webexteamssdk.emulator import Emulator

from .conftest import ClientFor, error, ok

CARD = {"contentType": "application/vnd.microsoft.card.adaptive",
        "content": {"type": "AdaptiveCard", "version": "1.0", "body": []}}


class Sink:
    """Records POSTed bodies and headers; answers ``status``."""

    def __init__(self) -> None:
        self.status, self.received = 200, list[tuple[dict[str, str], bytes]]()
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                sink.received.append((dict(self.headers), body))
                self.send_response(sink.status)
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(raw) for _, raw in self.received]


@pytest.fixture
def sink() -> Iterator[Sink]:
    target = Sink()
    yield target
    target.server.shutdown()
    target.server.server_close()


def test_teams_items_77_to_80(alice: httpx.Client, bob: httpx.Client) -> None:
    team = ok(alice.post("teams", json={"name": "T"}))
    assert set(team) >= {"id", "name", "created"}
    members = ok(alice.get("team/memberships", params={"teamId": team["id"]}))["items"]
    assert [m["isModerator"] for m in members] == [True]
    room = ok(alice.post("rooms", json={"title": "R", "teamId": team["id"]}))
    rooms = ok(alice.get("rooms", params={"teamId": team["id"]}))["items"]
    assert len(rooms) == 2 and all(r["teamId"] == team["id"] for r in rooms)
    assert room["teamId"] == team["id"]
    error(alice.get("team/memberships"), 400)
    assert error(alice.delete(f"team/memberships/{members[0]['id']}"), 400)
    error(bob.get(f"teams/{team['id']}"), 404)


def test_webhook_crud_items_81_to_83(alice: httpx.Client, bob: httpx.Client) -> None:
    hook = ok(alice.post("webhooks", json={"name": "h", "targetUrl": "https://x.test/h",
                                           "resource": "messages", "event": "created"}))
    assert hook["status"] == "active" and hook["ownedBy"] == "creator"
    assert {"createdBy", "orgId", "appId", "created"} <= set(hook) and "filter" not in hook
    for missing in ("name", "targetUrl", "resource", "event"):
        body = {"name": "h", "targetUrl": "https://x", "resource": "messages", "event": "created"}
        body.pop(missing)
        error(alice.post("webhooks", json=body), 400)
    private = ok(bob.post("rooms", json={"title": "private"}))
    message = error(alice.post("webhooks", json={
        "name": "h", "targetUrl": "https://x", "resource": "messages", "event": "created",
        "filter": f"roomId={private['id']}"}), 400)
    assert "Invalid value for filter: roomId" in message
    assert "not the owner" in error(bob.delete(f"webhooks/{hook['id']}"), 400)
    ok(alice.delete(f"webhooks/{hook['id']}"), 204)


def hook(client: httpx.Client, url: str, secret: str | None = None, **extra: str) -> Any:
    body = {"name": "h", "targetUrl": url, "resource": "messages", "event": "created", **extra}
    return ok(client.post("webhooks", json={**body, **({"secret": secret} if secret else {})}))


def test_delivery_items_84_to_87(
    emu: Emulator, alice: httpx.Client, client_for: ClientFor, sink: Sink
) -> None:
    room = ok(alice.post("rooms", json={"title": "R"}))
    other = ok(alice.post("rooms", json={"title": "O"}))
    hook(alice, sink.url, "s3cret", filter=f"roomId={room['id']}")
    hook(alice, sink.url)
    sent = ok(alice.post("messages", json={"roomId": room["id"], "text": "secret text"}))
    ok(alice.post("messages", json={"roomId": other["id"], "text": "elsewhere"}))
    assert emu.wait_for_deliveries(5)
    signed = [(h, raw) for h, raw in sink.received if "X-Spark-Signature" in h]
    assert len(signed) == 1 and len(sink.received) == 3
    headers, raw = signed[0]
    expected = hmac.new(b"s3cret", raw, hashlib.sha1).hexdigest()
    assert headers["X-Spark-Signature"] == expected
    body = json.loads(raw)
    assert body["data"]["id"] == sent["id"] and body["actorId"] == sent["personId"]
    assert "text" not in body["data"] and body["resource"] == "messages"
    bot = client_for("bot@webex.bot")
    hook(bot, sink.url, mentionedPeople="me")
    ok(alice.post("memberships", json={"roomId": room["id"], "personEmail": "bot@webex.bot"}))
    bot_id = ok(bot.get("people/me"))["id"]
    before = len(sink.received)
    ok(alice.post("messages", json={"roomId": room["id"], "markdown": "no mention"}))
    ok(alice.post("messages", json={"roomId": room["id"],
                                    "markdown": f"<@personId:{bot_id}|Bot> hi"}))
    assert emu.wait_for_deliveries(5)
    to_bot = [b for b in sink.bodies()[before:] if b["createdBy"] == bot_id]
    assert len(to_bot) == 1


def test_firehose_and_membership_removal_items_88_89(
    emu: Emulator, alice: httpx.Client, sink: Sink
) -> None:
    ok(alice.post("webhooks", json={"name": "all", "targetUrl": sink.url, "resource": "all",
                                    "event": "all"}))
    room = ok(alice.post("rooms", json={"title": "R"}))
    member = ok(alice.post("memberships", json={"roomId": room["id"],
                                                "personEmail": "bob@example.com"}))
    ok(alice.post("messages", json={"roomId": room["id"], "text": "x"}))
    ok(alice.delete(f"memberships/{member['id']}"), 204)
    assert emu.wait_for_deliveries(5)
    seen = {(b["resource"], b["event"]) for b in sink.bodies()}
    assert seen >= {("rooms", "created"), ("memberships", "created"),
                    ("messages", "created"), ("memberships", "deleted")}
    removal = next(b for b in sink.bodies() if b["event"] == "deleted")
    assert removal["actorId"] == ok(alice.get("people/me"))["id"]


def test_inactive_and_reactivation_items_90_91(
    emu: Emulator, alice: httpx.Client, sink: Sink
) -> None:
    emu.webhook_failure_threshold = 3
    sink.status = 503
    created = hook(alice, sink.url)
    room = ok(alice.post("rooms", json={"title": "R"}))
    for n in range(4):
        ok(alice.post("messages", json={"roomId": room["id"], "text": str(n)}))
    assert emu.wait_for_deliveries(5)
    assert ok(alice.get(f"webhooks/{created['id']}"))["status"] == "inactive"
    assert len(sink.received) == 3
    again = ok(alice.put(f"webhooks/{created['id']}", json={
        "name": "h", "targetUrl": sink.url, "status": "active"}))
    assert again["status"] == "active"


def test_attachment_actions_items_92_to_95(
    emu: Emulator, alice: httpx.Client, bob: httpx.Client, sink: Sink
) -> None:
    room = ok(alice.post("rooms", json={"title": "R"}))
    ok(alice.post("memberships", json={"roomId": room["id"], "personEmail": "bob@example.com"}))
    ok(alice.post("webhooks", json={"name": "cards", "targetUrl": sink.url,
                                    "resource": "attachmentActions", "event": "created"}))
    card = ok(alice.post("messages", json={"roomId": room["id"], "text": "c",
                                           "attachments": [CARD]}))
    action = ok(bob.post("attachment/actions", json={"type": "submit", "messageId": card["id"],
                                                     "inputs": {"a": "1"}}))
    assert action["personId"] == ok(bob.get("people/me"))["id"] and action["inputs"] == {"a": "1"}
    assert "Author of a card" in error(alice.post("attachment/actions", json={
        "type": "submit", "messageId": card["id"], "inputs": {}}), 400)
    plain = ok(alice.post("messages", json={"roomId": room["id"], "text": "p"}))
    assert "activity with cards" in error(bob.post("attachment/actions", json={
        "type": "submit", "messageId": plain["id"], "inputs": {}}), 400)
    assert emu.wait_for_deliveries(5)
    (delivery,) = sink.bodies()
    assert delivery["actorId"] == action["personId"]
    assert delivery["data"]["messageId"] == card["id"]


def test_rate_limit_item_96(emu: Emulator, alice: httpx.Client) -> None:
    emu.set_rate_limit(2, retry_after=3)
    statuses = [alice.get("people/me") for _ in range(4)]
    limited = [r for r in statuses if r.status_code == 429]
    assert limited and limited[0].headers["Retry-After"] == "3"
    error(limited[0], 429)


def test_access_token_item_97(emu: Emulator, anon: httpx.Client) -> None:
    app = emu.integration
    form = {"grant_type": "authorization_code", "client_id": app["clientId"],
            "client_secret": app["clientSecret"], "code": emu.authorization_code(),
            "redirect_uri": app["redirectUri"]}
    grant = ok(anon.post("access_token", data=form))
    assert set(grant) == {"access_token", "expires_in", "refresh_token",
                          "refresh_token_expires_in", "token_type"}
    refreshed = ok(anon.post("access_token", data={
        "grant_type": "refresh_token", "client_id": app["clientId"],
        "client_secret": app["clientSecret"], "refresh_token": grant["refresh_token"]}))
    assert refreshed["token_type"] == "Bearer"
    me = anon.get("people/me", headers={"Authorization": f"Bearer {refreshed['access_token']}"})
    assert ok(me)["emails"] == [app["email"]]
    error(anon.post("access_token", data={**form, "client_secret": "bad"}), 401)
    error(anon.post("access_token", data=form), 400)  # the code was used
    redirect = anon.get("authorize", params={"client_id": app["clientId"], "state": "xyz",
                                             "redirect_uri": app["redirectUri"]})
    assert redirect.status_code == 302 and "state=xyz" in redirect.headers["location"]


def test_guest_login_item_98(emu: Emulator, anon: httpx.Client) -> None:
    issuer = emu.guest_issuer
    claims = {"sub": "g-1", "name": "Guest", "iss": issuer["id"], "exp": int(time.time()) + 60}
    token = jwt.encode(claims, base64.b64decode(issuer["secret"]), algorithm="HS256")
    login = ok(anon.post("jwt/login", headers={"Authorization": f"Bearer {token}"}))
    assert set(login) == {"token", "expiresIn"}
    forged = jwt.encode(claims, b"not-the-issuer-secret-but-long-enough!!", algorithm="HS256")
    error(anon.post("jwt/login", headers={"Authorization": f"Bearer {forged}"}), 401)
    expired = jwt.encode({**claims, "exp": 1}, base64.b64decode(issuer["secret"]), "HS256")
    error(anon.post("jwt/login", headers={"Authorization": f"Bearer {expired}"}), 401)
