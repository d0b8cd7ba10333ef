"""Package-wide constants (compatible with the original ``webexteamssdk.config``)."""

from __future__ import annotations

DEFAULT_BASE_URL = "https://webexapis.com/v1/"
DEFAULT_SINGLE_REQUEST_TIMEOUT = 60
DEFAULT_WAIT_ON_RATE_LIMIT = True

ACCESS_TOKEN_ENVIRONMENT_VARIABLE = "WEBEX_TEAMS_ACCESS_TOKEN"
# Read in this order after ACCESS_TOKEN_ENVIRONMENT_VARIABLE; the legacy names warn.
NEWER_ACCESS_TOKEN_ENVIRONMENT_VARIABLE = "WEBEX_ACCESS_TOKEN"
LEGACY_ACCESS_TOKEN_ENVIRONMENT_VARIABLES = ("SPARK_ACCESS_TOKEN", "CISCO_SPARK_ACCESS_TOKEN")
BASE_URL_ENVIRONMENT_VARIABLE = "WEBEX_TEAMS_BASE_URL"
BE_GEO_ID_ENVIRONMENT_VARIABLE = "BE_GEO_ID"
CALLER_ENVIRONMENT_VARIABLE = "WEBEX_PYTHON_SDK_CALLER"

WEBEX_TEAMS_DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"

# Webex quirk (semantics §8): Retry-After is an integer number of seconds; when it is
# missing or unreadable the original SDK waited 15 s, and never less than 1 s.
RATE_LIMIT_DEFAULT_WAIT = 15.0
RATE_LIMIT_MINIMUM_WAIT = 1.0
DEFAULT_MAX_RATE_LIMIT_RETRIES = 10

ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
