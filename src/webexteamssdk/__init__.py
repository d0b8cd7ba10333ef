"""webexteamssdk: a typed Python SDK for the Webex messaging REST APIs.

Quick start::

    from webexteamssdk import WebexTeamsAPI, ApiError

    api = WebexTeamsAPI()          # token from WEBEX_TEAMS_ACCESS_TOKEN
    for room in api.rooms.list():
        print(room.title)

Run your code offline against the built-in emulator: ``webex-emulator --run python app.py``.
"""

from __future__ import annotations

import importlib as _importlib
import logging as _logging
import typing as _typing

from ._datetime import WebexTeamsDateTime
from ._download import FileInfo
from ._limits import RequestLimits
from ._retry import RetryPolicy
from ._version import __version__
from .api import WebexTeamsAPI
from .exceptions import (
    AccessTokenError,
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    ApiWarning,
    FileInfectedError,
    FileUnscannableError,
    MalformedResponse,
    RateLimitError,
    RateLimitWarning,
    webexteamssdkException,
    webexteamssdkWarning,
)
from .models.dictionary import dict_data_factory
from .models.immutable import (
    AccessToken,
    AdminAuditEvent,
    AttachmentAction,
    Event,
    GuestIssuerToken,
    ImmutableData,
    License,
    Membership,
    Message,
    Organization,
    Person,
    Role,
    Room,
    RoomMeetingInfo,
    Team,
    TeamMembership,
    Webhook,
    WebhookEvent,
    immutable_data_factory,
)
from .models.simple import SimpleDataModel, simple_data_factory

__title__ = "webexteamssdk"
__description__ = "Typed Python SDK for the Webex messaging REST APIs, with an emulator."
__url__ = "https://github.com/webexteamssdk/webexteamssdk"
__author__ = "webexteamssdk contributors"
__license__ = "MIT"

__all__ = [
    "AccessToken",
    "AccessTokenError",
    "AdminAuditEvent",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "ApiWarning",
    "AsyncWebexTeamsAPI",
    "AttachmentAction",
    "Event",
    "FileInfectedError",
    "FileInfo",
    "FileUnscannableError",
    "GuestIssuerToken",
    "ImmutableData",
    "License",
    "MalformedResponse",
    "Membership",
    "Message",
    "Organization",
    "Person",
    "RateLimitError",
    "RateLimitWarning",
    "RequestLimits",
    "RetryPolicy",
    "Role",
    "Room",
    "RoomMeetingInfo",
    "SimpleDataModel",
    "Team",
    "TeamMembership",
    "WebexTeamsAPI",
    "WebexTeamsDateTime",
    "Webhook",
    "WebhookEvent",
    "__version__",
    "cards",
    "dict_data_factory",
    "immutable_data_factory",
    "simple_data_factory",
    "webexteamssdkException",
    "webexteamssdkWarning",
]

if _typing.TYPE_CHECKING:
    from . import cards
    from ._async.client import AsyncWebexTeamsAPI

# Loaded on first use, so that `import webexteamssdk` stays fast for scripts that need
# neither cards nor asyncio.
_LAZY = {"cards": ("webexteamssdk.cards", None),
         "AsyncWebexTeamsAPI": ("webexteamssdk._async.client", "AsyncWebexTeamsAPI")}


def __getattr__(name: str) -> _typing.Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'webexteamssdk' has no attribute {name!r}")
    module_name, attribute = _LAZY[name]
    module = _importlib.import_module(module_name)
    value = getattr(module, attribute) if attribute else module
    globals()[name] = value
    return value


_logging.getLogger(__name__).addHandler(_logging.NullHandler())
