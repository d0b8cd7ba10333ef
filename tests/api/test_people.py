"""PeopleAPI end to end against the emulator."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from webexteamssdk import ApiError, Person, WebexTeamsAPI

ApiFor = Callable[[str], WebexTeamsAPI]


def test_me_and_get(webex_api: WebexTeamsAPI) -> None:
    me = webex_api.people.me()
    assert isinstance(me, Person)
    assert me.emails == ["alice@example.com"]
    assert me.displayName == "Alice Archer"
    assert me.type == "person"
    assert me.orgId
    assert webex_api.people.get(me.id).id == me.id


def test_list_by_email_name_and_ids(webex_api: WebexTeamsAPI) -> None:
    bob = next(iter(webex_api.people.list(email="bob@example.com")))
    assert bob.displayName == "Bob Baker"
    assert [p.displayName for p in webex_api.people.list(displayName="Car")] == ["Carol Chen"]
    assert list(webex_api.people.list(email="nobody@example.com")) == []
    me = webex_api.people.me()
    found = {p.id for p in webex_api.people.list(id=f"{me.id},{bob.id}")}
    assert found == {me.id, bob.id}


def test_admin_crud(webex_api_for: ApiFor, webex_api: WebexTeamsAPI) -> None:
    admin = webex_api_for("admin@example.com")
    person = admin.people.create(
        ["dave@example.com"], displayName="Dave Doe", firstName="Dave", lastName="Doe"
    )
    assert person.emails == ["dave@example.com"]
    details = person.to_dict()
    details.update(displayName="David Doe")
    details.pop("id")
    updated = admin.people.update(person.id, **details)
    assert updated.displayName == "David Doe"
    assert len(list(admin.people.list(max=2))) >= 6
    with pytest.raises(ApiError) as caught:
        webex_api.people.create(["eve@example.com"], displayName="Eve")
    assert caught.value.status_code == 403
    admin.people.delete(person.id)
    with pytest.raises(ApiError):
        admin.people.get(person.id)


def test_bot_identity(webex_api_for: ApiFor) -> None:
    assert webex_api_for("bot@webex.bot").people.me().type == "bot"


def test_bad_input(webex_api: WebexTeamsAPI) -> None:
    with pytest.raises(TypeError, match="emails must be a list of str, got str"):
        webex_api.people.create("x@example.com")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="personId must be str"):
        webex_api.people.get(None)  # type: ignore[arg-type]
