"""Request preparation, response interpretation and retry decisions shared by both faces.

Nothing here sends or sleeps: the sessions call these functions around their own
``send`` and ``sleep``, so the rules live once.
"""

from __future__ import annotations

import json
import logging
import warnings
from collections.abc import Mapping
from typing import IO, Any

import httpx

from ._retry import Attempts, RetryPolicy, delay_after_error, delay_after_response
from .exceptions import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    FileInfectedError,
    FileUnscannableError,
    MalformedResponse,
    RateLimitError,
    RateLimitWarning,
)

__all__ = [
    "call_options",
    "decode_json",
    "error_delay",
    "error_for",
    "is_success",
    "log_response",
    "log_retry",
    "retry_delay",
    "rewind_files",
    "transport_error",
]

logger = logging.getLogger("webexteamssdk")


def transport_error(error: httpx.TransportError) -> ApiConnectionError:
    """Map an httpx transport failure to our ``ApiConnectionError`` family."""
    cls = ApiTimeoutError if isinstance(error, httpx.TimeoutException) else ApiConnectionError
    return cls(f"{type(error).__name__}: {error}", _request_of(error))


def _request_of(error: httpx.TransportError) -> httpx.Request | None:
    try:
        return error.request
    except RuntimeError:
        return None


_ERRORS: dict[int, type[ApiError]] = {
    410: FileInfectedError,
    428: FileUnscannableError,
    429: RateLimitError,
}


def error_for(response: httpx.Response) -> ApiError:
    """Build the exception for an error response (a subclass for 410, 428 and 429)."""
    return _ERRORS.get(response.status_code, ApiError)(response)


def is_success(response: httpx.Response, erc: int | None) -> bool:
    """Tell whether the response is a success (the expected code or any 2xx)."""
    return response.status_code == erc or response.is_success


def decode_json(response: httpx.Response) -> Any:
    """Parse a JSON response body; an empty body gives an empty dict."""
    if not response.content:
        return {}
    try:
        return json.loads(response.content)
    except ValueError as error:
        preview = response.text[:200]
        raise MalformedResponse(
            f"Expected JSON from {response.request.method} {response.request.url}, "
            f"got {response.headers.get('content-type', 'no content type')}: {preview!r}"
        ) from error


def rewind_files(files: Mapping[str, Any] | None, positions: dict[int, int]) -> None:
    """Put upload file objects back where they started, so a resend sends every byte."""
    for item in (files or {}).values():
        handle = item[1] if isinstance(item, tuple) else item
        if not _is_seekable(handle):
            continue
        key = id(handle)
        if key in positions:
            handle.seek(positions[key])
        else:
            positions[key] = handle.tell()


def _is_seekable(handle: Any) -> bool:
    seekable = getattr(handle, "seekable", None)
    return bool(seekable and seekable())


def log_response(response: httpx.Response) -> None:
    """Log one DEBUG line per request, in httpx's form (no headers, so no token)."""
    if logger.isEnabledFor(logging.DEBUG):
        request = response.request
        logger.debug(
            'HTTP Request: %s %s "%s %d %s"',
            request.method,
            request.url,
            response.http_version,
            response.status_code,
            response.reason_phrase,
        )


def log_retry(method: str, url: httpx.URL | str, reason: str, delay: float, attempt: int) -> None:
    """Log one DEBUG line per retry: what failed, the attempt and the delay."""
    logger.debug(
        "Retrying %s %s after %s (retry %d, waiting %.2f s)", method, url, reason, attempt, delay
    )


UploadFile = tuple[str, IO[bytes], str]


def retry_delay(
    response: httpx.Response, policy: RetryPolicy, attempts: Attempts, wait_on_rate_limit: bool
) -> float:
    """Return the wait before retrying an error answer, or raise its exception."""
    delay = delay_after_response(response, policy, attempts, wait_on_rate_limit)
    if delay is None:
        raise error_for(response)
    if response.status_code == 429:
        warnings.warn(RateLimitWarning(response), stacklevel=6)
    request = response.request
    retries = attempts.retries + attempts.rate_limit_waits
    log_retry(request.method, request.url, str(response.status_code), delay, retries)
    return delay


def call_options(
    default: RetryPolicy, kwargs: dict[str, Any]
) -> tuple[RetryPolicy, bool, Any]:
    """Take our own options out of the keyword arguments of a request; drop empty params."""
    policy: RetryPolicy = kwargs.pop("retry", None) or default
    if not kwargs.get("params", True):
        # httpx parses the URL a second time to merge even an empty params dict.
        del kwargs["params"]
    return policy, kwargs.pop("stream", False), kwargs.pop("auth", httpx.USE_CLIENT_DEFAULT)


def error_delay(
    error: httpx.TransportError,
    method: str,
    url: str | httpx.URL,
    policy: RetryPolicy,
    attempts: Attempts,
) -> float:
    """Return the wait before retrying after a transport error, or raise ours."""
    delay = delay_after_error(error, method, policy, attempts)
    if delay is None:
        raise transport_error(error) from error
    log_retry(method, url, type(error).__name__, delay, attempts.retries)
    return delay
