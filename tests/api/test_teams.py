"""TeamsAPI and TeamMembershipsAPI end to end against the emulator."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from webexteamssdk import ApiError, Team, TeamMembership, WebexTeamsAPI

ApiFor = Callable[[str], WebexTeamsAPI]


def test_team_lifecycle(webex_api: WebexTeamsAPI) -> None:
    team = webex_api.teams.create("Platform", description="The platform team")
    assert isinstance(team, Team)
    assert (team.name, team.description) == ("Platform", "The platform team")
    assert team.creatorId == webex_api.people.me().id and team.created is not None
    assert [t.id for t in webex_api.teams.list()] == [team.id]
    rooms = list(webex_api.rooms.list(teamId=team.id))
    assert [r.title for r in rooms] == ["General"]
    extra = webex_api.rooms.create("Design", teamId=team.id)
    assert extra.teamId == team.id
    assert len(list(webex_api.rooms.list(teamId=team.id))) == 2
    assert webex_api.teams.update(team.id, "Platform 2").name == "Platform 2"
    assert webex_api.teams.get(team.id).name == "Platform 2"
    webex_api.teams.delete(team.id)
    with pytest.raises(ApiError) as caught:
        webex_api.teams.get(team.id)
    assert caught.value.status_code == 404


def test_team_memberships(webex_api: WebexTeamsAPI, webex_api_for: ApiFor) -> None:
    team = webex_api.teams.create("Crew")
    creator = next(iter(webex_api.team_memberships.list(team.id)))
    assert isinstance(creator, TeamMembership) and creator.isModerator is True
    bob = webex_api.team_memberships.create(team.id, personEmail="bob@example.com")
    assert (bob.personEmail, bob.isModerator, bob.teamId) == ("bob@example.com", False, team.id)
    with pytest.raises(ApiError) as duplicate:
        webex_api.team_memberships.create(team.id, personEmail="bob@example.com")
    assert duplicate.value.status_code == 409
    assert webex_api.team_memberships.get(bob.id).personDisplayName == "Bob Baker"
    general = next(iter(webex_api_for("bob@example.com").rooms.list(teamId=team.id)))
    assert general.title == "General"
    assert webex_api.team_memberships.update(bob.id, isModerator=True).isModerator is True
    emails = {m.personEmail for m in webex_api.team_memberships.list(team.id, max=1)}
    assert emails == {"alice@example.com", "bob@example.com"}
    webex_api.team_memberships.delete(bob.id)
    with pytest.raises(ApiError) as last:
        webex_api.team_memberships.delete(creator.id)
    assert last.value.status_code == 400


def test_bad_input(webex_api: WebexTeamsAPI) -> None:
    with pytest.raises(TypeError, match="name must be str"):
        webex_api.teams.create(None)  # type: ignore[arg-type]
    with pytest.raises(ApiError) as caught:
        webex_api.teams.create("")
    assert caught.value.status_code == 400
    with pytest.raises(TypeError, match="teamId must be str"):
        webex_api.team_memberships.list(7)  # type: ignore[arg-type]
