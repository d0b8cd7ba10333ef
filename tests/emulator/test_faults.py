"""Fault injection, latency, rate limiting and the control API."""

from __future__ import annotations

import httpx
import pytest

from webexteamssdk.emulator import Emulator

from .conftest import ALICE, error, make_room, ok


@pytest.fixture
def control(emu: Emulator) -> httpx.Client:
    with httpx.Client(base_url=emu.url + "/_emulator/") as client:
        yield client  # type: ignore[misc]


def test_fail_next_with_retry_after(alice: httpx.Client, emu: Emulator) -> None:
    emu.fail_next(429, count=2, retry_after=3, path="/v1/rooms", method="POST")
    ok(alice.get("people/me"))
    for _ in range(2):
        response = alice.post("rooms", json={"title": "x"})
        error(response, 429)
        assert response.headers["Retry-After"] == "3"
    make_room(alice)
    assert emu.store.counts()["rooms"] == 1


@pytest.mark.parametrize("status", [423, 500, 502, 503, 504])
def test_fail_statuses_via_control_api(alice: httpx.Client, control: httpx.Client,
                                       status: int) -> None:
    ok(control.post("faults", json={"status": status, "count": 1}))
    error(alice.get("people/me"), status)
    ok(alice.get("people/me"))


def test_drop_connection_stores_nothing(alice: httpx.Client, emu: Emulator,
                                        control: httpx.Client) -> None:
    ok(control.post("faults", json={"drop": True, "path": "/v1/rooms"}))
    with pytest.raises(httpx.TransportError):
        alice.post("rooms", json={"title": "x"})
    assert emu.store.counts()["rooms"] == 0
    emu.drop_next()
    with pytest.raises(httpx.TransportError):
        alice.get("people/me")
    ok(alice.get("people/me"))


def test_delay_triggers_client_timeout(emu: Emulator, control: httpx.Client) -> None:
    ok(control.post("faults", json={"delay": 0.3, "count": 1}))
    with httpx.Client(base_url=emu.base_url, headers=emu.auth(ALICE), timeout=0.05) as fast:
        with pytest.raises(httpx.TimeoutException):
            fast.get("people/me")
        emu.delay_next(0.05)
        fast.timeout = httpx.Timeout(5)
        ok(fast.get("people/me"))


def test_malformed_body(alice: httpx.Client, emu: Emulator, control: httpx.Client) -> None:
    ok(control.post("faults", json={"malformed": True}))
    response = alice.get("people/me")
    assert response.status_code == 200
    with pytest.raises(ValueError):
        response.json()
    emu.malformed_next()
    assert alice.get("people/me").status_code == 200


def test_foreign_next_link(alice: httpx.Client, emu: Emulator, control: httpx.Client) -> None:
    for _ in range(3):
        make_room(alice)
    fault = {"foreignLink": "http://other.example:8443", "path": "/v1/rooms"}
    ok(control.post("faults", json=fault))
    first = alice.get("rooms", params={"max": 1}).links["next"]["url"]
    second = alice.get("rooms", params={"max": 1}).links["next"]["url"]
    # Only the next answer is rewritten, and only its origin: path, filters and cursor stay.
    assert first.startswith("http://other.example:8443/v1/rooms?")
    assert second.startswith(emu.base_url + "rooms?")
    assert first.split("/v1/", 1)[1] == second.split("/v1/", 1)[1]
    error(control.post("faults", json={"count": 1}), 400)


def test_clear_faults(alice: httpx.Client, emu: Emulator, control: httpx.Client) -> None:
    emu.fail_next(500, count=5)
    ok(control.delete("faults"), 204)
    ok(alice.get("people/me"))
    emu.fail_next(500, count=5)
    emu.clear_faults()
    ok(alice.get("people/me"))
    error(control.post("faults", json={"count": 1}), 400)


def test_latency(alice: httpx.Client, emu: Emulator, control: httpx.Client) -> None:
    ok(control.put("latency", json={"seconds": 0.01}))
    assert emu.faults.latency == 0.01
    ok(alice.get("people/me"))
    emu.set_latency(0)
    assert emu.faults.active is False


def test_rate_limit(client_for: object, emu: Emulator, control: httpx.Client,
                    alice: httpx.Client, bob: httpx.Client) -> None:
    ok(control.put("rate_limit", json={"perSecond": 2, "retryAfter": 4}))
    statuses = [alice.get("people/me").status_code for _ in range(4)]
    assert statuses[:2] == [200, 200] and 429 in statuses
    response = alice.get("people/me")
    error(response, 429)
    assert response.headers["Retry-After"] == "4"
    ok(bob.get("people/me"))
    ok(control.put("rate_limit", json={"perSecond": None}))
    ok(alice.get("people/me"))
    emu.set_rate_limit(1, retry_after=2)
    emu.set_rate_limit(None)


def test_request_log(alice: httpx.Client, emu: Emulator, control: httpx.Client) -> None:
    emu.clear_requests()
    alice.get("rooms", params={"max": "3"})
    alice.get("nothing")
    log = ok(control.get("requests"))["items"]
    assert log == [
        {"method": "GET", "path": "/v1/rooms", "query": {"max": "3"}, "status": 200},
        {"method": "GET", "path": "/v1/nothing", "query": {}, "status": 404},
    ]
    assert emu.requests == log
    ok(control.delete("requests"), 204)
    assert emu.requests == []


def test_reset_via_control_api(alice: httpx.Client, emu: Emulator, control: httpx.Client) -> None:
    make_room(alice)
    emu.fail_next(500, count=3)
    ok(control.post("reset"))
    assert emu.store.counts()["rooms"] == 0 and emu.requests == []
    ok(alice.get("people/me"))
    state = ok(control.get("state"))
    assert state["tokens"][ALICE] == "emulator-alice-token"
