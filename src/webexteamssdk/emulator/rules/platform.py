"""Card submissions, the compliance events log, and the organisation's admin data."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from .. import ids
from ..exceptions import WebexError
from ..pagination import PageRequest, take_page
from .base import NOT_FOUND, Json
from .webhooks import WebhookRules

CARD_TYPE = "application/vnd.microsoft.card.adaptive"
ROLE_NAMES = ("Full Administrator", "Read-only Administrator", "User Administrator",
              "Compliance Officer")
LICENSES = (
    {"name": "Messaging", "totalUnits": 100, "consumedUnits": 6},
    {"name": "Meeting - Webex Enterprise Edition", "totalUnits": 50, "consumedUnits": 2,
     "siteUrl": "emulated.webex.com", "siteType": "Control Hub managed site"},
)
ACTION_FAILED = 'Unable to post attachment action: "{}"'


class PlatformRules(WebhookRules):
    """Rules for attachment actions, events, organizations, licenses, roles and audit."""

    attachment_action_status = 200
    """200 as the SDKs expect; set 202 to follow the OpenAPI file strictly."""

    def clear(self) -> None:
        """Drop every record; roles and licenses are seeded again by ``reset``."""
        with self.lock:
            super().clear()
            self.actions: dict[str, Json] = {}
            self.events: list[tuple[datetime, int, Json]] = []
            self.audit_events: list[tuple[datetime, int, Json]] = []
            self.roles: dict[str, Json] = {}
            self.licenses: dict[str, Json] = {}
            self.person_roles: dict[str, list[str]] = {}

    def seed_platform(self) -> None:
        """Create the roles and licenses of the organisation."""
        for name in ROLE_NAMES:
            rid = ids.encode("ROLE", ids.new_uuid())
            self.roles[rid] = {"id": rid, "name": name}
        for spec in self.seed.get("licenses") or LICENSES:
            lid = ids.encode("LICENSE", ids.new_uuid())
            self.licenses[lid] = {"id": lid, **spec}

    def role_id(self, name: str) -> str:
        """The id of a seeded role."""
        return str(next(r["id"] for r in self.roles.values() if r["name"] == name))

    def assign_roles(self, people: list[Any]) -> None:
        """Give seeded admins and compliance officers their roles."""
        for spec in people:
            person = self.person_by_email(str(spec.get("email", "")))
            if person is None:
                continue
            roles = [self.role_id("Full Administrator")] if person.admin else []
            if spec.get("compliance"):
                roles.append(self.role_id("Compliance Officer"))
            self.person_roles[person.data["id"]] = roles

    def is_compliance_officer(self, person_id: str) -> bool:
        """Whether the person holds the Compliance Officer role."""
        roles = self.person_roles.get(person_id, [])
        return self.role_id("Compliance Officer") in roles

    def render_person(self, person: Any, viewer: str) -> Json:
        """Person JSON; administrators also see role ids and licenses."""
        data = super().render_person(person, viewer)
        if "roles" in data:
            data["roles"] = list(self.person_roles.get(person.data["id"], []))
        return data

    # Attachment actions ---------------------------------------------------------------

    def create_action(self, caller: str, body: Json) -> Json:
        """POST /attachment/actions: another person submits a card's inputs."""
        if body.get("type") != "submit":
            raise WebexError(400, "type must be submit")
        if not body.get("messageId"):
            raise WebexError(400, "messageId cannot be null")
        if not isinstance(body.get("inputs"), dict):
            raise WebexError(400, "inputs must be an object")
        with self.lock:
            message = self._message(caller, str(body["messageId"]))
            cards = [a for a in message.data.get("attachments", [])
                     if a.get("contentType") == CARD_TYPE]
            if not cards:
                raise WebexError(400, ACTION_FAILED.format(
                    "MessageId should point to an activity with cards"))
            if message.data["personId"] == caller:
                raise WebexError(400, ACTION_FAILED.format(
                    "Author of a card cannot submit a cardAction on that card"))
            created, _ = self.stamp()
            aid = ids.encode("ATTACHMENT_ACTION", ids.new_uuid())
            data: Json = {"id": aid, "type": "submit", "messageId": message.data["id"],
                          "inputs": body["inputs"], "personId": caller,
                          "roomId": message.data["roomId"], "created": ids.format_time(created)}
            self.actions[aid] = data
            author = str(message.data["personId"])
            self.emit("attachmentActions", "created", caller, data, {author})
            return dict(data)

    def get_action(self, caller: str, action_id: str) -> Json:
        """GET /attachment/actions/{id}: for the submitter and the card's author."""
        with self.lock:
            key = ids.canonical(action_id, "ATTACHMENT_ACTION")
            data = self.actions.get(key) if key else None
            message = self.messages.get(data["messageId"]) if data else None
            author = message.data["personId"] if message else None
            if data is None or caller not in (data["personId"], author):
                raise WebexError(404, NOT_FOUND)
            return dict(data)

    # Events (compliance) --------------------------------------------------------------

    def emit(self, resource: str, event: str, actor: str, data: Json, audience: set[str]) -> None:
        """Log the event for compliance officers, then deliver webhooks."""
        created, seq = self.stamp()
        eid = ids.encode("EVENT", ids.new_uuid())
        record = {"id": eid, "resource": resource, "type": event, "appId": self.app_id(),
                  "actorId": actor, "orgId": self.org_id, "created": ids.format_time(created),
                  "data": dict(data)}
        self.events.append((created, seq, record))
        super().emit(resource, event, actor, data, audience)

    def list_events(self, caller: str, query: dict[str, str], page: PageRequest) -> Json:
        """GET /events (compliance officers only), newest first."""
        with self.lock:
            self._require_compliance(caller)
            found = [(moment, seq, e) for moment, seq, e in self.events
                     if all(e.get(k) == query[k] for k in ("resource", "type", "actorId")
                            if k in query)]
            found = _in_window(found, query.get("from"), query.get("to"))
            chunk, cursor = take_page(found, lambda e: ("", e[1]), page, descending=True)
            return {"body": {"items": [e for _, _, e in chunk]}, "cursor": cursor}

    def get_event(self, caller: str, event_id: str) -> Json:
        """GET /events/{id} (compliance officers only)."""
        with self.lock:
            self._require_compliance(caller)
            key = ids.canonical(event_id, "EVENT")
            for _, _, event in self.events:
                if event["id"] == key:
                    return event
            raise WebexError(404, NOT_FOUND)

    def _require_compliance(self, caller: str) -> None:
        if not self.is_compliance_officer(caller):
            raise WebexError(403, "Only compliance officers may read events.")

    # Organizations, licenses, roles ---------------------------------------------------

    def list_organizations(self) -> Json:
        """GET /organizations (not paged)."""
        with self.lock:
            return {"items": [dict(o) for o in self.orgs]}

    def get_organization(self, org_id: str) -> Json:
        """GET /organizations/{id}."""
        with self.lock:
            for org in self.orgs:
                if org["id"] == ids.canonical(org_id, "ORGANIZATION"):
                    return dict(org)
            raise WebexError(404, NOT_FOUND)

    def list_licenses(self, query: dict[str, str]) -> Json:
        """GET /licenses?orgId= (not paged)."""
        with self.lock:
            if query.get("orgId") and ids.canonical(query["orgId"], "ORGANIZATION") != self.org_id:
                return {"items": []}
            return {"items": [dict(item) for item in self.licenses.values()]}

    def get_license(self, license_id: str) -> Json:
        """GET /licenses/{id}."""
        return self._lookup(self.licenses, license_id, "LICENSE")

    def list_roles(self, caller: str) -> Json:
        """GET /roles (administrators only)."""
        with self.lock:
            self._require_admin(caller)
            return {"items": [dict(r) for r in self.roles.values()]}

    def get_role(self, caller: str, role_id: str) -> Json:
        """GET /roles/{id} (administrators only)."""
        with self.lock:
            self._require_admin(caller)
        return self._lookup(self.roles, role_id, "ROLE")

    def _lookup(self, table: dict[str, Json], value: str, type_: str) -> Json:
        with self.lock:
            key = ids.canonical(value, type_)
            if key is None or key not in table:
                raise WebexError(404, NOT_FOUND)
            return dict(table[key])


