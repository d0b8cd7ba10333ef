"""People: lookups, admin-only create/update/delete, invites and seeding."""

from __future__ import annotations

import secrets
from typing import Any

from .. import ids
from ..exceptions import WebexError
from ..pagination import PageRequest, take_page
from .base import Json, Person, StoreBase

MAX_IDS = 85
ADMIN_ROLE = "Full Administrator"
_EDITABLE = ("displayName", "firstName", "lastName", "nickName", "avatar", "department",
             "title", "extension", "phoneNumbers", "addresses", "timezone")


class PeopleRules(StoreBase):
    """Rules for ``/people``."""

    def caller_for_token(self, token: str) -> str | None:
        """Return the person id owning ``token`` (no lock: a dict read is atomic)."""
        return self.tokens.get(token)

    def new_person(self, spec: Json, *, invite: bool = False) -> Person:
        """Create a person from seed-style ``spec`` (email, displayName, ... token, admin)."""
        with self.lock:
            email = str(spec.get("email") or (spec.get("emails") or [""])[0]).strip()
            if not email:
                raise WebexError(400, "emails cannot be empty")
            if email.lower() in self.emails:
                raise WebexError(409, "Person with this email already exists.")
            created, seq = self.stamp()
            pid = ids.canonical(str(spec["id"]), "PEOPLE") if spec.get("id") else None
            pid = pid or ids.encode("PEOPLE", ids.new_uuid())
            data = self._person_data(pid, email, spec, ids.format_time(created), invite)
            person = Person(data, seq, bool(spec.get("admin")), spec.get("token"))
            self.people[pid] = person
            self.emails[email.lower()] = pid
            if person.token:
                self.tokens[person.token] = pid
            return person

    def _person_data(self, pid: str, email: str, spec: Json, stamp: str, invite: bool) -> Json:
        data: Json = {"id": pid, "emails": [email], "phoneNumbers": [],
                      "displayName": spec.get("displayName") or email}
        for name in _EDITABLE[1:]:
            if spec.get(name) is not None:
                data[name] = spec[name]
        data.update(orgId=self.org_id, created=stamp, lastModified=stamp,
                    type=spec.get("type") or "person", status="active" if not invite else "pending",
                    invitePending="true" if invite else "false",
                    loginEnabled="false" if invite else "true")
        return data

    def person_by_email(self, email: str) -> Person | None:
        """Return the person with ``email`` (case-insensitive) or None."""
        pid = self.emails.get(email.strip().lower())
        return self.people[pid] if pid else None

    def person_or_invite(self, email: str) -> Person:
        """Return the person with ``email``, inviting (creating) them when unknown."""
        with self.lock:
            return self.person_by_email(email) or self.new_person({"email": email}, invite=True)

    def render_person(self, person: Person, viewer: str) -> Json:
        """Return the public JSON of ``person`` as ``viewer`` sees it."""
        data = dict(person.data)
        if self.people[viewer].admin:
            data["roles"] = [ADMIN_ROLE] if person.admin else []
            data["licenses"] = []
        return data

    def get_person(self, caller: str, person_id: str) -> Json:
        """GET /people/{id}."""
        with self.lock:
            return self.render_person(self.person(person_id), caller)

    def list_people(self, caller: str, query: dict[str, str], page: PageRequest) -> Json:
        """GET /people: filter by email, displayName prefix or id list."""
        with self.lock:
            found, missing = self._people_matching(caller, query)
            chunk, cursor = take_page(found, lambda p: ("", p.seq), page, descending=False)
            body: Json = {"items": [self.render_person(p, caller) for p in chunk]}
            if missing:
                body["notFoundIds"] = missing
            return {"body": body, "cursor": cursor}

    def _people_matching(
        self, caller: str, query: dict[str, str]
    ) -> tuple[list[Person], list[str]]:
        email, name, id_list = query.get("email"), query.get("displayName"), query.get("id")
        if not (email or name or id_list) and not self.people[caller].admin:
            raise WebexError(400, "Email, displayName, or id list should be specified.")
        found, missing = list(self.people.values()), []
        if id_list:
            wanted = [part.strip() for part in id_list.split(",") if part.strip()]
            if len(wanted) > MAX_IDS:
                raise WebexError(400, f"A maximum of {MAX_IDS} ids may be specified.")
            keys = {ids.canonical(w, "PEOPLE") for w in wanted}
            missing = [w for w in wanted if ids.canonical(w, "PEOPLE") not in self.people]
            found = [p for p in found if p.data["id"] in keys]
        if email:
            found = [p for p in found if p.data["emails"][0].lower() == email.lower()]
        if name:
            found = [p for p in found if p.data["displayName"].lower().startswith(name.lower())]
        return found, missing

    def _require_admin(self, caller: str) -> None:
        if not self.people[caller].admin:
            raise WebexError(403, "Only administrators may manage people.")

    def create_person(self, caller: str, body: Json) -> Json:
        """POST /people (admin only)."""
        with self.lock:
            self._require_admin(caller)
            emails = body.get("emails")
            if not isinstance(emails, list) or not emails or not isinstance(emails[0], str):
                raise WebexError(400, "emails cannot be empty")
            if not (body.get("displayName") or body.get("firstName") or body.get("lastName")):
                raise WebexError(400, "displayName, firstName or lastName must be specified.")
            spec = {k: v for k, v in body.items() if k in _EDITABLE}
            token = f"emulator-{secrets.token_hex(8)}-token"
            person = self.new_person({**spec, "email": emails[0], "token": token})
            return self.render_person(person, caller)

    def update_person(self, caller: str, person_id: str, body: Json) -> Json:
        """PUT /people/{id} (admin only; displayName required)."""
        with self.lock:
            self._require_admin(caller)
            person = self.person(person_id)
            if not body.get("displayName"):
                raise WebexError(400, "displayName cannot be empty")
            for name in _EDITABLE:
                if name in body and body[name] is not None:
                    person.data[name] = body[name]
            person.data["lastModified"] = ids.format_time(self.stamp()[0])
            return self.render_person(person, caller)

    def delete_person(self, caller: str, person_id: str) -> None:
        """DELETE /people/{id} (admin only): also removes the person's memberships."""
        with self.lock:
            self._require_admin(caller)
            person = self.person(person_id)
            pid = person.data["id"]
            for room in self.rooms.values():
                membership_id = room.members.pop(pid, None)
                if membership_id:
                    self.memberships.pop(membership_id, None)
            del self.people[pid]
            self.emails.pop(person.data["emails"][0].lower(), None)
            if person.token:
                self.tokens.pop(person.token, None)

    def seed_people(self, people: list[Any]) -> None:
        """Create the seeded people."""
        for spec in people:
            self.new_person(dict(spec))
