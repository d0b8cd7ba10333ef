"""Memberships: listing, adding (with invites), moderators and leaving."""

from __future__ import annotations

from .. import ids
from ..exceptions import WebexError
from ..pagination import PageRequest, take_page
from .base import Json, Membership, Person, Room
from .rooms import RoomRules

MEMBERSHIP_NOT_FOUND = "Failed to get membership"


class MembershipRules(RoomRules):
    """Rules for ``/memberships``."""

    def render_membership(self, membership: Membership) -> Json:
        """Return the membership JSON with the member's current person fields."""
        data = dict(membership.data)
        person = self.people.get(data["personId"])
        if person is not None:
            data["personEmail"] = person.data["emails"][0]
            data["personDisplayName"] = person.data["displayName"]
            data["personOrgId"] = person.data["orgId"]
        return {k: data[k] for k in _ORDER if k in data}

    def _membership_for(self, caller: str, membership_id: str) -> tuple[Membership, Room]:
        key = ids.canonical(membership_id, "MEMBERSHIP")
        membership = self.memberships.get(key) if key else None
        room = self.rooms.get(membership.data["roomId"]) if membership else None
        if membership is None or room is None or caller not in room.members:
            raise WebexError(404, MEMBERSHIP_NOT_FOUND)
        return membership, room

    def list_memberships(self, caller: str, query: dict[str, str], page: PageRequest) -> Json:
        """GET /memberships by roomId, personId, personEmail (default: the caller's own)."""
        with self.lock:
            if query.get("roomId"):
                room = self.room_for(caller, ids.require(query["roomId"], "ROOM"))
                found = [self.memberships[m] for m in room.members.values()]
            else:
                found = [self.memberships[r.members[caller]] for r in self.rooms.values()
                         if caller in r.members]
            if query.get("personId"):
                pid = ids.require(query["personId"], "PEOPLE")
                found = [m for m in found if m.data["personId"] == pid]
            if query.get("personEmail"):
                person = self.person_by_email(query["personEmail"])
                found = [m for m in found if person and m.data["personId"] == person.data["id"]]
            chunk, cursor = take_page(found, lambda m: ("", m.seq), page, descending=False)
            return {"body": {"items": [self.render_membership(m) for m in chunk]},
                    "cursor": cursor}

    def _target_person(self, body: Json) -> Person:
        if body.get("personId"):
            pid = ids.require(str(body["personId"]), "PEOPLE")
            return self.person(pid, "Person not found.")
        if body.get("personEmail"):
            return self.person_or_invite(str(body["personEmail"]))
        raise WebexError(400, "Must specify either personId or personEmail.")

    def create_membership(self, caller: str, body: Json) -> Json:
        """POST /memberships: invites unknown emails; moderators lock the room."""
        if not body.get("roomId"):
            raise WebexError(400, "roomId cannot be null")
        if "isModerator" in body and not isinstance(body["isModerator"], bool):
            raise WebexError(400, "isModerator must be a boolean.")
        with self.lock:
            room = self.room_for(caller, ids.require(str(body["roomId"]), "ROOM"))
            person = self._target_person(body)
            if person.data["id"] in room.members:
                raise WebexError(409, "Person is already in the room.")
            self._require_moderation_rights(room, caller)
            if room.data["type"] == "direct":
                raise WebexError(400, "Cannot add a person to a direct room.")
            membership = self.add_member(room, person)
            if body.get("isModerator"):
                self._set_moderator(room, membership, caller, True)
            rendered = self.render_membership(membership)
            self.emit("memberships", "created", caller, rendered, set(room.members))
            return rendered

    def _require_moderation_rights(self, room: Room, caller: str) -> None:
        if room.data["isLocked"] and not self.is_moderator(room, caller):
            raise WebexError(403, "Only moderators may change the membership of a locked room.")

    def _set_moderator(self, room: Room, membership: Membership, caller: str, value: bool) -> None:
        membership.data["isModerator"] = value
        if value:
            self.memberships[room.members[caller]].data["isModerator"] = True
            room.data["isLocked"] = True
            return
        if not any(self.memberships[m].data["isModerator"] for m in room.members.values()):
            room.data["isLocked"] = False

    def get_membership(self, caller: str, membership_id: str) -> Json:
        """GET /memberships/{id}."""
        with self.lock:
            return self.render_membership(self._membership_for(caller, membership_id)[0])

    def update_membership(self, caller: str, membership_id: str, body: Json) -> Json:
        """PUT /memberships/{id}: ``isModerator`` and/or ``isRoomHidden``."""
        for name in ("isModerator", "isRoomHidden"):
            if name in body and not isinstance(body[name], bool):
                raise WebexError(400, f"{name} must be a boolean.")
        with self.lock:
            membership, room = self._membership_for(caller, membership_id)
            if "isRoomHidden" in body:
                if membership.data["personId"] != caller:
                    raise WebexError(403, "Only the member may hide a room.")
                membership.data["isRoomHidden"] = body["isRoomHidden"]
            new = body.get("isModerator")
            if isinstance(new, bool) and new != membership.data["isModerator"]:
                self._require_moderation_rights(room, caller)
                self._set_moderator(room, membership, caller, new)
            rendered = self.render_membership(membership)
            self.emit("memberships", "updated", caller, rendered, set(room.members))
            return rendered

    def delete_membership(self, caller: str, membership_id: str) -> None:
        """DELETE /memberships/{id}: leaving is always allowed; removing others may need rights."""
        with self.lock:
            membership, room = self._membership_for(caller, membership_id)
            if membership.data["personId"] != caller:
                self._require_moderation_rights(room, caller)
            rendered, audience = self.render_membership(membership), set(room.members)
            del self.memberships[membership.data["id"]]
            room.members.pop(membership.data["personId"], None)
            if room.data["isLocked"] and not any(
                self.memberships[m].data["isModerator"] for m in room.members.values()
            ):
                room.data["isLocked"] = False
            if not room.members:
                self.drop_room(room)
            self.emit("memberships", "deleted", caller, rendered, audience)


_ORDER = ("id", "roomId", "personId", "personEmail", "personDisplayName", "personOrgId",
          "isModerator", "isMonitor", "isRoomHidden", "roomType", "created")
