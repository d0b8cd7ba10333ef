"""A client-side limiter: at most N requests in flight and/or R request starts per second.

Webex answers a burst with 429s; pacing the client keeps it under the limit in the
first place. One limiter is shared by every call of a client (all threads or tasks).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio

__all__ = ["AsyncLimiter", "RequestLimits", "SyncLimiter"]


@dataclass(frozen=True)
class RequestLimits:
    """Client-side request limits, shared by all calls of one client.

    Attributes:
        max_concurrent: At most this many requests in flight at once (None: no limit).
        per_second: At most this many requests started per second (None: no limit).
    """

    max_concurrent: int | None = None
    per_second: float | None = None

    def __post_init__(self) -> None:
        if self.max_concurrent is not None and (
            isinstance(self.max_concurrent, bool)
            or not isinstance(self.max_concurrent, int)
            or self.max_concurrent < 1
        ):
            raise ValueError("RequestLimits.max_concurrent must be a positive int or None")
        if self.per_second is not None and not self.per_second > 0:
            raise ValueError("RequestLimits.per_second must be > 0 or None")


class _Pacer:
    """Spaces request starts evenly: pure bookkeeping over a monotonic clock."""

    def __init__(self, per_second: float) -> None:
        self.interval = 1.0 / per_second
        self.next_start = float("-inf")

    def reserve(self, now: float) -> float:
        """Book the next start; return how long to wait for it."""
        start = max(now, self.next_start)
        self.next_start = start + self.interval
        return start - now


class SyncLimiter:
    """Applies ``RequestLimits`` to threads."""

    def __init__(
        self,
        limits: RequestLimits,
        sleep: Callable[[float], None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        count = limits.max_concurrent
        self._slots = threading.BoundedSemaphore(count) if count else None
        self._pacer = _Pacer(limits.per_second) if limits.per_second else None
        self._lock = threading.Lock()
        self._sleep, self._clock = sleep, clock

    @contextlib.contextmanager
    def slot(self) -> Iterator[None]:
        """Hold a request slot for the duration of the block."""
        if self._slots:
            self._slots.acquire()
        try:
            if self._pacer:
                with self._lock:
                    wait = self._pacer.reserve(self._clock())
                if wait > 0:
                    self._sleep(wait)
            yield
        finally:
            if self._slots:
                self._slots.release()


class AsyncLimiter:
    """Applies ``RequestLimits`` to asyncio tasks."""

    def __init__(
        self,
        limits: RequestLimits,
        sleep: Callable[[float], Awaitable[None]],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._count = limits.max_concurrent
        self._slots: asyncio.Semaphore | None = None
        self._pacer = _Pacer(limits.per_second) if limits.per_second else None
        self._sleep, self._clock = sleep, clock

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold a request slot for the duration of the block."""
        if self._count and self._slots is None:
            import asyncio  # only async clients pay for importing asyncio

            # Created on first use so it binds to the running event loop.
            self._slots = asyncio.Semaphore(self._count)
        if self._slots:
            await self._slots.acquire()
        try:
            if self._pacer:
                wait = self._pacer.reserve(self._clock())
                if wait > 0:
                    await self._sleep(wait)
            yield
        finally:
            if self._slots:
                self._slots.release()
