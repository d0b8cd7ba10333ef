"""Webex ("Hydra") ids and timestamps.

An id is the unpadded base64url encoding of ``ciscospark://us/<TYPE>/<uuid>``; input is accepted
padded or unpadded and in either base64 alphabet, or as a bare UUID.
"""

from __future__ import annotations

import base64
import binascii
import re
import uuid
from datetime import datetime, timezone

from .exceptions import WebexError

PREFIX = "ciscospark://"
_UUID_RE = re.compile(r"^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$")
BAD_ID = "Expect base64 ID or UUID."


def new_uuid() -> str:
    """Return a fresh random UUID string."""
    return str(uuid.uuid4())


def encode(type_: str, raw: str) -> str:
    """Build the public id of a resource of ``type_`` whose UUID part is ``raw``."""
    text = f"{PREFIX}us/{type_}/{raw}".encode()
    return base64.urlsafe_b64encode(text).rstrip(b"=").decode("ascii")


def decode(value: str) -> tuple[str, str] | None:
    """Return ``(TYPE, uuid part)`` of an id, or None when it is not a Hydra id."""
    text = value.strip().replace("+", "-").replace("/", "_").rstrip("=")
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    if not raw.startswith(PREFIX):
        return None
    parts = raw[len(PREFIX) :].split("/", 2)
    if len(parts) != 3 or not parts[1] or not parts[2]:
        return None
    return parts[1], parts[2]


def canonical(value: str, type_: str) -> str | None:
    """Return the emitted form of ``value`` as an id of ``type_`` (None if it is not one)."""
    if _UUID_RE.match(value):
        return encode(type_, value.lower())
    decoded = decode(value)
    if decoded is None or decoded[0] != type_:
        return None
    return encode(type_, decoded[1])


def require(value: str, type_: str) -> str:
    """Like :func:`canonical` but raise 400 "Expect base64 ID or UUID." for a bad id."""
    result = canonical(value, type_)
    if result is None:
        raise WebexError(400, BAD_ID)
    return result


def raw_uuid(value: str) -> str:
    """Return the UUID part of a well-formed id."""
    decoded = decode(value)
    return decoded[1] if decoded else value


def format_time(moment: datetime) -> str:
    """Format a datetime as ``YYYY-MM-DDTHH:MM:SS.mmmZ`` in UTC."""
    utc = moment.astimezone(timezone.utc)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def parse_time(value: str) -> datetime | None:
    """Parse any ISO-8601 timestamp (``Z`` or offset); naive values count as UTC."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def utc_now() -> datetime:
    """The default clock."""
    return datetime.now(timezone.utc)
