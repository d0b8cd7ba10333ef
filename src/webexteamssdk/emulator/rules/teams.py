"""Teams and team memberships: a team has a General room and moderators."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import ids
from ..exceptions import WebexError
from ..pagination import PageRequest, take_page
from .base import NOT_FOUND, Json, Person
from .messages import MessageRules

LAST_MODERATOR = "The last moderator of a team cannot be removed."


@dataclass
class Team:
    """A team; ``members`` maps person id to team membership id."""

    data: Json
    seq: int
    members: dict[str, str] = field(default_factory=dict)


class TeamRules(MessageRules):
    """Rules for ``/teams`` and ``/team/memberships``."""

    def clear(self) -> None:
        """Drop every record, teams included."""
        with self.lock:
            super().clear()
            self.teams: dict[str, Team] = {}
            self.team_memberships: dict[str, Json] = {}

    def _team_for(self, caller: str, team_id: str) -> Team:
        key = ids.canonical(team_id, "TEAM")
        team = self.teams.get(key) if key else None
        if team is None or caller not in team.members:
            raise WebexError(404, NOT_FOUND)
        return team

    def _is_team_moderator(self, team: Team, person_id: str) -> bool:
        membership_id = team.members.get(person_id)
        return bool(membership_id and self.team_memberships[membership_id]["isModerator"])

    def _add_team_member(self, team: Team, person: Person, moderator: bool) -> Json:
        created, _ = self.stamp()
        pid, tid = person.data["id"], team.data["id"]
        mid = ids.encode("TEAM_MEMBERSHIP", f"{ids.raw_uuid(pid)}:{ids.raw_uuid(tid)}")
        data: Json = {"id": mid, "teamId": tid, "personId": pid, "isModerator": moderator,
                      "created": ids.format_time(created)}
        self.team_memberships[mid] = data
        team.members[pid] = mid
        general = self.rooms.get(team.data["generalRoomId"])
        if general is not None and pid not in general.members:
            self.add_member(general, person)
        return data

    def render_team_membership(self, data: Json) -> Json:
        """Team membership JSON with the person's current email and name."""
        person = self.people.get(data["personId"])
        details = person.data if person else {}
        return {**data, "personEmail": (details.get("emails") or [""])[0],
                "personDisplayName": details.get("displayName", ""),
                "personOrgId": details.get("orgId", self.org_id)}

    def create_team(self, caller: str, body: Json) -> Json:
        """POST /teams: the creator moderates it and a General room is made."""
        if not body.get("name"):
            raise WebexError(400, "name cannot be empty")
        with self.lock:
            created, seq = self.stamp()
            tid = ids.encode("TEAM", ids.new_uuid())
            data: Json = {"id": tid, "name": body["name"], "creatorId": caller,
                          "created": ids.format_time(created)}
            if body.get("description"):
                data["description"] = body["description"]
            general = self._new_room(caller, "group", {"title": "General", "teamId": tid})
            team = Team({**data, "generalRoomId": general.data["id"]}, seq)
            self.teams[tid] = team
            self._add_team_member(team, self.people[caller], True)
            return data

    def render_team(self, team: Team) -> Json:
        """Team JSON (without internal fields)."""
        return {k: v for k, v in team.data.items() if k != "generalRoomId"}

    def list_teams(self, caller: str, page: PageRequest) -> Json:
        """GET /teams: the caller's teams, newest first."""
        with self.lock:
            teams = [t for t in self.teams.values() if caller in t.members]
            chunk, cursor = take_page(teams, lambda t: ("", t.seq), page, descending=True)
            return {"body": {"items": [self.render_team(t) for t in chunk]}, "cursor": cursor}

    def get_team(self, caller: str, team_id: str) -> Json:
        """GET /teams/{id}."""
        with self.lock:
            return self.render_team(self._team_for(caller, team_id))

    def update_team(self, caller: str, team_id: str, body: Json) -> Json:
        """PUT /teams/{id}: ``name`` required, ``description`` optional."""
        if not body.get("name"):
            raise WebexError(400, "name cannot be empty")
        with self.lock:
            team = self._team_for(caller, team_id)
            team.data["name"] = body["name"]
            if body.get("description") is not None:
                team.data["description"] = body["description"]
            return self.render_team(team)

    def delete_team(self, caller: str, team_id: str) -> None:
        """DELETE /teams/{id} (moderators only): its rooms go with it."""
        with self.lock:
            team = self._team_for(caller, team_id)
            if not self._is_team_moderator(team, caller):
                raise WebexError(403, "Only team moderators may delete a team.")
            for room in [r for r in self.rooms.values() if r.data.get("teamId") == team.data["id"]]:
                self.drop_room(room)
            for membership_id in team.members.values():
                self.team_memberships.pop(membership_id, None)
            del self.teams[team.data["id"]]

    def create_room(self, caller: str, body: Json) -> Json:
        """POST /rooms; a ``teamId`` must name a team the caller belongs to."""
        if "teamId" in body and body["teamId"] is not None:
            with self.lock:
                self._team_for(caller, str(body["teamId"]))
                body = {**body, "teamId": ids.canonical(str(body["teamId"]), "TEAM")}
        return super().create_room(caller, body)

    def list_team_memberships(self, caller: str, team_id: str | None, page: PageRequest) -> Json:
        """GET /team/memberships?teamId= (teamId required)."""
        if not team_id:
            raise WebexError(400, "teamId cannot be null")
        with self.lock:
            team = self._team_for(caller, team_id)
            found = [self.team_memberships[m] for m in team.members.values()]
            chunk, cursor = take_page(found, lambda m: (m["created"], 0), page, descending=False)
            items = [self.render_team_membership(m) for m in chunk]
            return {"body": {"items": items}, "cursor": cursor}

    def create_team_membership(self, caller: str, body: Json) -> Json:
        """POST /team/memberships (moderators only; 409 on a duplicate)."""
        if not body.get("teamId"):
            raise WebexError(400, "teamId cannot be null")
        with self.lock:
            team = self._team_for(caller, str(body["teamId"]))
            if not self._is_team_moderator(team, caller):
                raise WebexError(403, "Only team moderators may add team members.")
            person = self._target_person(body)
            if person.data["id"] in team.members:
                raise WebexError(409, "Person is already a member of the team.")
            data = self._add_team_member(team, person, bool(body.get("isModerator")))
            return self.render_team_membership(data)

    def _team_membership(self, caller: str, membership_id: str) -> tuple[Json, Team]:
        key = ids.canonical(membership_id, "TEAM_MEMBERSHIP")
        data = self.team_memberships.get(key) if key else None
        team = self.teams.get(data["teamId"]) if data else None
        if data is None or team is None or caller not in team.members:
            raise WebexError(404, NOT_FOUND)
        return data, team

    def get_team_membership(self, caller: str, membership_id: str) -> Json:
        """GET /team/memberships/{id}."""
        with self.lock:
            return self.render_team_membership(self._team_membership(caller, membership_id)[0])

    def update_team_membership(self, caller: str, membership_id: str, body: Json) -> Json:
        """PUT /team/memberships/{id} {isModerator} (moderators only)."""
        if not isinstance(body.get("isModerator"), bool):
            raise WebexError(400, "isModerator must be a boolean.")
        with self.lock:
            data, team = self._team_membership(caller, membership_id)
            if not self._is_team_moderator(team, caller):
                raise WebexError(403, "Only team moderators may change moderators.")
            if not body["isModerator"]:
                self._require_other_moderator(team, data)
            data["isModerator"] = body["isModerator"]
            return self.render_team_membership(data)

    def _require_other_moderator(self, team: Team, data: Json) -> None:
        others = [m for m in team.members.values()
                  if m != data["id"] and self.team_memberships[m]["isModerator"]]
        if data["isModerator"] and not others:
            raise WebexError(400, LAST_MODERATOR)

    def delete_team_membership(self, caller: str, membership_id: str) -> None:
        """DELETE /team/memberships/{id}: the last moderator cannot be removed."""
        with self.lock:
            data, team = self._team_membership(caller, membership_id)
            if data["personId"] != caller and not self._is_team_moderator(team, caller):
                raise WebexError(403, "Only team moderators may remove team members.")
            self._require_other_moderator(team, data)
            del self.team_memberships[data["id"]]
            team.members.pop(data["personId"], None)
