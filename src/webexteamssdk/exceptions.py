"""Exceptions and warnings raised by webexteamssdk.

The hierarchy (every class is importable from ``webexteamssdk``)::

    webexteamssdkException
    ├── webexteamssdkWarning (also a Warning)
    ├── AccessTokenError
    ├── MalformedResponse
    ├── ApiConnectionError            the request got no HTTP answer
    │   └── ApiTimeoutError           ... because a timeout expired
    └── ApiError                      Webex answered with an error status
        ├── RateLimitError            429, carries ``retry_after``
        ├── FileInfectedError         410: a message file was found infected
        ├── FileUnscannableError      428: a file could not be scanned
        └── ApiWarning (also a webexteamssdkWarning)
            └── RateLimitWarning      emitted while waiting out a 429

``ApiError`` and its subclasses keep the response, so ``err.response`` and
``err.status_code`` are always there; transport failures keep the request.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._retry import parse_retry_after
from .response_codes import RESPONSE_CODES

__all__ = [
    "AccessTokenError",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "ApiWarning",
    "FileInfectedError",
    "FileUnscannableError",
    "MalformedResponse",
    "RateLimitError",
    "RateLimitWarning",
    "webexteamssdkException",
    "webexteamssdkWarning",
]


class webexteamssdkException(Exception):
    """Base class for every exception raised by webexteamssdk."""


class webexteamssdkWarning(webexteamssdkException, Warning):
    """Base class for every warning emitted by webexteamssdk."""


class AccessTokenError(webexteamssdkException):
    """No access token was given and none was found in the environment."""


class MalformedResponse(webexteamssdkException):
    """Webex answered with data the SDK cannot use (e.g. a page without ``items``)."""


class ApiConnectionError(webexteamssdkException):
    """The request failed before Webex could answer (DNS, connect, TLS, dropped connection).

    Attributes:
        request: The ``httpx.Request`` that failed.
    """

    def __init__(self, message: str, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class ApiTimeoutError(ApiConnectionError):
    """A connect, read, write or pool timeout expired."""


def _read_details(response: httpx.Response) -> dict[str, Any] | None:
    if "json" not in response.headers.get("content-type", ""):
        return None
    try:
        details = json.loads(response.content)
    except ValueError:
        return None
    return details if isinstance(details, dict) else None


class ApiError(webexteamssdkException):
    """Webex answered a request with an error status.

    Attributes:
        response: The ``httpx.Response``.
        request: The ``httpx.Request`` that was answered.
        status_code: The HTTP status code, e.g. ``404``.
        status: The HTTP reason phrase, e.g. ``"Not Found"``.
        description: What the Webex documentation says the status code means.
        details: The parsed JSON error body, or None when the body is not JSON.
        message: The ``message`` field of the error body, or None.
        tracking_id: The Webex tracking id, from the body or else the ``Trackingid`` header.
        error_message: The full text of the exception.
    """

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.status = response.reason_phrase
        self.description = RESPONSE_CODES.get(self.status_code, "Unknown Response Code")
        self.details = _read_details(response)
        message = self.details.get("message") if self.details else None
        self.message: str | None = message if isinstance(message, str) else None
        tracking = self.details.get("trackingId") if self.details else None
        self.tracking_id: str | None = (
            tracking if isinstance(tracking, str) else response.headers.get("trackingid")
        )
        self.error_message = self._format()
        super().__init__(self.error_message)

    def _format(self) -> str:
        status = f" {self.status}" if self.status else ""
        text = f"[{self.status_code}]{status} - {self.message or self.description}"
        if self.tracking_id:
            text += f" [Tracking ID: {self.tracking_id}]"
        return text

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}] {self.status}>"


class RateLimitError(ApiError):
    """Webex answered 429 Too Many Requests.

    Attributes:
        retry_after: Seconds Webex asked us to wait (at least 1; 15 when the
            ``Retry-After`` header is missing or unreadable).
    """

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response)
        self.retry_after = parse_retry_after(response.headers.get("retry-after"))


class FileInfectedError(ApiError):
    """Webex answered 410: the file was found infected by malware and removed."""


class FileUnscannableError(ApiError):
    """Webex answered 428: the file cannot be scanned for malware (e.g. encrypted).

    Download it anyway with ``api.messages.download(url, dest, allow_unscannable=True)``.
    """

    def _format(self) -> str:
        return super()._format() + " (pass allow_unscannable=True to download it anyway)"


class ApiWarning(webexteamssdkWarning, ApiError):
    """A warning about an API response (the response is attached)."""


class RateLimitWarning(ApiWarning, RateLimitError):
    """Emitted when a 429 is being waited out before the request is retried."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response)
        self.error_message = (
            f"Rate limit reached; waiting {self.retry_after:g} seconds before retrying. "
            f"({self.error_message})"
        )
        self.args = (self.error_message,)
