"""All emulator state and rules (no Starlette here; routes call these methods).

:class:`Store` is thread-safe: every method holds one ``threading.RLock`` so tests may read
and seed state from the main thread while the server thread serves requests.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from . import ids
from .exceptions import WebexError
from .rules.auth import AuthRules
from .rules.base import Content, Json
from .rules.messages import Upload
from .seed import SeedInput, load_seed

__all__ = ["Content", "Store", "Upload", "WebexError"]
SCAN_STATES = ("clean", "scanning", "infected", "unscannable")


class Store(AuthRules):
    """The emulated Webex organisation and every rule of the API it serves."""

    def __init__(self, seed: SeedInput = None, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(load_seed(seed), clock)
        self.reset()

    def reset(self) -> None:
        """Forget everything and load the seed again."""
        with self.lock:
            self.clear()
            for org in self.seed.get("orgs") or [{"displayName": "Emulated Org"}]:
                org_id = org.get("id") or ids.encode("ORGANIZATION", ids.new_uuid())
                created = ids.format_time(self.stamp()[0])
                self.orgs.append({"id": org_id, "displayName": org.get("displayName", ""),
                                  "created": created})
            self.seed_platform()
            self.seed_people(self.seed.get("people", []))
            self.assign_roles(self.seed.get("people", []))
            self.seed_audit_history()

    # Contents -------------------------------------------------------------------------

    def get_content(self, caller: str, content_id: str, allow: str | None) -> Content:
        """GET/HEAD /contents/{id}, honouring the anti-malware scan state."""
        with self.lock:
            key = ids.canonical(content_id, "CONTENT")
            content = self.contents.get(key) if key else None
            room = self.rooms.get(content.room_id) if content else None
            if content is None or room is None or caller not in room.members:
                raise WebexError(404, "The requested resource could not be found.")
        if content.state == "scanning":
            raise WebexError(423, "The file is being scanned for malware. Try again later.",
                             {"Retry-After": str(content.retry_after)})
        if content.state == "infected":
            raise WebexError(410, "The file was found to be infected and has been removed.")
        if content.state == "unscannable" and allow != "unscannable":
            raise WebexError(428, "The file cannot be scanned for malware and needs to be "
                                  "force downloaded with ?allow=unscannable.")
        return content

    def set_content_state(self, content_id: str, state: str, retry_after: int = 5) -> None:
        """Set a content's scan state: clean, scanning, infected or unscannable."""
        if state not in SCAN_STATES:
            raise WebexError(400, f"state must be one of {', '.join(SCAN_STATES)}")
        with self.lock:
            key = ids.canonical(content_id, "CONTENT")
            content = self.contents.get(key) if key else None
            if content is None:
                raise WebexError(404, "The requested resource could not be found.")
            content.state, content.retry_after = state, int(retry_after)

    # Inspection and seeding for tests -------------------------------------------------

    def add_person(self, email: str, display_name: str | None = None, *, token: str | None = None,
                   person_type: str = "person", admin: bool = False, **fields: Any) -> Json:
        """Create a person (with ``token`` if given) and return its JSON plus ``token``."""
        spec = {**fields, "email": email, "displayName": display_name or email,
                "type": person_type, "admin": admin, "token": token}
        with self.lock:
            person = self.new_person(spec)
            return {**person.data, "token": person.token}

    def all_people(self) -> list[Json]:
        """Every person's JSON, in creation order."""
        with self.lock:
            return [dict(p.data) for p in self.people.values()]

    def all_rooms(self) -> list[Json]:
        """Every room's stored JSON (direct rooms have no stored title)."""
        with self.lock:
            return [dict(r.data) for r in self.rooms.values()]

    def all_memberships(self) -> list[Json]:
        """Every membership's JSON."""
        with self.lock:
            return [self.render_membership(m) for m in self.memberships.values()]

    def all_messages(self) -> list[Json]:
        """Every message's JSON, oldest first."""
        with self.lock:
            return [dict(m.data) for m in sorted(self.messages.values(), key=lambda m: m.seq)]

    def counts(self) -> dict[str, int]:
        """Numbers of people, rooms, memberships, messages, contents, teams and webhooks."""
        with self.lock:
            return {"people": len(self.people), "rooms": len(self.rooms),
                    "memberships": len(self.memberships), "messages": len(self.messages),
                    "contents": len(self.contents), "teams": len(self.teams),
                    "webhooks": len(self.webhooks), "events": len(self.events)}

    def token_map(self) -> dict[str, str]:
        """Email → token of every person that has a token."""
        with self.lock:
            return {p.data["emails"][0]: p.token for p in self.people.values() if p.token}
