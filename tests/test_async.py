"""AsyncWebexTeamsAPI: parity with the sync face and end-to-end use against the emulator."""

from __future__ import annotations

import asyncio
import inspect
import subprocess
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

from webexteamssdk import ApiError, AsyncWebexTeamsAPI, Room, WebexTeamsAPI
from webexteamssdk._async.client import ASYNC_GROUPS
from webexteamssdk.api import GROUPS

T = TypeVar("T")
ROOT = Path(__file__).parent.parent


def run(coroutine: Awaitable[T]) -> T:
    return asyncio.run(coroutine)  # type: ignore[arg-type]


def public_methods(cls: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in inspect.getmembers(cls, callable)
        if not name.startswith("_")
    }


def shape(signature: inspect.Signature) -> list[tuple[str, Any, Any]]:
    return [(p.name, p.kind, p.default) for p in signature.parameters.values()]


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_every_group_method_exists_on_both_faces(group: str) -> None:
    sync_methods = public_methods(GROUPS[group])
    async_methods = public_methods(ASYNC_GROUPS[group])
    assert sync_methods.keys() == async_methods.keys()
    for name, signature in sync_methods.items():
        assert shape(signature) == shape(async_methods[name]), f"{group}.{name}"


def test_clients_have_the_same_surface() -> None:
    sync_methods = public_methods(WebexTeamsAPI)
    async_methods = public_methods(AsyncWebexTeamsAPI)
    assert set(sync_methods) - {"close"} == set(async_methods) - {"aclose", "authorize"}
    assert shape(inspect.signature(WebexTeamsAPI.__init__)) == shape(
        inspect.signature(AsyncWebexTeamsAPI.__init__)
    )
    assert set(GROUPS) == set(ASYNC_GROUPS)


def test_generated_async_groups_are_fresh() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_async.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_api_modules_match_the_groups() -> None:
    modules = {p.stem for p in (ROOT / "src" / "webexteamssdk" / "api").glob("*.py")}
    assert modules - {"__init__"} == set(GROUPS)


async def _noop_sleep(seconds: float) -> None:
    await asyncio.sleep(0)


def test_end_to_end(webex_emulator: Any, tmp_path: Path) -> None:
    token = webex_emulator.token("alice@example.com")
    upload = tmp_path / "a.txt"
    upload.write_text("async upload")

    async def scenario() -> None:
        async with AsyncWebexTeamsAPI(token, base_url=webex_emulator.base_url) as api:
            me = await api.people.me()
            assert me.emails == ["alice@example.com"]
            room = await api.rooms.create("Async room")
            assert isinstance(room, Room)
            await api.memberships.create(room.id, personEmail="bob@example.com")
            for number in range(5):
                await api.messages.create(room.id, text=f"m{number}")
            file_message = await api.messages.create(room.id, files=[str(upload)])
            assert file_message.files
            texts = [m.text async for m in api.messages.list(room.id, max=2)]
            assert texts[1:] == ["m4", "m3", "m2", "m1", "m0"]
            first_two = [m.id async for m in api.messages.list(room.id)[:2]]
            assert len(first_two) == 2
            emails = [m.personEmail for m in await api.memberships.list(roomId=room.id).to_list()]
            assert sorted(emails) == ["alice@example.com", "bob@example.com"]
            await api.rooms.delete(room.id)
            with pytest.raises(ApiError) as caught:
                await api.rooms.get(room.id)
            assert caught.value.status_code == 404

    run(scenario())


def test_type_errors_are_raised_when_awaited(webex_emulator: Any) -> None:
    async def scenario() -> None:
        api = AsyncWebexTeamsAPI("t", base_url=webex_emulator.base_url)
        try:
            with pytest.raises(TypeError, match="roomId must be str"):
                await api.rooms.get(42)  # type: ignore[arg-type]
        finally:
            await api.aclose()

    run(scenario())


