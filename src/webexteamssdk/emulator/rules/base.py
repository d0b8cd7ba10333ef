"""Shared state of the store: records, indexes, the lock and the clock."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from .. import ids
from ..exceptions import WebexError

Json = dict[str, Any]
ROOM_NOT_FOUND = "Could not find a room with provided ID."
NOT_FOUND = "The requested resource could not be found."


@dataclass
class Person:
    """A person (or bot) and its access token."""

    data: Json
    seq: int
    admin: bool = False
    token: str | None = None


@dataclass
class Room:
    """A room; ``members`` maps person id to membership id in join order."""

    data: Json
    seq: int
    members: dict[str, str] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)


@dataclass
class Membership:
    """A membership of a person in a room."""

    data: Json
    seq: int


@dataclass
class Message:
    """A message; ``created`` is kept as a datetime for ``before`` filters."""

    data: Json
    seq: int
    created: datetime
    edits: int = 0


@dataclass
class Content:
    """An uploaded file and its anti-malware scan state."""

    body: bytes
    content_type: str
    filename: str
    room_id: str
    state: str = "clean"
    retry_after: int = 5


class StoreBase:
    """Records and indexes shared by all rule mixins. All access holds ``self.lock``."""

    def __init__(self, seed: Json, clock: Callable[[], datetime] | None = None) -> None:
        self.lock = threading.RLock()
        self.clock = clock or ids.utc_now
        self.seed = seed
        self.max_file_bytes = 100 * 1024 * 1024
        self.clear()

    def clear(self) -> None:
        """Drop every record (the seed is loaded by :meth:`Store.reset`)."""
        with self.lock:
            self.people: dict[str, Person] = {}
            self.tokens: dict[str, str] = {}
            self.emails: dict[str, str] = {}
            self.orgs: list[Json] = []
            self.rooms: dict[str, Room] = {}
            self.memberships: dict[str, Membership] = {}
            self.messages: dict[str, Message] = {}
            self.contents: dict[str, Content] = {}
            self.direct: dict[frozenset[str], str] = {}
            self._seq = 0
            self._last: datetime | None = None

    def stamp(self) -> tuple[datetime, int]:
        """Return a strictly increasing (millisecond-precision time, sequence number)."""
        now = self.clock()
        now = now.replace(microsecond=now.microsecond // 1000 * 1000)
        if self._last is not None and now <= self._last:
            now = self._last + timedelta(milliseconds=1)
        self._last = now
        self._seq += 1
        return now, self._seq

    @property
    def org_id(self) -> str:
        """The id of the (first) emulated organisation."""
        return str(self.orgs[0]["id"])

    def person(self, person_id: str, message: str = "Person not found") -> Person:
        """Return a person by any accepted id form (404 if unknown)."""
        key = ids.canonical(person_id, "PEOPLE")
        found = self.people.get(key) if key else None
        if found is None:
            raise WebexError(404, message)
        return found

    def room_for(self, caller: str, room_id: str) -> Room:
        """Return a room the caller is a member of (404 otherwise)."""
        key = ids.canonical(room_id, "ROOM")
        room = self.rooms.get(key) if key else None
        if room is None or caller not in room.members:
            raise WebexError(404, ROOM_NOT_FOUND)
        return room

    def emit(self, resource: str, event: str, actor: str, data: Json, audience: set[str]) -> None:
        """Record that ``actor`` changed a resource; ``audience`` may see it (webhooks, events).

        The base store records nothing; the webhook and event rules extend it.
        """

    def is_moderator(self, room: Room, person_id: str) -> bool:
        """Whether ``person_id`` moderates ``room``."""
        membership_id = room.members.get(person_id)
        if membership_id is None:
            return False
        return bool(self.memberships[membership_id].data["isModerator"])
