"""Holding back new requests to an endpoint while a call there waits out a 429.

Without it every call of a busy client sends once more into the limit and collects a
429 of its own: at a concurrency of 20, a storm of refused requests per window, and
each one can extend the penalty. Webex counts per resource (``GET /messages`` per
room, for one), so the gate is per endpoint: the method and the URL with its query.
Calls to other endpoints go on.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Generic, TypeVar

import httpx

if TYPE_CHECKING:
    import asyncio

__all__ = ["AsyncGate", "SyncGate"]

E = TypeVar("E", threading.Event, "asyncio.Event")


class _Gate(Generic[E]):
    """The bookkeeping both faces share: which endpoints are closed, each with the event
    that opens it."""

    def __init__(self) -> None:
        self._closed: dict[str, E] = {}
        self._lock = threading.Lock()

    def _new_event(self) -> E:
        raise NotImplementedError

    @property
    def active(self) -> bool:
        """Whether any endpoint is closed (the hot path checks only this)."""
        return bool(self._closed)

    def is_closed(self, request: httpx.Request) -> bool:
        """Whether a call is waiting out a 429 on this request's endpoint."""
        return self._opened(request) is not None

    def _opened(self, request: httpx.Request) -> E | None:
        # Per request: the key (the URL as text) is only built when something is closed.
        return self._closed.get(_key(request)) if self._closed else None

    def closed_after(self, response: httpx.Response) -> contextlib.AbstractContextManager[None]:
        """Close the response's endpoint for the wait that follows it, when it was a 429."""
        if response.status_code != 429:
            return contextlib.nullcontext()
        return self._holding(_key(response.request))

    @contextlib.contextmanager
    def _holding(self, key: str) -> Iterator[None]:
        # The first call to have waited out its Retry-After opens the endpoint: that is
        # when Webex said to come back, and the calls refused after it have nothing newer
        # to say. A 429 after that closes it again.
        with self._lock:
            opened = self._closed.setdefault(key, self._new_event())
        try:
            yield
        finally:
            with self._lock:
                if self._closed.get(key) is opened:
                    del self._closed[key]
            opened.set()


def _key(request: httpx.Request) -> str:
    return f"{request.method} {request.url}"


class SyncGate(_Gate[threading.Event]):
    """The gate for threads."""

    def _new_event(self) -> threading.Event:
        return threading.Event()

    def wait(self, request: httpx.Request) -> None:
        """Block until no call is waiting out a 429 on this request's endpoint."""
        opened = self._opened(request)
        if opened is not None:
            opened.wait()


class AsyncGate(_Gate["asyncio.Event"]):
    """The gate for asyncio tasks."""

    def _new_event(self) -> asyncio.Event:
        import asyncio  # only async clients pay for importing asyncio

        return asyncio.Event()

    async def wait(self, request: httpx.Request) -> None:
        """Wait until no task is waiting out a 429 on this request's endpoint."""
        opened = self._opened(request)
        if opened is not None:
            await opened.wait()