class AuditRules(PlatformRules):
    """Admin audit events: what administrators did to people."""

    def seed_audit_history(self) -> None:
        """Record a couple of older admin actions, so time windows have something to find."""
        admin = next((p for p in self.people.values() if p.admin), None)
        if admin is not None:
            for days in (30, 7):
                moment = self.clock() - timedelta(days=days)
                self._audit(admin.data["id"], "Seeded person", "Emulated history", moment)

    def _audit(
        self, actor: str, action: str, target: str, moment: datetime | None = None
    ) -> None:
        created, seq = self.stamp()
        moment = moment or created
        person = self.people[actor]
        data: Json = {
            "actorOrgName": "Emulated Org", "targetName": target, "eventDescription": action,
            "actorName": person.data["displayName"], "actorEmail": person.data["emails"][0],
            "adminRoles": ["Full_Admin"], "trackingId": f"EMULATOR_{seq}",
            "targetType": "User", "targetId": "", "eventCategory": "USERS",
            "actorUserAgent": "webex-emulator", "actorIp": "127.0.0.1",
            "targetOrgId": self.org_id, "actionText": f"{action}: {target}",
            "targetOrgName": "Emulated Org",
        }
        record = {"id": ids.encode("ADMIN_AUDIT_EVENT", ids.new_uuid()), "actorId": actor,
                  "actorOrgId": self.org_id, "orgId": self.org_id,
                  "created": ids.format_time(moment), "data": data}
        self.audit_events.append((moment, seq, record))

    def create_person(self, caller: str, body: Json) -> Json:
        """POST /people, recorded in the audit log."""
        created = super().create_person(caller, body)
        with self.lock:
            self._audit(caller, "Created user", created["displayName"])
        return created

    def update_person(self, caller: str, person_id: str, body: Json) -> Json:
        """PUT /people/{id}, recorded in the audit log."""
        updated = super().update_person(caller, person_id, body)
        with self.lock:
            self._audit(caller, "Updated user", updated["displayName"])
        return updated

    def delete_person(self, caller: str, person_id: str) -> None:
        """DELETE /people/{id}, recorded in the audit log."""
        super().delete_person(caller, person_id)
        with self.lock:
            self._audit(caller, "Deleted user", person_id)

    def list_audit_events(self, caller: str, query: dict[str, str], page: PageRequest) -> Json:
        """GET /adminAudit/events: orgId, from and to required; actorId, offset, max."""
        for name in ("orgId", "from", "to"):
            if not query.get(name):
                raise WebexError(400, f"{name} cannot be null")
        offset = query.get("offset", "0")
        if not offset.isdigit():
            raise WebexError(400, f"Invalid value for offset: '{offset}'")
        with self.lock:
            self._require_admin(caller)
            found = [r for r in self.audit_events
                     if not query.get("actorId") or r[2]["actorId"] == query["actorId"]]
            found = sorted(_in_window(found, query["from"], query["to"]), key=lambda r: -r[1])
            found = found[int(offset):]
            chunk, cursor = take_page(found, lambda r: ("", r[1]), page, descending=True)
            return {"body": {"items": [r[2] for r in chunk]}, "cursor": cursor}


def _in_window(
    found: list[tuple[datetime, int, Any]], start: str | None, end: str | None
) -> list[tuple[datetime, int, Any]]:
    """Keep the records created in [start, end) (ISO 8601 bounds; 400 if unreadable)."""
    bounds = []
    for value in (start, end):
        moment = ids.parse_time(value) if value else None
        if value and moment is None:
            raise WebexError(400, f"Invalid date: {value}")
        bounds.append(moment)
    low, high = bounds
    return [r for r in found if (low is None or r[0] >= low) and (high is None or r[0] < high)]
