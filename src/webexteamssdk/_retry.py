"""When to retry a request and how long to wait: pure functions, no I/O, no sleeping."""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

import httpx

from .config import (
    DEFAULT_MAX_RATE_LIMIT_RETRIES,
    RATE_LIMIT_DEFAULT_WAIT,
    RATE_LIMIT_MINIMUM_WAIT,
)

__all__ = [
    "Attempts",
    "RetryPolicy",
    "delay_after_error",
    "delay_after_response",
    "parse_retry_after",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# Errors raised before the request left the client: safe to resend even a POST.
_UNSENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Errors after which the server may have acted on the request.
_MAYBE_SENT_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@dataclass(frozen=True)
class RetryPolicy:
    """How a client retries: failures, overloaded servers and rate limits.

    Change a policy with ``dataclasses.replace(policy, ...)``; ``RetryPolicy.disabled()``
    switches every retry off.

    Attributes:
        max_retries: Retries after a connection error, a timeout or a 502/503/504.
            GET, PUT and DELETE are retried for all of them; a POST only when the
            request cannot have reached the server (a connect error), so a message is
            never posted twice.
        backoff_factor: First backoff delay in seconds; it doubles each retry.
        backoff_max: The longest backoff delay in seconds.
        jitter: Fraction of each backoff delay that is randomised away (0 to 1).
        max_rate_limit_retries: How many 429/423 answers one call waits out (429 only
            while ``wait_on_rate_limit`` is on) before the error is raised.
        max_rate_limit_wait: The longest single ``Retry-After`` wait in seconds; a
            longer one raises at once instead of stalling.
    """

    max_retries: int = 3
    backoff_factor: float = 0.5
    backoff_max: float = 8.0
    jitter: float = 0.25
    max_rate_limit_retries: int = DEFAULT_MAX_RATE_LIMIT_RETRIES
    max_rate_limit_wait: float = 3600.0

    def __post_init__(self) -> None:
        for name in ("max_retries", "max_rate_limit_retries"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"RetryPolicy.{name} must be an int")
            if value < 0:
                raise ValueError(f"RetryPolicy.{name} must be >= 0")
        if not 0 <= self.jitter <= 1:
            raise ValueError("RetryPolicy.jitter must be between 0 and 1")
        if self.backoff_factor < 0 or self.backoff_max < 0 or self.max_rate_limit_wait <= 0:
            raise ValueError("RetryPolicy delays must be positive")

    @classmethod
    def disabled(cls) -> RetryPolicy:
        """A policy that never retries (errors surface at once)."""
        return cls(max_retries=0, max_rate_limit_retries=0)

    def backoff(self, retry_number: int, rand: Callable[[], float] = random.random) -> float:
        """Capped exponential backoff with jitter for the ``retry_number``-th retry (0-based)."""
        delay: float = min(self.backoff_max, self.backoff_factor * 2.0**retry_number)
        return delay * (1.0 - self.jitter * rand())


@dataclass
class Attempts:
    """What one call has used of its retry budget."""

    retries: int = 0
    rate_limit_waits: int = 0


def delay_after_response(
    response: httpx.Response,
    policy: RetryPolicy,
    attempts: Attempts,
    wait_on_rate_limit: bool,
    rand: Callable[[], float] = random.random,
) -> float | None:
    """Return how long to wait before retrying an error answer, or None to give up.

    429 (when ``wait_on_rate_limit``) and 423 wait for ``Retry-After``: Webex did not
    act on the request, so any method may be resent. 502/503/504 back off, for
    idempotent methods only.
    """
    status = response.status_code
    if status == 423 or (status == 429 and wait_on_rate_limit):
        if attempts.rate_limit_waits >= policy.max_rate_limit_retries:
            return None
        delay = parse_retry_after(response.headers.get("retry-after"))
        if delay > policy.max_rate_limit_wait:
            return None
        attempts.rate_limit_waits += 1
        return delay
    if status in (502, 503, 504) and response.request.method in IDEMPOTENT_METHODS:
        return _backoff(policy, attempts, rand)
    return None


def delay_after_error(
    error: Exception,
    method: str,
    policy: RetryPolicy,
    attempts: Attempts,
    rand: Callable[[], float] = random.random,
) -> float | None:
    """Return how long to wait before retrying after a transport error, or None."""
    if isinstance(error, _UNSENT_ERRORS):
        return _backoff(policy, attempts, rand)
    if isinstance(error, _MAYBE_SENT_ERRORS) and method in IDEMPOTENT_METHODS:
        return _backoff(policy, attempts, rand)
    return None


def _backoff(policy: RetryPolicy, attempts: Attempts, rand: Callable[[], float]) -> float | None:
    if attempts.retries >= policy.max_retries:
        return None
    delay = policy.backoff(attempts.retries, rand)
    attempts.retries += 1
    return delay


def parse_retry_after(value: str | None, now: Callable[[], float] = time.time) -> float:
    """Read a ``Retry-After`` header value as seconds to wait.

    Args:
        value: The header value: an integer or decimal number of seconds, or an
            HTTP date. None when the header is absent.
        now: Clock used to turn an HTTP date into a delay.

    Returns:
        The delay in seconds, never below 1; 15 when the value is missing or unreadable.
    """
    if value is None:
        return RATE_LIMIT_DEFAULT_WAIT
    text = value.strip()
    try:
        seconds: float | None = float(text)
    except ValueError:
        seconds = _seconds_until_http_date(text, now)
    if seconds is None or not math.isfinite(seconds):
        return RATE_LIMIT_DEFAULT_WAIT
    return max(RATE_LIMIT_MINIMUM_WAIT, seconds)


def _seconds_until_http_date(text: str, now: Callable[[], float]) -> float | None:
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return when.timestamp() - now()
