"""Retries, timeouts and faults, counted on the emulator: nothing lost, nothing doubled."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from webexteamssdk import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    MalformedResponse,
    RateLimitWarning,
    RequestLimits,
    RetryPolicy,
    WebexTeamsAPI,
)
from webexteamssdk._gate import SyncGate
from webexteamssdk._limits import SyncLimiter, _Pacer
from webexteamssdk._retry import Attempts, delay_after_error, delay_after_response
from webexteamssdk.emulator import Emulator

from .conftest import FakeSleep

ROOM_TITLE = "Reliability"


@pytest.fixture
def api(webex_emulator: Any, fake_sleep: FakeSleep) -> Iterator[WebexTeamsAPI]:
    client = WebexTeamsAPI(
        webex_emulator.token("alice@example.com"),
        base_url=webex_emulator.base_url,
        sleep=fake_sleep,
    )
    yield client
    client.close()


def stored_texts(emulator: Any) -> list[str]:
    return sorted(m.get("text", "") for m in emulator.store.all_messages())


def logged(emulator: Any, method: str, path_part: str) -> int:
    return sum(
        1 for r in emulator.requests if r["method"] == method and path_part in r["path"]
    )


def test_get_survives_a_5xx_burst(api: WebexTeamsAPI, webex_emulator: Any) -> None:
    room = api.rooms.create(ROOM_TITLE)
    webex_emulator.clear_requests()
    webex_emulator.fail_next(503, count=2, path="/v1/rooms/")
    assert api.rooms.get(room.id).id == room.id
    assert logged(webex_emulator, "GET", "/v1/rooms/") == 3


def test_final_error_keeps_the_last_response(
    api: WebexTeamsAPI, webex_emulator: Any, fake_sleep: FakeSleep
) -> None:
    webex_emulator.clear_requests()
    webex_emulator.fail_next(502, count=10, path="/v1/people/me")
    with pytest.raises(ApiError) as caught:
        api.people.me()
    assert caught.value.response.status_code == 502
    assert logged(webex_emulator, "GET", "/v1/people/me") == 4  # 1 try + 3 retries
    assert len(fake_sleep.calls) == 3
    assert fake_sleep.calls == sorted(fake_sleep.calls)  # exponential backoff


def test_post_is_not_repeated_after_a_5xx(api: WebexTeamsAPI, webex_emulator: Any) -> None:
    room = api.rooms.create(ROOM_TITLE)
    webex_emulator.fail_next(503, count=1, path="/v1/messages", method="POST")
    with pytest.raises(ApiError) as caught:
        api.messages.create(room.id, text="once")
    assert caught.value.status_code == 503
    assert stored_texts(webex_emulator) == []
    assert api.messages.create(room.id, text="once").text == "once"
    assert stored_texts(webex_emulator) == ["once"]


def test_dropped_connections(api: WebexTeamsAPI, webex_emulator: Any) -> None:
    room = api.rooms.create(ROOM_TITLE)
    webex_emulator.drop_next(count=1, path="/v1/rooms/", method="GET")
    assert api.rooms.get(room.id).title == ROOM_TITLE  # idempotent: retried
    webex_emulator.clear_requests()
    webex_emulator.drop_next(count=1, path="/v1/messages", method="POST")
    with pytest.raises(ApiConnectionError):
        api.messages.create(room.id, text="maybe")
    assert logged(webex_emulator, "POST", "/v1/messages") == 1  # never resent
    assert stored_texts(webex_emulator) == []


def test_post_is_retried_when_it_cannot_have_been_sent(fake_sleep: FakeSleep) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if len(calls) == 1:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json={"id": "m1"})

    with WebexTeamsAPI(
        "t", base_url="https://webex.test/v1/", transport=httpx.MockTransport(handler),
        sleep=fake_sleep,
    ) as client:
        assert client.messages.create("r", text="x").id == "m1"
    assert calls == ["POST", "POST"]


def test_slow_response_times_out_and_post_is_not_duplicated(webex_emulator: Any) -> None:
    token = webex_emulator.token("alice@example.com")
    with WebexTeamsAPI(
        token, base_url=webex_emulator.base_url, single_request_timeout=0.1,
        retry=RetryPolicy(max_retries=1, backoff_factor=0.0),
    ) as client:
        room = client.rooms.create(ROOM_TITLE)
        webex_emulator.delay_next(0.3, count=1, path="/v1/rooms/", method="GET")
        assert client.rooms.get(room.id).id == room.id  # read timeout on GET: retried
        webex_emulator.clear_requests()
        webex_emulator.delay_next(0.3, count=1, path="/v1/messages", method="POST")
        started = time.monotonic()
        with pytest.raises(ApiTimeoutError):
            client.messages.create(room.id, text="slow")
        assert time.monotonic() - started < 1.0
    time.sleep(0.4)  # let the delayed request finish on the server side
    # A read timeout may come after the server acted, so the POST is not resent.
    assert logged(webex_emulator, "POST", "/v1/messages") <= 1
    assert len(stored_texts(webex_emulator)) <= 1


def test_malformed_json_is_reported(api: WebexTeamsAPI, webex_emulator: Any) -> None:
    webex_emulator.malformed_next(count=1, path="/v1/people/me")
    with pytest.raises(MalformedResponse):
        api.people.me()


def test_next_link_to_another_origin_is_refused(
    api: WebexTeamsAPI, webex_emulator: Any
) -> None:
    created = {api.rooms.create(f"{ROOM_TITLE} {n}").id for n in range(3)}
    # The other origin is a live server: following the link would reach it, token and all.
    with Emulator() as other:
        webex_emulator.foreign_link_next(other.url, path="/v1/rooms")
        with pytest.raises(MalformedResponse, match="another origin"):
            list(api.rooms.list(max=1))
        assert other.requests == []
    # Nothing was lost or doubled: a fresh listing sees every room exactly once.
    listed = [room.id for room in api.rooms.list(max=1)]
    assert sorted(listed) == sorted(created)
    assert webex_emulator.store.counts()["rooms"] == 3


class CountingGate(SyncGate):
    """Counts the calls held back, so a test knows when they are all waiting."""

    def __init__(self, expected: int) -> None:
        super().__init__()
        self.held, self.all_held, self.expected = 0, threading.Event(), expected

    def wait(self, request: httpx.Request) -> None:
        if self.is_closed(request):
            self.held += 1
            if self.held == self.expected:
                self.all_held.set()
        super().wait(request)


def test_a_429_holds_back_other_calls_to_its_endpoint(webex_emulator: Any) -> None:
    sleeping, release, waits = threading.Event(), threading.Event(), []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        sleeping.set()
        release.wait(10)

    api = WebexTeamsAPI(webex_emulator.token("alice@example.com"),
                        base_url=webex_emulator.base_url, sleep=sleep)
    gate = api._session._gate = CountingGate(expected=3)
    room = api.rooms.create(ROOM_TITLE)
    webex_emulator.fail_next(429, count=1, retry_after=3, path="/v1/messages", method="POST")
    with ThreadPoolExecutor(4) as pool, pytest.warns(RateLimitWarning):
        first = pool.submit(api.messages.create, room.id, text="first")
        assert sleeping.wait(10)
        others = [pool.submit(api.messages.create, room.id, text=f"n{n}") for n in range(3)]
        assert gate.all_held.wait(10)
        # Held back, not sent into the limit: the server saw only the refused POST, while
        # another endpoint is not held.
        assert api.people.me().emails == ["alice@example.com"]
        assert [r["status"] for r in webex_emulator.requests
                if r["method"] == "POST" and r["path"] == "/v1/messages"] == [429]
        release.set()
        [f.result() for f in [first, *others]]
    assert waits == [3.0]
    assert stored_texts(webex_emulator) == ["first", "n0", "n1", "n2"]
    assert logged(webex_emulator, "POST", "/v1/messages") == 5
    api.close()


def test_retry_switched_off_and_logged(
    webex_emulator: Any, caplog: pytest.LogCaptureFixture, fake_sleep: FakeSleep
) -> None:
    token = webex_emulator.token("alice@example.com")
    caplog.set_level(logging.DEBUG, logger="webexteamssdk")
    with WebexTeamsAPI(token, base_url=webex_emulator.base_url, sleep=fake_sleep) as client:
        webex_emulator.fail_next(504, count=1, path="/v1/people/me")
        client.people.me()
        assert any("Retrying GET" in r.getMessage() for r in caplog.records)
        strict = client.with_retry(RetryPolicy.disabled())
        webex_emulator.fail_next(504, count=1, path="/v1/people/me")
        with pytest.raises(ApiError):
            strict.people.me()
        assert client.people.me().emails == ["alice@example.com"]


def test_backoff_is_capped_exponential_with_seeded_jitter() -> None:
    policy = RetryPolicy(max_retries=6, backoff_factor=0.5, backoff_max=4.0, jitter=0.5)
    assert [policy.backoff(n, lambda: 0.0) for n in range(5)] == [0.5, 1.0, 2.0, 4.0, 4.0]
    assert policy.backoff(1, lambda: 1.0) == 0.5
    request = httpx.Request("POST", "https://x.test/")
    error = httpx.ReadTimeout("slow", request=request)
    assert delay_after_error(error, "POST", policy, Attempts()) is None
    assert delay_after_error(error, "GET", policy, Attempts(), lambda: 0.0) == 0.5
    response = httpx.Response(423, headers={"Retry-After": "4"}, request=request)
    assert delay_after_response(response, policy, Attempts(), False) == 4.0


def test_limiter_bounds_concurrency() -> None:
    lock, active, peak = threading.Lock(), [0], [0]

    def handler(request: httpx.Request) -> httpx.Response:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.01)
        with lock:
            active[0] -= 1
        return httpx.Response(200, json={"id": "me"})

    with WebexTeamsAPI(
        "t", base_url="https://webex.test/v1/", transport=httpx.MockTransport(handler),
        limits=RequestLimits(max_concurrent=2),
    ) as client:
        threads = [threading.Thread(target=client.people.me) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert peak[0] == 2


def test_limiter_paces_requests_per_second() -> None:
    now = [100.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(round(seconds, 6))
        now[0] += seconds

    limiter = SyncLimiter(RequestLimits(per_second=4), sleep, clock=lambda: now[0])
    for _ in range(5):
        with limiter.slot():
            pass
    assert waits == [0.25, 0.25, 0.25, 0.25]
    pacer = _Pacer(2)
    assert [pacer.reserve(0.0) for _ in range(3)] == [0.0, 0.5, 1.0]
    with pytest.raises(ValueError):
        RequestLimits(max_concurrent=0)


Factory = Callable[..., Any]


def test_connect_and_read_timeouts_are_separate() -> None:
    with WebexTeamsAPI("t", single_request_timeout=30, connect_timeout=2.5) as client:
        timeout = client._session._client.timeout
        assert (timeout.connect, timeout.read, timeout.write) == (2.5, 30, 30)
        client.single_request_timeout = 10
        assert (timeout := client._session._client.timeout).connect == 2.5
        assert timeout.read == 10
    with pytest.raises(ValueError, match="connect_timeout"):
        WebexTeamsAPI("t", connect_timeout=0)


def test_async_face_retries_the_same_way(webex_emulator: Any) -> None:
    import asyncio

    from webexteamssdk import AsyncWebexTeamsAPI

    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    async def scenario() -> None:
        async with AsyncWebexTeamsAPI(
            webex_emulator.token("alice@example.com"), base_url=webex_emulator.base_url,
            sleep=sleep,
        ) as client:
            room = await client.rooms.create(ROOM_TITLE)
            webex_emulator.fail_next(503, count=2, path="/v1/rooms/")
            webex_emulator.drop_next(count=1, path="/v1/rooms/")
            assert (await client.rooms.get(room.id)).id == room.id
            webex_emulator.drop_next(count=1, path="/v1/messages", method="POST")
            with pytest.raises(ApiConnectionError):
                await client.messages.create(room.id, text="once")

    asyncio.run(scenario())
    assert len(waits) == 3
    assert stored_texts(webex_emulator) == []
