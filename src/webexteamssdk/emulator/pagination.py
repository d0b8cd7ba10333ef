"""Position-stable cursors: a cursor encodes the sort key of the last item served."""

from __future__ import annotations

import base64
import binascii
import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from .exceptions import WebexError

T = TypeVar("T")
Key = tuple[str, int]


@dataclass(frozen=True)
class PageRequest:
    """Page size and the opaque cursor of the previous page (None for the first page)."""

    max: int
    cursor: str | None = None


def encode_cursor(key: Key) -> str:
    """Encode a sort key as an opaque cursor."""
    text = f"{key[1]}|{key[0]}".encode()
    return base64.urlsafe_b64encode(text).rstrip(b"=").decode("ascii")


def decode_cursor(cursor: str) -> Key:
    """Decode a cursor made by :func:`encode_cursor` (400 if it is not one)."""
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("utf-8")
        seq, _, primary = text.partition("|")
        return primary, int(seq)
    except (binascii.Error, ValueError):
        raise WebexError(400, "Invalid cursor.") from None


def take_page(
    records: Iterable[T], key: Callable[[T], Key], page: PageRequest, *, descending: bool
) -> tuple[list[T], str | None]:
    """Sort ``records`` by ``key``; return the page after ``page.cursor`` and the next cursor."""
    ordered = sorted(records, key=key, reverse=descending)
    if page.cursor:
        after = decode_cursor(page.cursor)
        if descending:
            ordered = [r for r in ordered if key(r) < after]
        else:
            ordered = [r for r in ordered if key(r) > after]
    chunk = ordered[: page.max]
    more = len(ordered) > page.max
    return chunk, (encode_cursor(key(chunk[-1])) if more and chunk else None)


def take_sorted_page(
    records: Sequence[T], key: Callable[[T], Key], page: PageRequest, *, descending: bool
) -> tuple[list[T], str | None]:
    """Like :func:`take_page` for ``records`` already in ascending key order.

    The cursor is found by bisection and only the page is touched, so a page costs
    O(log n + page size) however long the list is.
    """
    if descending:
        end = len(records)
        if page.cursor:
            end = bisect.bisect_left(records, decode_cursor(page.cursor), key=key)
        start = max(0, end - page.max)
        chunk, more = list(reversed(records[start:end])), start > 0
    else:
        start = 0
        if page.cursor:
            start = bisect.bisect_right(records, decode_cursor(page.cursor), key=key)
        chunk, more = list(records[start:start + page.max]), start + page.max < len(records)
    return chunk, (encode_cursor(key(chunk[-1])) if more and chunk else None)
