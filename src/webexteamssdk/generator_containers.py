"""Lazy, re-iterable results of list calls."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any, Generic, TypeVar

__all__ = ["AsyncGeneratorContainer", "DefaultMax", "GeneratorContainer"]

T = TypeVar("T")


class DefaultMax(int):
    """An ``int`` that marks a list method's default ``max`` (it reads as the number).

    ``container[:n]`` lowers ``max`` to ``n`` only when the caller did not choose a
    ``max``; a default marked this way tells the two cases apart while the method's
    signature still shows the documented number.
    """

    def __repr__(self) -> str:
        return int.__repr__(self)


def _sliced_params(params: Mapping[str, Any], index: object) -> dict[str, Any]:
    """Check a slice and lower the page size to its stop when no ``max`` was chosen."""
    if not isinstance(index, slice):
        raise TypeError(
            "list results support slices only, e.g. rooms[:10]; use list(...) for indexing"
        )
    if index.step is not None and index.step <= 0:
        raise ValueError("the slice step must be positive")
    sliced = dict(params)
    given = sliced.get("max")
    chosen = given is not None and type(given) is not DefaultMax
    if index.stop is not None and index.stop > 0 and not chosen:
        sliced["max"] = index.stop
    return sliced


class GeneratorContainer(Generic[T]):
    """The result of a ``list`` call: iterate it to page through the items.

    No request is made until iteration starts, and every new iteration makes fresh
    requests, so a container can be iterated many times and always shows live data.
    ``container[:n]`` yields at most ``n`` items and, when no ``max`` was given,
    asks Webex for pages of ``n``.
    """

    def __init__(
        self, fetch: Callable[[Mapping[str, Any]], Iterator[T]], params: Mapping[str, Any]
    ) -> None:
        self._fetch = fetch
        self._params = dict(params)

    def __iter__(self) -> Iterator[T]:
        return self._fetch(self._params)

    def __getitem__(self, index: slice) -> Iterator[T]:
        params = _sliced_params(self._params, index)
        return itertools.islice(self._fetch(params), index.start, index.stop, index.step)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} params={self._params!r}>"


class AsyncGeneratorContainer(Generic[T]):
    """The result of an async ``list`` call: ``async for item in container``.

    Like ``GeneratorContainer``: lazy, re-iterable (every ``async for`` makes fresh
    requests), and ``container[:n]`` yields at most ``n`` items.
    """

    def __init__(
        self, fetch: Callable[[Mapping[str, Any]], AsyncIterator[T]], params: Mapping[str, Any]
    ) -> None:
        self._fetch = fetch
        self._params = dict(params)

    def __aiter__(self) -> AsyncIterator[T]:
        return self._fetch(self._params)

    def __getitem__(self, index: slice) -> AsyncIterator[T]:
        params = _sliced_params(self._params, index)
        return _aislice(self._fetch(params), index.start or 0, index.stop, index.step or 1)

    async def to_list(self) -> list[T]:
        """Collect every item into a list."""
        return [item async for item in self]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} params={self._params!r}>"


async def _aislice(
    items: AsyncIterator[T], start: int, stop: int | None, step: int
) -> AsyncIterator[T]:
    position = 0
    async for item in items:
        if stop is not None and position >= stop:
            break
        if position >= start and (position - start) % step == 0:
            yield item
        position += 1
