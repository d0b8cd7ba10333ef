"""Data objects: ImmutableData behaviour, typed fields, factories and timestamps."""

from __future__ import annotations

import copy
import json
import pickle
from datetime import datetime, timedelta, timezone

import pytest

from webexteamssdk import (
    AdminAuditEvent,
    Event,
    ImmutableData,
    Membership,
    Message,
    Person,
    Room,
    SimpleDataModel,
    WebexTeamsDateTime,
    dict_data_factory,
    immutable_data_factory,
    simple_data_factory,
)
from webexteamssdk.models.immutable import immutable_data_models

ROOM = {
    "id": "R1",
    "title": "Demo",
    "type": "group",
    "isLocked": False,
    "created": "2016-11-12T03:24:39.278Z",
    "custom": {"nested": {"deep": 1}},
    "tags": [{"a": 1}],
}


def test_declared_attributes_and_absent_ones() -> None:
    room = Room(ROOM)
    assert room.title == "Demo"
    assert room.isLocked is False
    assert room.teamId is None  # declared, absent
    with pytest.raises(AttributeError, match="'Room' object has no attribute 'nope'"):
        room.nope  # noqa: B018 - undeclared and absent
    assert room.custom.nested.deep == 1  # undeclared, present, nested dicts wrapped
    assert room.tags == [{"a": 1}]  # lists come back raw


def test_json_views_are_copies() -> None:
    room = Room(json.dumps(ROOM))
    data = room.json_data
    data["title"] = "changed"
    assert room.title == "Demo"
    assert room.to_dict() == ROOM
    assert json.loads(room.to_json()) == ROOM
    assert room.to_json(indent=2).startswith("{\n")


def test_repr_str_eq_hash_and_immutability() -> None:
    person = Person({"id": "P", "displayName": "Chris Lunsford"})
    assert repr(person) == 'Person(\'{"id": "P", "displayName": "Chris Lunsford"}\')'
    assert str(person).startswith("Webex Teams Person:\n{\n")
    assert person == Person({"displayName": "Chris Lunsford", "id": "P"})
    assert person != Room({"id": "P", "displayName": "Chris Lunsford"})
    assert len({person, Person({"id": "P", "displayName": "Chris Lunsford"})}) == 1
    with pytest.raises(AttributeError):
        person.displayName = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del person.id
    assert "displayName" in dir(person)
    assert pickle.loads(pickle.dumps(person)) == person
    assert copy.deepcopy(person) == person


def test_bad_json_data() -> None:
    with pytest.raises(TypeError, match="dict or a JSON string"):
        Room(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be an object"):
        Room("[1, 2]")


def test_datetimes_are_tolerant() -> None:
    for text in (
        "2016-11-12T03:24:39.278Z",
        "2016-11-12T03:24:39Z",
        "2016-11-12T03:24:39.278123456Z",
        "2016-11-12T04:24:39.278+01:00",
        "2016-11-12T03:24:39.278",
    ):
        value = WebexTeamsDateTime.strptime(text)
        expected = datetime(2016, 11, 12, 3, 24, 39, tzinfo=timezone.utc)
        assert value.replace(microsecond=0) == expected
    stamp = "2016-11-12T03:24:39.278Z"
    assert str(WebexTeamsDateTime.strptime(stamp)) == stamp
    room = Room(ROOM)
    assert room.created is not None and room.created.tzinfo is not None
    assert Room({"created": ""}).created is None
    with pytest.raises(ValueError):
        WebexTeamsDateTime.strptime("yesterday")
    naive = WebexTeamsDateTime(2020, 1, 2, 3, 4, 5, 6000)
    with pytest.warns(UserWarning):
        assert str(naive) == "2020-01-02T03:04:05.006Z"
    shifted = WebexTeamsDateTime(2020, 1, 2, 4, 4, 5, tzinfo=timezone(timedelta(hours=1)))
    assert str(shifted) == "2020-01-02T03:04:05.000Z"


def test_nested_data_and_deprecated_fields() -> None:
    assert Event({"id": "e"}).data is None
    event = Event({"id": "e", "data": {"id": "m", "text": "hi"}})
    assert isinstance(event.data, ImmutableData) and event.data.text == "hi"
    audit = AdminAuditEvent({"data": {"actorName": "Ada", "adminRoles": ["Full_Admin"]}})
    assert audit.data is not None and audit.data.actorName == "Ada"
    with pytest.warns(DeprecationWarning, match="isMonitor"):
        assert Membership({"isMonitor": False}).isMonitor is False


def test_factories() -> None:
    assert isinstance(immutable_data_factory("message", {"id": "m"}), Message)
    assert type(immutable_data_factory("unknown_thing", {"id": "x"})) is ImmutableData
    assert set(immutable_data_models) >= {"person", "room", "webhook_event", "guest_issuer_token"}
    assert dict_data_factory("room", '{"id": "r"}') == {"id": "r"}
    simple = simple_data_factory("room", {"id": "r", "nested": {"a": 1}})
    assert isinstance(simple, SimpleDataModel)
    assert simple.id == "r" and simple.nested.a == 1  # type: ignore[attr-defined]
    assert json.loads(str(simple)) == {"id": "r", "nested": {"a": 1}}


def test_models_are_small() -> None:
    message = Message({"id": "m"})
    assert not hasattr(message, "__dict__")


def test_page_builder_matches_the_constructor() -> None:
    from webexteamssdk.models._base import page_builder

    build = page_builder(Message)
    items = [{"id": "m1", "text": "hi"}, {"id": "m2"}]
    built = build(items)
    assert built == [Message(item) for item in items]
    assert all(type(message) is Message for message in built)
    assert built[0].text == "hi" and built[1].text is None
    # Anything but a JSON object goes through the constructor and its checks.
    assert build(['{"id": "m3"}'])[0].id == "m3"
    with pytest.raises(TypeError, match="json_data must be"):
        build([{"id": "m4"}, 5])
