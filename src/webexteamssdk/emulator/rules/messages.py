"""Messages: posting (rooms, direct, replies, files, cards), listing, editing, deleting."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import ids, markdown
from ..exceptions import WebexError
from ..pagination import PageRequest, take_page, take_sorted_page
from .base import Content, Json, Message, Room
from .memberships import MembershipRules

MAX_TEXT_BYTES = 7439
MAX_EDITS = 10
CARD_TYPE = "application/vnd.microsoft.card.adaptive"
TOO_LONG = ("Message length limited to 7439 characters before encryption and 10000 characters "
            "after encryption.")
NO_DESTINATION = ("Exactly one of the destination fields must not be empty "
                  "(roomId, toPersonEmail, toPersonId)")
NO_CONTENT = "Both text and file cannot be empty."
GET_FAILED = "Unable to get message."
ACTIVITY_FAILED = "Failed to get activity."


@dataclass
class Upload:
    """One uploaded file of a multipart POST /messages."""

    filename: str
    content_type: str
    body: bytes


def _check_text(body: Json) -> None:
    for name in ("text", "markdown"):
        value = body.get(name)
        if value is not None and not isinstance(value, str):
            raise WebexError(400, f"{name} must be a string.")
        if isinstance(value, str) and len(value.encode("utf-8")) > MAX_TEXT_BYTES:
            raise WebexError(400, TOO_LONG)


def _check_attachments(attachments: Any) -> None:
    if not isinstance(attachments, list):
        raise WebexError(400, "attachments must be a list.")
    if len(attachments) > 1:
        raise WebexError(400, "Only one card attachment is allowed per message.")
    for card in attachments:
        if not isinstance(card, dict) or card.get("contentType") != CARD_TYPE:
            raise WebexError(400, f"Attachment contentType must be {CARD_TYPE}.")
        content = card.get("content")
        if not isinstance(content, dict) or content.get("type") != "AdaptiveCard":
            raise WebexError(400, "Attachment content.type must be AdaptiveCard.")


def check_message_body(body: Json, upload: Upload | None) -> list[str]:
    """Validate a POST /messages body; return the file URLs given in JSON."""
    given = [k for k in ("roomId", "toPersonId", "toPersonEmail") if body.get(k)]
    if len(given) > 1 or (not given and not body.get("parentId")):
        raise WebexError(400, NO_DESTINATION)
    files = body.get("files") or []
    files = [files] if isinstance(files, str) else files
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        raise WebexError(400, "files must be a list of URLs.")
    if not any(body.get(k) for k in ("text", "markdown", "attachments")) and not (files or upload):
        raise WebexError(400, NO_CONTENT)
    if len(files) + (1 if upload else 0) > 1:
        raise WebexError(400, "Only one file may be attached per message.")
    _check_text(body)
    if body.get("attachments"):
        _check_attachments(body["attachments"])
    return list(files)


class MessageRules(MembershipRules):
    """Rules for ``/messages``."""

    def _destination(self, caller: str, body: Json) -> tuple[Room, Json]:
        if body.get("roomId"):
            return self.room_for(caller, ids.require(str(body["roomId"]), "ROOM")), {}
        if body.get("toPersonId"):
            other = self.person(ids.require(str(body["toPersonId"]), "PEOPLE"), "Person not found.")
        elif body.get("toPersonEmail"):
            other = self.person_or_invite(str(body["toPersonEmail"]))
        else:
            parent = self._message(caller, str(body["parentId"]))
            return self.room_for(caller, parent.data["roomId"]), {}
        room, _created = self.direct_room(caller, other)
        return room, {"toPersonId": other.data["id"], "toPersonEmail": other.data["emails"][0]}

    def _message(self, caller: str, message_id: str, error: str = GET_FAILED) -> Message:
        key = ids.canonical(message_id, "MESSAGE")
        message = self.messages.get(key) if key else None
        room = self.rooms.get(message.data["roomId"]) if message else None
        if message is None or room is None or caller not in room.members:
            raise WebexError(404, error)
        return message

    def _fill_text(self, data: Json, body: Json) -> None:
        for name in ("text", "markdown", "html", "mentionedPeople", "mentionedGroups"):
            data.pop(name, None)
        if body.get("text"):
            data["text"] = body["text"]
        if body.get("markdown"):
            rendered = markdown.render(str(body["markdown"]))
            data.update(markdown=body["markdown"], html=rendered.html)
            data.setdefault("text", rendered.text)
            people = [ids.canonical(p, "PEOPLE") for p in rendered.person_ids]
            people += [p.data["id"] for e in rendered.person_emails
                       if (p := self.person_by_email(e))]
            if people:
                data["mentionedPeople"] = list(dict.fromkeys(p for p in people if p))
            if rendered.groups:
                data["mentionedGroups"] = rendered.groups

    def create_message(self, caller: str, body: Json, upload: Upload | None, base: str) -> Json:
        """POST /messages; ``base`` is the request's ``scheme://host/`` for content URLs."""
        files = check_message_body(body, upload)
        with self.lock:
            room, direct_fields = self._destination(caller, body)
            created, seq = self.stamp()
            mid = ids.encode("MESSAGE", ids.new_uuid())
            data: Json = {"id": mid, "roomId": room.data["id"], "roomType": room.data["type"]}
            self._fill_text(data, body)
            if body.get("parentId"):
                data["parentId"] = self._parent(caller, room, str(body["parentId"]))
            if upload is not None:
                files = [self._store_upload(mid, room, upload, base)]
            data.update({"files": files} if files else {})
            data.update({"attachments": body["attachments"]} if body.get("attachments") else {})
            person = self.people[caller]
            data.update(personId=caller, personEmail=person.data["emails"][0],
                        created=ids.format_time(created))
            self._post(room, Message(data, seq, created))
            self.emit("messages", "created", caller, dict(data), set(room.members))
            return {**data, **direct_fields}

    def _parent(self, caller: str, room: Room, parent_id: str) -> str:
        parent = self._message(caller, parent_id)
        if parent.data["roomId"] != room.data["id"]:
            raise WebexError(400, "The parent message must be in the same room.")
        return str(parent.data["id"])

    def _store_upload(self, mid: str, room: Room, upload: Upload, base: str) -> str:
        if len(upload.body) > self.max_file_bytes:
            raise WebexError(400, "File size exceeds the 100 MB limit.")
        cid = ids.encode("CONTENT", f"{ids.raw_uuid(mid)}/0")
        self.contents[cid] = Content(upload.body, upload.content_type, upload.filename,
                                     room.data["id"])
        return f"{base}v1/contents/{cid}"

    def _post(self, room: Room, message: Message) -> None:
        self.messages[message.data["id"]] = message
        room.messages.append(message.data["id"])
        room.data["lastActivity"] = message.data["created"]
        for mid in room.members.values():
            self.memberships[mid].data["isRoomHidden"] = False

    def get_message(self, caller: str, message_id: str) -> Json:
        """GET /messages/{id} (404 "Unable to get message.")."""
        with self.lock:
            return dict(self._message(caller, message_id).data)

    def list_messages(self, caller: str, query: dict[str, str], page: PageRequest) -> Json:
        """GET /messages?roomId= newest first with parentId/mentionedPeople/before filters."""
        with self.lock:
            room = self.room_for(caller, ids.require(query["roomId"], "ROOM"))
            mentioned = self._mentioned_filter(caller, query.get("mentionedPeople"))
            is_bot = self.people[caller].data["type"] == "bot"
            if is_bot and room.data["type"] == "group" and not mentioned:
                raise WebexError(403, ACTIVITY_FAILED)
            if not (mentioned or set(query) & {"parentId", "before", "beforeMessage"}):
                # The common case: room.messages is in creation order, so page by bisection.
                ids_page, cursor = take_sorted_page(
                    room.messages, lambda m: ("", self.messages[m].seq), page, descending=True
                )
                return {"body": {"items": [dict(self.messages[m].data) for m in ids_page]},
                        "cursor": cursor}
            found = [self.messages[m] for m in room.messages if m in self.messages]
            found = self._filter_messages(caller, found, query, mentioned)
            chunk, cursor = take_page(found, lambda m: ("", m.seq), page, descending=True)
            return {"body": {"items": [dict(m.data) for m in chunk]}, "cursor": cursor}

    def _mentioned_filter(self, caller: str, value: str | None) -> bool:
        if not value:
            return False
        if value != "me" and ids.canonical(value, "PEOPLE") != caller:
            raise WebexError(403, ACTIVITY_FAILED)
        return True

    def _filter_messages(self, caller: str, found: list[Message], query: dict[str, str],
                         mentioned: bool) -> list[Message]:
        if query.get("parentId"):
            parent = ids.require(query["parentId"], "MESSAGE")
            found = [m for m in found if m.data.get("parentId") == parent]
        if mentioned:
            found = [m for m in found if caller in m.data.get("mentionedPeople", ())]
        if query.get("before"):
            before = ids.parse_time(query["before"])
            if before is None:
                raise WebexError(400, "Invalid value for before: expected an ISO-8601 time.")
            found = [m for m in found if m.created < before]
        if query.get("beforeMessage"):
            anchor = self._message(caller, ids.require(query["beforeMessage"], "MESSAGE"))
            found = [m for m in found if m.seq < anchor.seq]
        return found

    def list_direct(self, caller: str, query: dict[str, str], page: PageRequest) -> Json:
        """GET /messages/direct?personId|personEmail: the 1:1 messages, newest first."""
        with self.lock:
            if query.get("personId"):
                other = self.person(ids.require(query["personId"], "PEOPLE"), "Person not found.")
            elif query.get("personEmail"):
                other = self.person_by_email(query["personEmail"])  # type: ignore[assignment]
            else:
                raise WebexError(400, "personId or personEmail must be specified.")
            rid = self.direct.get(frozenset((caller, other.data["id"]))) if other else None
            room = self.rooms.get(rid) if rid else None
            found = [self.messages[m] for m in room.messages if m in self.messages] if room else []
            found = self._filter_messages(caller, found, query, False)
            chunk, cursor = take_page(found, lambda m: ("", m.seq), page, descending=True)
            return {"body": {"items": [dict(m.data) for m in chunk]}, "cursor": cursor}

    def edit_message(self, caller: str, message_id: str, body: Json) -> Json:
        """PUT /messages/{id}: the author edits text/markdown at most 10 times."""
        if not body.get("roomId"):
            raise WebexError(400, "roomId cannot be null")
        if not (body.get("text") or body.get("markdown")):
            raise WebexError(400, "text or markdown must be specified.")
        _check_text(body)
        with self.lock:
            message = self._message(caller, message_id)
            self._check_editable(caller, message, str(body["roomId"]))
            self._fill_text(message.data, body)
            message.edits += 1
            message.data["updated"] = ids.format_time(self.stamp()[0])
            room = self.rooms[message.data["roomId"]]
            self.emit("messages", "updated", caller, dict(message.data), set(room.members))
            return dict(message.data)

    def _check_editable(self, caller: str, message: Message, room_id: str) -> None:
        if ids.canonical(room_id, "ROOM") != message.data["roomId"]:
            raise WebexError(400, "roomId does not match the message's room.")
        if message.data["personId"] != caller:
            raise WebexError(403, "Only the author may edit a message.")
        if message.data.get("files") or message.data.get("attachments"):
            raise WebexError(400, "Editing messages with files or cards is currently unsupported.")
        if message.edits >= MAX_EDITS:
            raise WebexError(400, "The edit limit has been reached for this message.")

    def delete_message(self, caller: str, message_id: str) -> None:
        """DELETE /messages/{id} by the author or a room moderator."""
        with self.lock:
            message = self._message(caller, message_id, "Unable to delete message.")
            room = self.rooms[message.data["roomId"]]
            if message.data["personId"] != caller and not self.is_moderator(room, caller):
                raise WebexError(403, "Only the author or a moderator may delete a message.")
            room.messages.remove(message.data["id"])
            self.forget_message(message.data["id"])
            self.emit("messages", "deleted", caller, dict(message.data), set(room.members))
