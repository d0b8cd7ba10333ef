"""Checked by mypy only (not collected by pytest): the public surface is typed."""

from __future__ import annotations

from typing_extensions import assert_type

from webexteamssdk import (
    ImmutableData,
    Membership,
    Message,
    Person,
    Room,
    WebexTeamsAPI,
    WebexTeamsDateTime,
)
from webexteamssdk.generator_containers import GeneratorContainer


def check(api: WebexTeamsAPI) -> None:
    room = api.rooms.get("id")
    assert_type(room, Room)
    assert_type(room.title, str | None)
    assert_type(room.isLocked, bool | None)
    assert_type(room.created, WebexTeamsDateTime | None)
    me = api.people.me()
    assert_type(me, Person)
    assert_type(me.displayName, str | None)
    assert_type(me.emails, list[str] | None)
    message = api.messages.create(room.id or "", text="hi")
    assert_type(message, Message)
    assert_type(message.files, list[str] | None)
    assert_type(api.memberships.list(roomId="r"), GeneratorContainer[Membership])
    event = api.events.get("e")
    assert_type(event.data, ImmutableData | None)
    api.rooms.delete("id")
