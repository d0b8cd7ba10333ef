"""Fault injection and the request log, as a pure ASGI middleware.

When no fault, latency or rate limit is configured the middleware only normalises a trailing
slash and appends one small dict to the request log per ``/v1`` request.
"""

from __future__ import annotations

import asyncio
import logging
import re
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import JSON_TYPE, error_response, raw_response
from .exceptions import WebexError

KINDS = ("status", "drop", "delay", "malformed", "foreign_link")


class DroppedConnection(Exception):
    """Raised after starting a response so that the server aborts the connection."""


class _HideDrops(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DroppedConnection))


logging.getLogger("uvicorn.error").addFilter(_HideDrops())


@dataclass
class Rule:
    """One injected fault for the next ``count`` matching requests."""

    kind: str
    count: int = 1
    status: int = 500
    retry_after: int | None = None
    delay: float = 0.0
    path: str | None = None
    method: str | None = None
    link_origin: str = ""

    def matches(self, method: str, path: str) -> bool:
        """Whether this rule applies to a request."""
        return (self.path is None or path.startswith(self.path)) and (
            self.method is None or self.method.upper() == method)


class Faults:
    """Thread-safe fault configuration, rate limiter and request log."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.log: deque[dict[str, Any]] = deque(maxlen=100_000)
        self.reset()

    def reset(self) -> None:
        """Clear rules, latency, rate limit and the request log."""
        with self.lock:
            self.rules: list[Rule] = []
            self.latency = 0.0
            self.per_second: float | None = None
            self.rate_retry_after = 1
            self.windows: dict[str, tuple[float, int]] = {}
            self.log.clear()
            self.active = False

    def _refresh(self) -> None:
        self.active = bool(self.rules) or self.latency > 0 or self.per_second is not None

    def add(self, rule: Rule) -> None:
        """Queue a fault rule."""
        if rule.kind not in KINDS or rule.count < 1:
            raise WebexError(400, "Invalid fault.")
        with self.lock:
            self.rules.append(rule)
            self._refresh()

    def clear(self) -> None:
        """Remove every queued fault rule, the latency and the rate limit."""
        with self.lock:
            self.rules.clear()
            self.latency = 0.0
            self.per_second = None
            self.windows.clear()
            self._refresh()

    def set_latency(self, seconds: float) -> None:
        """Delay every /v1 request by ``seconds`` (0 disables)."""
        with self.lock:
            self.latency = max(0.0, float(seconds))
            self._refresh()

    def set_rate_limit(self, per_second: float | None, retry_after: int = 1) -> None:
        """Allow ``per_second`` requests per token per second (None disables)."""
        with self.lock:
            self.per_second = None if per_second is None else float(per_second)
            self.rate_retry_after = int(retry_after)
            self.windows.clear()
            self._refresh()

    def take(self, method: str, path: str) -> Rule | None:
        """Consume and return the first rule matching the request, if any."""
        with self.lock:
            for rule in self.rules:
                if rule.matches(method, path):
                    rule.count -= 1
                    if rule.count <= 0:
                        self.rules.remove(rule)
                        self._refresh()
                    return rule
        return None

    def over_limit(self, token: str) -> bool:
        """Count a request of ``token`` and say whether it exceeds the rate limit."""
        with self.lock:
            if self.per_second is None:
                return False
            now = time.monotonic()
            start, count = self.windows.get(token, (now, 0))
            if now - start >= 1.0:
                start, count = now, 0
            self.windows[token] = (start, count + 1)
            return count + 1 > self.per_second

    def requests(self) -> list[dict[str, Any]]:
        """The request log: ``{"method", "path", "query", "status"}`` per /v1 request."""
        with self.lock:
            entries = list(self.log)
        return [{**e, "query": dict(parse_qsl(e["query"], keep_blank_values=True))}
                for e in entries]

    def clear_requests(self) -> None:
        """Empty the request log."""
        with self.lock:
            self.log.clear()


def _token(scope: Scope) -> str:
    for key, value in scope["headers"]:
        if key == b"authorization":
            return str(value.decode("latin-1"))
    return ""


class FaultsMiddleware:
    """Pure ASGI middleware: trailing slashes, request log, injected faults."""

    def __init__(self, app: ASGIApp, faults: Faults) -> None:
        self.app = app
        self.faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        if len(path) > 1 and path.endswith("/"):
            path = path.rstrip("/") or "/"
            scope = {**scope, "path": path, "raw_path": path.encode()}
        if not path.startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        entry = {"method": scope["method"], "path": path,
                 "query": scope["query_string"].decode("latin-1"), "status": 0}
        self.faults.log.append(entry)

        async def logged_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                entry["status"] = message["status"]
            await send(message)

        if self.faults.active and await self._inject(scope, receive, logged_send, entry):
            return
        await self.app(scope, receive, logged_send)

    async def _inject(self, scope: Scope, receive: Receive, send: Send,
                      entry: dict[str, Any]) -> bool:
        faults = self.faults
        if faults.latency:
            await asyncio.sleep(faults.latency)
        if faults.per_second is not None and faults.over_limit(_token(scope)):
            retry = {"Retry-After": str(faults.rate_retry_after)}
            await error_response(429, "Too many requests.", retry)(scope, receive, send)
            return True
        rule = faults.take(scope["method"], entry["path"])
        if rule is None:
            return False
        if rule.kind == "delay":
            await asyncio.sleep(rule.delay)
            return False
        if rule.kind == "foreign_link":
            await self.app(scope, receive, _rewriting_links(send, rule.link_origin))
            return True
        await self._answer(rule, scope, receive, send, entry)
        return True

    async def _answer(self, rule: Rule, scope: Scope, receive: Receive, send: Send,
                      entry: dict[str, Any]) -> None:
        if rule.kind == "drop":
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", JSON_TYPE.encode())]})
            entry["status"] = 0
            raise DroppedConnection("connection dropped by fault injection")
        if rule.kind == "malformed":
            await raw_response(b'{"items": [<html>', JSON_TYPE)(scope, receive, send)
            return
        retry = rule.retry_after
        if retry is None and rule.status in (423, 429):
            retry = 1
        headers = {"Retry-After": str(retry)} if retry is not None else None
        await error_response(rule.status, None, headers)(scope, receive, send)


_LINK_ORIGIN = re.compile(rb"<[a-zA-Z][a-zA-Z0-9+.-]*://[^/>]*")


def _rewriting_links(send: Send, origin: str) -> Send:
    """Wrap ``send`` so that ``Link`` headers point at ``origin`` instead of the emulator."""
    replacement = b"<" + origin.rstrip("/").encode("latin-1")

    async def rewrite(message: Message) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": [
                (key, _LINK_ORIGIN.sub(replacement, value) if key == b"link" else value)
                for key, value in message.get("headers", [])]}
        await send(message)

    return rewrite
