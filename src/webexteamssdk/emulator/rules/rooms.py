"""Rooms: group rooms, direct rooms, locking, deletion and meeting info."""

from __future__ import annotations

import hashlib
from typing import Any

from .. import ids
from ..exceptions import WebexError
from ..pagination import Key, PageRequest, take_page
from .base import NOT_FOUND, Json, Membership, Person, Room
from .people import PeopleRules

ROOM_TYPES = ("direct", "group")
SORT_KEYS = ("id", "lastactivity", "created")
_ROOM_FLAGS = ("isLocked", "isPublic", "isAnnouncementOnly", "isReadOnly")
_ROOM_TEXT = ("classificationId", "description", "teamId")


def _enum_error(value: str, type_name: str, names: tuple[str, ...]) -> WebexError:
    return WebexError(400, f"Can not construct instance of {type_name} from String value "
                           f"'{value}': value not one of declared Enum instance names: "
                           f"[{', '.join(names)}]")


def check_room_fields(body: Json, *, title_required: bool = True) -> None:
    """Validate the writable room fields of a POST/PUT body (400 on a bad one)."""
    title = body.get("title")
    if title_required and (not isinstance(title, str) or not title.strip()):
        raise WebexError(400, "Title cannot be empty.")
    for name in _ROOM_FLAGS:
        if name in body and not isinstance(body[name], bool):
            raise WebexError(400, f"{name} must be a boolean.")
    for name in _ROOM_TEXT:
        if name in body and body[name] is not None and not isinstance(body[name], str):
            raise WebexError(400, f"{name} must be a string.")
    if body.get("teamId") == "":
        raise WebexError(404, NOT_FOUND)


