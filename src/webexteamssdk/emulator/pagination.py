"""Position-stable cursors: a cursor encodes the sort key of the last item served."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterable
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
