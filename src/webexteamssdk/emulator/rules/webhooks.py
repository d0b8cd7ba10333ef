"""Webhooks: CRUD, filters, who receives which event, and disabling after failures."""

from __future__ import annotations

import time
from collections import deque
from typing import Any
from urllib.parse import parse_qsl

from .. import ids
from ..deliveries import Deliverer, Delivery
from ..exceptions import WebexError
from ..pagination import PageRequest, take_page
from .base import NOT_FOUND, Json
from .teams import TeamRules

RESOURCES = (
    "attachmentActions", "dataSources", "memberships", "messages", "rooms", "meetings",
    "recordings", "convergedRecordings", "meetingParticipants", "meetingTranscripts",
    "telephony_calls", "telephony_conference", "telephony_mwi", "uc_counters", "serviceApp",
    "adminBatchJobs", "all",
)
EVENTS = (
    "created", "updated", "deleted", "started", "ended", "joined", "left", "migrated",
    "authorized", "deauthorized", "statusChanged", "all",
)
FILTER_KEYS = {
    "messages": ("roomId", "roomType", "personId", "personEmail", "mentionedPeople", "hasFiles",
                 "hasAttachments"),
    "memberships": ("roomId", "personId", "personEmail", "isModerator"),
    "rooms": ("type", "isLocked"),
    "attachmentActions": ("messageId", "personId", "roomId"),
}
FIREHOSE = ("memberships", "messages", "rooms")
FAILURE_WINDOW = 300.0
# Webhook payloads never carry the sensitive parts of a message (WH-GUIDE).
MESSAGE_DATA = ("id", "roomId", "roomType", "personId", "personEmail", "created",
                "mentionedPeople", "parentId")
ROOM_DATA = ("id", "type", "isLocked", "creatorId", "lastActivity", "created", "teamId")


def _parse_filter(text: str) -> dict[str, str]:
    return dict(parse_qsl(text, keep_blank_values=True))