class RoomRules(PeopleRules):
    """Rules for ``/rooms``."""

    def add_member(self, room: Room, person: Person, *, moderator: bool = False) -> Membership:
        """Create the membership of ``person`` in ``room``."""
        created, seq = self.stamp()
        pid = person.data["id"]
        mid = ids.encode("MEMBERSHIP", f"{ids.raw_uuid(pid)}:{ids.raw_uuid(room.data['id'])}")
        data: Json = {"id": mid, "roomId": room.data["id"], "personId": pid,
                      "isModerator": moderator, "isMonitor": False, "isRoomHidden": False,
                      "roomType": room.data["type"], "created": ids.format_time(created)}
        membership = Membership(data, seq)
        self.memberships[mid] = membership
        room.members[pid] = mid
        return membership

    def _new_room(self, creator: str, type_: str, extra: Json) -> Room:
        created, seq = self.stamp()
        stamp = ids.format_time(created)
        rid = ids.encode("ROOM", ids.new_uuid())
        data: Json = {"id": rid, "type": type_, "isLocked": False, "lastActivity": stamp,
                      "creatorId": creator, "created": stamp, "ownerId": self.org_id,
                      "isPublic": False, "isAnnouncementOnly": False, "isReadOnly": False}
        data.update({k: v for k, v in extra.items() if v is not None})
        room = Room(data, seq)
        self.rooms[rid] = room
        return room

    def create_room(self, caller: str, body: Json) -> Json:
        """POST /rooms: the caller joins; ``isLocked`` makes them moderator."""
        check_room_fields(body)
        with self.lock:
            extra = {k: body.get(k) for k in (*_ROOM_FLAGS, *_ROOM_TEXT)}
            room = self._new_room(caller, "group", {**extra, "title": body["title"]})
            self.add_member(room, self.people[caller], moderator=bool(body.get("isLocked")))
            rendered = self.render_room(room, caller)
            self.emit("rooms", "created", caller, rendered, set(room.members))
            return rendered

    def direct_room(self, caller: str, other: Person) -> tuple[Room, bool]:
        """Return the direct room between caller and ``other``, creating it on first use."""
        pair = frozenset((caller, other.data["id"]))
        rid = self.direct.get(pair)
        if rid is not None and rid in self.rooms:
            return self.rooms[rid], False
        room = self._new_room(caller, "direct", {})
        self.add_member(room, self.people[caller])
        if other.data["id"] != caller:
            self.add_member(room, other)
        self.direct[pair] = room.data["id"]
        return room, True

    def render_room(self, room: Room, viewer: str) -> Json:
        """Return the room JSON; a direct room's title is the other person's name."""
        data = dict(room.data)
        if data["type"] == "direct":
            others = [p for p in room.members if p != viewer] or [viewer]
            other = self.people.get(others[0])
            data["title"] = other.data["displayName"] if other else "Empty Title"
        return data

    def get_room(self, caller: str, room_id: str) -> Json:
        """GET /rooms/{id} (404 unless the caller is a member)."""
        with self.lock:
            return self.render_room(self.room_for(caller, room_id), caller)

    def list_rooms(self, caller: str, query: dict[str, str], page: PageRequest) -> Json:
        """GET /rooms with ``type``, ``teamId`` and ``sortBy``."""
        type_, sort_by = query.get("type"), query.get("sortBy", "lastactivity")
        if type_ is not None and type_ not in ROOM_TYPES:
            raise _enum_error(type_, "HydraRoomType", ROOM_TYPES)
        if sort_by not in SORT_KEYS:
            raise _enum_error(sort_by, "RoomSortBy", SORT_KEYS)
        with self.lock:
            rooms = [r for r in self.rooms.values() if caller in r.members
                     and (type_ is None or r.data["type"] == type_)
                     and ("teamId" not in query or r.data.get("teamId") == query["teamId"])]
            chunk, cursor = take_page(rooms, _room_key(sort_by), page, descending=sort_by != "id")
            return {"body": {"items": [self.render_room(r, caller) for r in chunk]},
                    "cursor": cursor}

    def update_room(self, caller: str, room_id: str, body: Json) -> Json:
        """PUT /rooms/{id}: title required; locking rules follow memberships."""
        check_room_fields(body)
        with self.lock:
            room = self.room_for(caller, room_id)
            if room.data["isLocked"] and not self.is_moderator(room, caller):
                raise WebexError(403, "Only moderators may update a locked room.")
            for name in ("title", *_ROOM_FLAGS, *_ROOM_TEXT):
                if name in body and body[name] is not None:
                    room.data[name] = body[name]
            self._apply_lock(room, caller)
            rendered = self.render_room(room, caller)
            self.emit("rooms", "updated", caller, rendered, set(room.members))
            return rendered

    def _apply_lock(self, room: Room, caller: str) -> None:
        moderators = [m for m in room.members.values() if self.memberships[m].data["isModerator"]]
        if room.data["isLocked"] and not moderators:
            self.memberships[room.members[caller]].data["isModerator"] = True
        if not room.data["isLocked"]:
            for mid in moderators:
                self.memberships[mid].data["isModerator"] = False

    def delete_room(self, caller: str, room_id: str) -> None:
        """DELETE /rooms/{id}: a non-moderator of a locked room only leaves it."""
        with self.lock:
            room = self.room_for(caller, room_id)
            if room.data["isLocked"] and not self.is_moderator(room, caller):
                self.memberships.pop(room.members.pop(caller), None)
                return
            self.drop_room(room)

    def drop_room(self, room: Room) -> None:
        """Remove a room with its memberships, messages and files."""
        for mid in room.members.values():
            self.memberships.pop(mid, None)
        for message_id in room.messages:
            self.forget_message(message_id)
        del self.rooms[room.data["id"]]
        self.direct = {k: v for k, v in self.direct.items() if v != room.data["id"]}

    def forget_message(self, message_id: str) -> None:
        """Remove a message record and its uploaded contents."""
        message = self.messages.pop(message_id, None)
        prefix = ids.raw_uuid(message_id) + "/"
        if message is not None and message.data.get("files"):
            for cid in [c for c in self.contents if ids.raw_uuid(c).startswith(prefix)]:
                del self.contents[cid]

    def meeting_info(self, caller: str, room_id: str) -> Json:
        """GET /rooms/{id}/meetingInfo (deterministic fake values)."""
        with self.lock:
            room = self.room_for(caller, room_id)
        digits = str(int(hashlib.sha256(room.data["id"].encode()).hexdigest(), 16))[:10]
        return {"roomId": room.data["id"], "meetingLink": f"https://emulator.webex.com/m/{digits}",
                "sipAddress": f"{digits}@emulator.webex.com", "meetingNumber": digits,
                "meetingId": ids.raw_uuid(room.data["id"]).replace("-", ""),
                "callInTollFreeNumber": "+1-866-555-0100", "callInTollNumber": "+1-408-555-0100"}


def _room_key(sort_by: str) -> Any:
    def key(room: Room) -> Key:
        if sort_by == "id":
            return room.data["id"], room.seq
        if sort_by == "created":
            return room.data["created"], room.seq
        return room.data["lastActivity"], room.seq

    return key