def test_fifty_concurrent_calls_in_a_429_storm(webex_emulator: Any) -> None:
    token = webex_emulator.token("alice@example.com")
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        await asyncio.sleep(0)

    async def scenario() -> None:
        async with AsyncWebexTeamsAPI(
            token, base_url=webex_emulator.base_url, sleep=sleep
        ) as api:
            room = await api.rooms.create("Storm")
            webex_emulator.fail_next(429, count=50, retry_after=2)
            with pytest.warns(Warning):
                await asyncio.gather(
                    *(api.messages.create(room.id, text=f"n{n}") for n in range(50))
                )
            texts = sorted([m.text or "" async for m in api.messages.list(room.id)])
        assert texts == sorted(f"n{n}" for n in range(50))

    run(scenario())
    assert len(waits) == 50 and set(waits) == {2.0}
    stored = [m for m in webex_emulator.store.all_messages()]
    assert len(stored) == 50


def test_next_link_to_another_origin_is_refused(webex_emulator: Any) -> None:
    from webexteamssdk import MalformedResponse
    from webexteamssdk.emulator import Emulator

    token = webex_emulator.token("alice@example.com")

    async def scenario(other_url: str) -> list[str]:
        async with AsyncWebexTeamsAPI(token, base_url=webex_emulator.base_url) as api:
            for n in range(3):
                await api.rooms.create(f"Paged {n}")
            webex_emulator.foreign_link_next(other_url, path="/v1/rooms")
            with pytest.raises(MalformedResponse, match="another origin"):
                [room async for room in api.rooms.list(max=1)]
            return [room.id async for room in api.rooms.list(max=1)]

    with Emulator() as other:
        listed = run(scenario(other.url))
        assert other.requests == []
    assert len(listed) == len(set(listed)) == webex_emulator.store.counts()["rooms"] == 3


def test_a_429_holds_back_other_tasks_on_its_endpoint(webex_emulator: Any) -> None:
    import httpx

    from webexteamssdk import RateLimitWarning
    from webexteamssdk._gate import AsyncGate

    token = webex_emulator.token("alice@example.com")
    waits: list[float] = []

    class CountingGate(AsyncGate):
        held = 0

        async def wait(self, request: httpx.Request) -> None:
            self.held += self.is_closed(request)
            await super().wait(request)

    async def until(condition: Callable[[], bool]) -> bool:
        """Let the other tasks run until ``condition`` holds (bounded: never hangs)."""
        for _ in range(100_000):
            if condition():
                return True
            await asyncio.sleep(0)
        return False

    def posts() -> list[int]:
        return [r["status"] for r in webex_emulator.requests
                if r["method"] == "POST" and r["path"] == "/v1/messages"]

    async def scenario() -> None:
        release = asyncio.Event()

        async def sleep(seconds: float) -> None:
            waits.append(seconds)
            await release.wait()

        async with AsyncWebexTeamsAPI(token, base_url=webex_emulator.base_url,
                                      sleep=sleep) as api:
            gate = api._session._gate = CountingGate()
            room = await api.rooms.create("Gated")
            webex_emulator.fail_next(429, count=1, retry_after=2, path="/v1/messages")
            first = asyncio.ensure_future(api.messages.create(room.id, text="first"))
            assert await until(lambda: bool(waits))
            others = [asyncio.ensure_future(api.messages.create(room.id, text=f"n{n}"))
                      for n in range(20)]
            assert await until(lambda: gate.held == 20)
            assert posts() == [429]  # held back, not sent into the limit
            release.set()
            await asyncio.gather(first, *others)

    with pytest.warns(RateLimitWarning):
        run(scenario())
    assert waits == [2.0] and posts().count(200) == 21
    assert len(webex_emulator.store.all_messages()) == 21


def test_oauth_arguments_exchange_on_enter() -> None:
    import httpx

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/access_token"):
            return httpx.Response(200, json={"access_token": "fresh", "refresh_token": "r"})
        return httpx.Response(200, json={"id": "me", "auth": request.headers["authorization"]})

    async def scenario() -> None:
        transport = httpx.MockTransport(handler)
        async with AsyncWebexTeamsAPI(
            client_id="c", client_secret="s", oauth_code="code", redirect_uri="u",
            base_url="https://webex.test/v1/", transport=transport,
        ) as api:
            assert (await api.people.me()).auth == "Bearer fresh"
        api2 = await AsyncWebexTeamsAPI.from_oauth_refresh(
            "c", "s", "r", base_url="https://webex.test/v1/", transport=transport
        )
        assert api2.refresh_token == "r"
        await api2.aclose()

    run(scenario())


Factory = Callable[..., Any]
