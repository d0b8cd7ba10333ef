"""Webhook deliveries, sent off the request path by one background thread.

API handlers only enqueue; the worker POSTs in order, so a slow or dead target never
slows an API call. Each outcome is reported back so the store can disable a webhook
after repeated failures.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

__all__ = ["Delivery", "Deliverer"]


@dataclass(frozen=True)
class Delivery:
    """One POST to a webhook's target."""

    webhook_id: str
    target_url: str
    body: dict[str, Any]
    secret: str | None


class Deliverer:
    """A queue and a worker thread that send deliveries and log their outcome."""

    def __init__(
        self,
        report: Callable[[str, bool], None],
        is_active: Callable[[str], bool],
        timeout: float = 5.0,
    ) -> None:
        self._report = report
        self._is_active = is_active
        self._timeout = timeout
        self._queue: queue.Queue[Delivery | None] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.log: list[dict[str, Any]] = []

    def enqueue(self, delivery: Delivery) -> None:
        """Queue a delivery (starts the worker on first use)."""
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="webex-emulator-deliveries", daemon=True
                )
                self._thread.start()
        self._queue.put(delivery)

    def wait(self, timeout: float = 5.0) -> bool:
        """Wait until every queued delivery was sent; False if ``timeout`` passed first."""
        done = threading.Event()

        def join() -> None:
            self._queue.join()
            done.set()

        threading.Thread(target=join, daemon=True).start()
        return done.wait(timeout)

    def close(self) -> None:
        """Stop the worker after the deliveries already queued."""
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(None)
            thread.join(timeout=10)

    def _run(self) -> None:
        with httpx.Client(timeout=self._timeout) as client:
            while True:
                delivery = self._queue.get()
                try:
                    if delivery is None:
                        return
                    # A webhook disabled while this delivery waited gets nothing more.
                    if self._is_active(delivery.webhook_id):
                        self._send(client, delivery)
                finally:
                    self._queue.task_done()

    def _send(self, client: httpx.Client, delivery: Delivery) -> None:
        raw = json.dumps(delivery.body, separators=(",", ":")).encode()
        headers = {"Content-Type": "application/json"}
        if delivery.secret:
            key = delivery.secret.encode()
            headers["X-Spark-Signature"] = hmac.new(key, raw, hashlib.sha1).hexdigest()
        try:
            status = client.post(delivery.target_url, content=raw, headers=headers).status_code
        except httpx.HTTPError:
            status = 0
        ok = 200 <= status < 300
        self.log.append({"webhookId": delivery.webhook_id, "targetUrl": delivery.target_url,
                         "status": status, "ok": ok, "body": delivery.body,
                         "headers": headers})
        self._report(delivery.webhook_id, ok)
