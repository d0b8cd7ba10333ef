"""One benchmark workload through one client, in its own process; prints a JSON result.

Run by ``bench/run.py`` with the interpreter of the client's virtual environment::

    python bench/workloads.py CLIENT WORKLOAD BASE_URL TOKEN ROOM_ID [COUNT]

CLIENT is ``ours``, ``ours-async``, ``httpx``, ``httpx-async``, ``wts17`` (webexteamssdk
1.7) or ``wps206`` (webexpythonsdk 2.0.6). Nothing here is imported by the package.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
import tracemalloc
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

CONCURRENCY = 20
WALKS = 15  # per (b) run: a walk is short, and this machine is shared


def sdk(client: str, base_url: str, token: str) -> Any:
    """Build the SDK object of ``client``."""
    if client == "wps206":
        from webexpythonsdk import WebexAPI

        return WebexAPI(access_token=token, base_url=base_url)
    from webexteamssdk import WebexTeamsAPI

    return WebexTeamsAPI(access_token=token, base_url=base_url)


def raw(base_url: str, token: str) -> Any:
    """A plain keep-alive httpx client: the floor every SDK is compared with."""
    import httpx

    return httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"})


def get_room(client: str, base_url: str, token: str, room_id: str, count: int) -> dict[str, Any]:
    """(a) ``count`` sequential rooms.get: CPU seconds per call."""
    if client == "httpx":
        http = raw(base_url, token)
        call: Callable[[], Any] = lambda: http.get(f"rooms/{room_id}").json()  # noqa: E731
    else:
        api = sdk(client, base_url, token)
        call = lambda: api.rooms.get(room_id)  # noqa: E731
    call()  # connect first
    started = time.process_time()
    for _ in range(count):
        call()
    return {"cpu_per_call": (time.process_time() - started) / count}


def _iterator(client: str, base_url: str, token: str, room_id: str) -> Callable[[], int]:
    """Build the client (imports included) and return a call that iterates every message.

    Imports and construction stay outside the measured region: (e) measures imports.
    """
    if client == "httpx":
        http = raw(base_url, token)

        def walk() -> int:
            seen = 0
            response = http.get("messages", params={"roomId": room_id, "max": 100})
            while True:
                seen += len(response.json()["items"])
                link = response.links.get("next", {}).get("url")
                if not link:
                    return seen
                response = http.get(link)

        return walk
    api = sdk(client, base_url, token)
    return lambda: sum(1 for _ in api.messages.list(room_id, max=100))


def iterate(client: str, base_url: str, token: str, room_id: str, count: int) -> dict[str, Any]:
    """(b) iterate every message of the room in pages of 100: items per second.

    One walk takes a tenth of a second, so one unmeasured walk warms the connection
    and the code paths, then the median of ``WALKS`` walks is reported.
    """
    walk = _iterator(client, base_url, token, room_id)
    walk()
    rates, cpu = [], []
    for _ in range(WALKS):
        started, cpu_started = time.perf_counter(), time.process_time()
        seen = walk()
        rates.append(seen / (time.perf_counter() - started))
        cpu.append((time.process_time() - cpu_started) / seen)
    return {"items": seen, "items_per_second": statistics.median(rates),
            "cpu_per_item": statistics.median(cpu)}


def iterate_memory(
    client: str, base_url: str, token: str, room_id: str, count: int
) -> dict[str, Any]:
    """(b, memory pass) peak traced memory while iterating the messages."""
    walk = _iterator(client, base_url, token, room_id)
    walk()  # a first pass pays for lazy imports and the connection: not iteration memory
    tracemalloc.start()
    walk()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"peak_bytes": peak}


def create(client: str, base_url: str, token: str, room_id: str, count: int) -> dict[str, Any]:
    """(c, d) ``count`` message creates: wall time and how many were sent."""
    if client == "ours-async":
        import webexteamssdk  # noqa: F401  (imports are measured by (e), not here)

        started = time.perf_counter()
        asyncio.run(_create_async_sdk(base_url, token, room_id, count))
    elif client == "httpx-async":
        import httpx  # noqa: F401

        started = time.perf_counter()
        asyncio.run(_create_async_raw(base_url, token, room_id, count))
    elif client == "httpx":
        http = raw(base_url, token)
        started = time.perf_counter()
        for n in range(count):
            http.post("messages", json={"roomId": room_id, "text": f"bench {n}"}).raise_for_status()
    else:
        api = sdk(client, base_url, token)
        started = time.perf_counter()
        for n in range(count):
            api.messages.create(room_id, text=f"bench {n}")
    return {"wall": time.perf_counter() - started, "sent": count}


async def _create_async_sdk(base_url: str, token: str, room_id: str, count: int) -> None:
    from webexteamssdk import AsyncWebexTeamsAPI, RequestLimits

    per_second = float(sys.argv[7]) if len(sys.argv) > 7 else None
    limits = RequestLimits(max_concurrent=CONCURRENCY, per_second=per_second)
    async with AsyncWebexTeamsAPI(token, base_url=base_url, limits=limits) as api:
        await asyncio.gather(
            *(api.messages.create(room_id, text=f"bench {n}") for n in range(count))
        )


async def _create_async_raw(base_url: str, token: str, room_id: str, count: int) -> None:
    import httpx

    gate = asyncio.Semaphore(CONCURRENCY)
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=base_url, headers=headers) as http:

        async def one(n: int) -> None:
            async with gate:
                response = await http.post("messages", json={"roomId": room_id, "text": str(n)})
                response.raise_for_status()

        await asyncio.gather(*(one(n) for n in range(count)))


def import_time(client: str, *_: Any) -> dict[str, Any]:
    """(e) seconds to import the package (measured inside the process)."""
    started = time.perf_counter()
    if client == "wps206":
        import webexpythonsdk  # noqa: F401
    else:
        import webexteamssdk  # noqa: F401
    return {"import_seconds": time.perf_counter() - started}


def objects_memory(client: str, *_: Any) -> dict[str, Any]:
    """(f) memory held by 100,000 Message objects built from parsed page JSON."""
    item = {"id": "Y2lzY29zcGFyazovL3VzL01FU1NBR0UvMTIz", "roomType": "group",
            "roomId": "Y2lzY29zcGFyazovL3VzL1JPT00v", "text": "hello world",
            "personId": "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8", "personEmail": "alice@example.com",
            "created": "2026-11-24T10:00:00.000Z"}
    text = json.dumps({"items": [dict(item, id=f"{item['id']}{n}") for n in range(100_000)]})
    if client == "wps206":
        from webexpythonsdk.models.immutable import Message
    else:
        from webexteamssdk.models.immutable import Message
    hook = OrderedDict if client in ("wts17", "wps206") else None
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    items = json.loads(text, object_hook=hook)["items"]
    held = [Message(data) for data in items]
    used = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    return {"bytes": used, "objects": len(held)}


WORKLOADS: dict[str, Callable[..., dict[str, Any]]] = {
    "get_room": get_room,
    "iterate": iterate,
    "iterate_memory": iterate_memory,
    "create": create,
    "import_time": import_time,
    "objects_memory": objects_memory,
}

if __name__ == "__main__":
    name, workload = sys.argv[1], sys.argv[2]
    arguments: list[Any] = sys.argv[3:6]
    count = int(sys.argv[6]) if len(sys.argv) > 6 else 0
    print(json.dumps(WORKLOADS[workload](name, *arguments, count)))