class WebhookRules(TeamRules):
    """Rules for ``/webhooks`` and webhook delivery."""

    webhook_failure_threshold = 100

    def clear(self) -> None:
        """Drop every record, webhooks included."""
        with self.lock:
            super().clear()
            self.webhooks: dict[str, Json] = {}
            self.webhook_failures: dict[str, deque[float]] = {}
            if not hasattr(self, "deliverer"):
                self.deliverer = Deliverer(self._delivery_outcome, self._webhook_active)

    def _check_webhook(self, caller: str, body: Json) -> None:
        if not body.get("name"):
            raise WebexError(400, "name cannot be empty")
        if not body.get("targetUrl"):
            raise WebexError(400, "targetUrl cannot be null")
        if body.get("resource") not in RESOURCES:
            raise WebexError(400, f"Invalid value for resource: {body.get('resource')!r}")
        if body.get("event") not in EVENTS:
            raise WebexError(400, f"Invalid value for event: {body.get('event')!r}")
        allowed = FILTER_KEYS.get(str(body["resource"]), ())
        for key, value in _parse_filter(str(body.get("filter") or "")).items():
            if key not in allowed:
                raise WebexError(400, f"Invalid value for filter: {key}")
            if key == "roomId" and caller not in getattr(
                self.rooms.get(ids.canonical(value, "ROOM") or ""), "members", {}
            ):
                raise WebexError(400, "Invalid value for filter: roomId")

    def create_webhook(self, caller: str, body: Json) -> Json:
        """POST /webhooks: active, owned by the creator, with filter and secret if given."""
        with self.lock:
            self._check_webhook(caller, body)
            created, _ = self.stamp()
            wid = ids.encode("WEBHOOK", ids.new_uuid())
            data: Json = {"id": wid, "name": body["name"], "targetUrl": body["targetUrl"],
                          "resource": body["resource"], "event": body["event"]}
            data.update({k: body[k] for k in ("filter", "secret") if body.get(k)})
            data.update(orgId=self.org_id, createdBy=caller, appId=self.app_id(),
                        ownedBy=body.get("ownedBy") or "creator", status="active",
                        created=ids.format_time(created))
            self.webhooks[wid] = data
            return dict(data)

    def app_id(self) -> str:
        """The id of the emulated application that owns every webhook."""
        return ids.encode("APPLICATION", "00000000-0000-4000-8000-00000000e1a7")

    def _webhook_for(self, caller: str, webhook_id: str) -> Json:
        key = ids.canonical(webhook_id, "WEBHOOK")
        data = self.webhooks.get(key) if key else None
        if data is None or data["createdBy"] != caller:
            raise WebexError(404, NOT_FOUND)
        return data

    def list_webhooks(self, caller: str, page: PageRequest) -> Json:
        """GET /webhooks: the caller's webhooks, oldest first."""
        with self.lock:
            mine = [w for w in self.webhooks.values() if w["createdBy"] == caller]
            chunk, cursor = take_page(mine, lambda w: (w["created"], 0), page, descending=False)
            return {"body": {"items": [dict(w) for w in chunk]}, "cursor": cursor}

    def get_webhook(self, caller: str, webhook_id: str) -> Json:
        """GET /webhooks/{id}."""
        with self.lock:
            return dict(self._webhook_for(caller, webhook_id))

    def update_webhook(self, caller: str, webhook_id: str, body: Json) -> Json:
        """PUT /webhooks/{id}: name, targetUrl, secret; ``status: active`` re-activates."""
        if not body.get("name"):
            raise WebexError(400, "name cannot be empty")
        if not body.get("targetUrl"):
            raise WebexError(400, "targetUrl cannot be null")
        if body.get("status") not in (None, "active"):
            raise WebexError(400, "status can only be set to active.")
        with self.lock:
            data = self._webhook_for(caller, webhook_id)
            data.update({k: body[k] for k in ("name", "targetUrl", "secret") if body.get(k)})
            if body.get("status") == "active":
                data["status"] = "active"
                self.webhook_failures.pop(data["id"], None)
            return dict(data)

    def delete_webhook(self, caller: str, webhook_id: str) -> None:
        """DELETE /webhooks/{id} (owner only)."""
        with self.lock:
            key = ids.canonical(webhook_id, "WEBHOOK")
            data = self.webhooks.get(key) if key else None
            if data is None:
                raise WebexError(404, NOT_FOUND)
            if data["createdBy"] != caller:
                raise WebexError(400, "Failed to delete webhook.  You are not the owner of it.")
            del self.webhooks[data["id"]]

    def emit(self, resource: str, event: str, actor: str, data: Json, audience: set[str]) -> None:
        """Queue a delivery for every active webhook that should see this event."""
        super().emit(resource, event, actor, data, audience)
        for hook in list(self.webhooks.values()):
            if hook["status"] == "active" and self._fires(hook, resource, event, data, audience):
                body = {k: v for k, v in hook.items() if k != "secret"}
                # A firehose delivery names the event it carries, not "all".
                body.update(resource=resource, event=event, status="active", actorId=actor,
                            data=_payload(resource, data))
                delivery = Delivery(hook["id"], hook["targetUrl"], body, hook.get("secret"))
                self.deliverer.enqueue(delivery)

    def _fires(
        self, hook: Json, resource: str, event: str, data: Json, audience: set[str]
    ) -> bool:
        owner = hook["createdBy"]
        if hook["resource"] != resource and not (hook["resource"] == "all"
                                                 and resource in FIREHOSE):
            return False
        if hook["event"] not in (event, "all") or owner not in audience:
            return False
        if not self._visible_to_owner(owner, resource, event, data):
            return False
        wanted = _parse_filter(str(hook.get("filter") or ""))
        return all(self._matches(owner, key, value, data) for key, value in wanted.items())

    def _visible_to_owner(self, owner: str, resource: str, event: str, data: Json) -> bool:
        person = self.people.get(owner)
        if resource == "memberships" and event == "deleted":
            return bool(data.get("roomType") != "direct")
        if resource != "messages" or person is None or person.data["type"] != "bot":
            return True
        return data.get("roomType") == "direct" or owner in data.get("mentionedPeople", [])

    def _matches(self, owner: str, key: str, value: str, data: Json) -> bool:
        if key == "mentionedPeople":
            wanted = {owner if v == "me" else v for v in value.split(",")}
            return bool(wanted & set(data.get("mentionedPeople", [])))
        if key in ("hasFiles", "hasAttachments"):
            present = bool(data.get("files" if key == "hasFiles" else "attachments"))
            return present == (value.lower() == "true")
        actual: Any = data.get(key)
        if isinstance(actual, bool):
            return actual == (value.lower() == "true")
        if key.endswith("Id"):
            return bool(actual == ids.canonical(value, _ID_TYPES.get(key, "ROOM")))
        return str(actual) == value

    def _webhook_active(self, webhook_id: str) -> bool:
        with self.lock:
            hook = self.webhooks.get(webhook_id)
            return hook is not None and hook["status"] == "active"

    def _delivery_outcome(self, webhook_id: str, ok: bool) -> None:
        with self.lock:
            hook = self.webhooks.get(webhook_id)
            if hook is None or ok:
                self.webhook_failures.pop(webhook_id, None)
                return
            failures = self.webhook_failures.setdefault(webhook_id, deque())
            now = time.monotonic()
            failures.append(now)
            while failures and now - failures[0] > FAILURE_WINDOW:
                failures.popleft()
            if len(failures) >= self.webhook_failure_threshold:
                hook["status"] = "inactive"


_ID_TYPES = {"roomId": "ROOM", "personId": "PEOPLE", "messageId": "MESSAGE"}


def _payload(resource: str, data: Json) -> Json:
    """The ``data`` of a delivery: the resource without its sensitive fields."""
    if resource == "messages":
        return {k: data[k] for k in MESSAGE_DATA if k in data}
    if resource == "rooms":
        return {k: data[k] for k in ROOM_DATA if k in data}
    return dict(data)
