"""Fixtures for the emulator tests: one server per session, reset before each test.

The tests talk raw HTTP through httpx (never the SDK), so a client bug cannot hide an
emulator bug.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from webexteamssdk.emulator import Emulator

ALICE, BOB, CAROL = "alice@example.com", "bob@example.com", "carol@example.com"
ADMIN, BOT = "admin@example.com", "bot@webex.bot"
ClientFor = Callable[[str], httpx.Client]


@pytest.fixture(scope="session")
def emu_server() -> Iterator[Emulator]:
    with Emulator() as emu:
        yield emu


@pytest.fixture
def emu(emu_server: Emulator) -> Emulator:
    emu_server.reset()
    return emu_server


@pytest.fixture
def client_for(emu: Emulator) -> Iterator[ClientFor]:
    clients: list[httpx.Client] = []

    def make(email: str) -> httpx.Client:
        client = httpx.Client(base_url=emu.base_url, headers=emu.auth(email), timeout=10)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def alice(client_for: ClientFor) -> httpx.Client:
    return client_for(ALICE)


@pytest.fixture
def bob(client_for: ClientFor) -> httpx.Client:
    return client_for(BOB)


@pytest.fixture
def anon(emu: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emu.base_url, timeout=10) as client:
        yield client


def ok(response: httpx.Response, status: int = 200) -> Any:
    """Assert the status and return the JSON body (None for 204)."""
    assert response.status_code == status, response.text
    return response.json() if response.content else None


def error(response: httpx.Response, status: int) -> str:
    """Assert a Webex error response and return its message."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"message", "errors", "trackingId"}
    assert body["errors"] == [{"description": body["message"]}]
    assert body["trackingId"] == response.headers["Trackingid"]
    assert response.headers["content-type"].startswith("application/json")
    return str(body["message"])


def person_id(client: httpx.Client) -> str:
    return str(ok(client.get("people/me"))["id"])


def make_room(client: httpx.Client, title: str = "Room", **fields: Any) -> dict[str, Any]:
    return dict(ok(client.post("rooms", json={"title": title, **fields})))


def add_member(client: httpx.Client, room_id: str, email: str, **fields: Any) -> dict[str, Any]:
    body = {"roomId": room_id, "personEmail": email, **fields}
    return dict(ok(client.post("memberships", json=body)))


def post(client: httpx.Client, room_id: str, text: str = "hi", **fields: Any) -> dict[str, Any]:
    return dict(ok(client.post("messages", json={"roomId": room_id, "text": text, **fields})))


def all_pages(client: httpx.Client, path: str, **params: Any) -> list[dict[str, Any]]:
    """Follow rel="next" links and return every item."""
    response = client.get(path, params=params)
    items = list(ok(response)["items"])
    while "next" in response.links:
        response = client.get(response.links["next"]["url"])
        items += ok(response)["items"]
    return items
