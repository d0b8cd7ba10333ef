"""The public surface: top-level names and the module paths of the 1.x package."""

from __future__ import annotations

import importlib

import pytest

import webexteamssdk

REFERENCE_NAMES = [
    "WebexTeamsAPI", "ApiError", "AccessTokenError", "RateLimitError", "RateLimitWarning",
    "ApiWarning", "MalformedResponse", "webexteamssdkException", "webexteamssdkWarning",
    "dict_data_factory", "immutable_data_factory", "simple_data_factory", "SimpleDataModel",
    "AccessToken", "AdminAuditEvent", "AttachmentAction", "Event", "GuestIssuerToken",
    "License", "Membership", "Message", "Organization", "Person", "Role", "Room",
    "RoomMeetingInfo", "Team", "TeamMembership", "Webhook", "WebhookEvent",
    "WebexTeamsDateTime", "cards", "__version__",
]


@pytest.mark.parametrize("name", REFERENCE_NAMES)
def test_reference_names_are_exported(name: str) -> None:
    assert hasattr(webexteamssdk, name)
    assert name in webexteamssdk.__all__


def test_all_is_sorted_and_complete() -> None:
    assert webexteamssdk.__all__ == sorted(webexteamssdk.__all__)
    public = {
        name for name, value in vars(webexteamssdk).items()
        if not name.startswith("_") and not isinstance(value, type(importlib))
    }
    assert public - {"annotations"} <= set(webexteamssdk.__all__)


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("webexteamssdk.api.people", "PeopleAPI"),
        ("webexteamssdk.api.rooms", "RoomsAPI"),
        ("webexteamssdk.api.memberships", "MembershipsAPI"),
        ("webexteamssdk.api.messages", "MessagesAPI"),
        ("webexteamssdk.restsession", "RestSession"),
        ("webexteamssdk.generator_containers", "GeneratorContainer"),
        ("webexteamssdk.models.immutable", "Person"),
        ("webexteamssdk.models.immutable", "ImmutableData"),
        ("webexteamssdk.models.immutable", "immutable_data_factory"),
        ("webexteamssdk.models.dictionary", "dict_data_factory"),
        ("webexteamssdk.models.simple", "SimpleDataModel"),
        ("webexteamssdk.utils", "WebexTeamsDateTime"),
        ("webexteamssdk.exceptions", "ApiError"),
        ("webexteamssdk.config", "DEFAULT_BASE_URL"),
        ("webexteamssdk.config", "DEFAULT_SINGLE_REQUEST_TIMEOUT"),
        ("webexteamssdk.config", "DEFAULT_WAIT_ON_RATE_LIMIT"),
        ("webexteamssdk.config", "ACCESS_TOKEN_ENVIRONMENT_VARIABLE"),
        ("webexteamssdk.response_codes", "RESPONSE_CODES"),
    ],
)
def test_compat_module_paths(module: str, name: str) -> None:
    assert hasattr(importlib.import_module(module), name)


def test_config_values() -> None:
    from webexteamssdk import config

    assert config.DEFAULT_BASE_URL == "https://webexapis.com/v1/"
    assert config.DEFAULT_SINGLE_REQUEST_TIMEOUT == 60
    assert config.DEFAULT_WAIT_ON_RATE_LIMIT is True
    assert config.ACCESS_TOKEN_ENVIRONMENT_VARIABLE == "WEBEX_TEAMS_ACCESS_TOKEN"


def test_exception_hierarchy() -> None:
    from webexteamssdk import exceptions as e

    assert issubclass(e.RateLimitError, e.ApiError)
    assert issubclass(e.RateLimitWarning, e.RateLimitError)
    assert issubclass(e.RateLimitWarning, Warning)
    assert issubclass(e.ApiWarning, e.webexteamssdkWarning)
    assert issubclass(e.ApiTimeoutError, e.ApiConnectionError)
    for cls in (e.ApiError, e.AccessTokenError, e.MalformedResponse, e.ApiConnectionError):
        assert issubclass(cls, e.webexteamssdkException)
