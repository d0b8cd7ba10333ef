"""Receiving webhooks: check the signature, parse the delivery, fetch what it points at.

A webhook delivery is a JSON POST from Webex. When the webhook has a ``secret``, the
``X-Spark-Signature`` header carries the lowercase hex HMAC-SHA1 of the raw request
body keyed with that secret. The delivery never carries the sensitive parts of the
resource (a message's text, for instance); read them with ``fetch_resource``.

Example (any web framework)::

    from webexteamssdk import webhooks

    def receive(raw_body: bytes, headers: dict[str, str]) -> None:
        event = webhooks.parse_delivery(
            raw_body, headers.get("X-Spark-Signature"), secret=MY_SECRET
        )
        if event.resource == "messages" and event.event == "created":
            message = webhooks.fetch_resource(api, event)
            print(message.text)
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

from .exceptions import webexteamssdkException
from .models.immutable import WebhookEvent

__all__ = [
    "SIGNATURE_HEADER",
    "WebhookSignatureError",
    "fetch_resource",
    "parse_delivery",
    "signature",
    "verify_signature",
]

SIGNATURE_HEADER = "X-Spark-Signature"

_FETCHERS = {
    "messages": ("messages", "get"),
    "memberships": ("memberships", "get"),
    "rooms": ("rooms", "get"),
    "attachmentActions": ("attachment_actions", "get"),
}


class WebhookSignatureError(webexteamssdkException):
    """A delivery's ``X-Spark-Signature`` is missing or does not match the secret."""


def _as_bytes(value: str | bytes) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value


def signature(raw_body: str | bytes, secret: str | bytes) -> str:
    """Compute the ``X-Spark-Signature`` of a body: hex HMAC-SHA1 keyed with the secret.

    Args:
        raw_body: The exact bytes of the request body.
        secret: The webhook's secret.

    Returns:
        The lowercase hex digest.
    """
    return hmac.new(_as_bytes(secret), _as_bytes(raw_body), hashlib.sha1).hexdigest()


def verify_signature(
    raw_body: str | bytes, signature_header: str | None, secret: str | bytes
) -> bool:
    """Tell, in constant time, whether a delivery was signed with ``secret``.

    Args:
        raw_body: The exact bytes of the request body (not re-serialised JSON).
        signature_header: The value of the ``X-Spark-Signature`` header, or None.
        secret: The webhook's secret.

    Returns:
        True when the signature matches.
    """
    if not signature_header or not secret:
        return False
    expected = signature(raw_body, secret)
    return hmac.compare_digest(expected, signature_header.strip().lower())


def parse_delivery(
    raw_body: str | bytes | Mapping[str, Any],
    signature_header: str | None = None,
    secret: str | bytes | None = None,
) -> WebhookEvent:
    """Parse a webhook delivery into a ``WebhookEvent``, checking its signature.

    Args:
        raw_body: The raw request body (bytes or str), or already-parsed JSON.
        signature_header: The ``X-Spark-Signature`` header value.
        secret: The webhook's secret; when given, the signature must match
            (which needs the raw body, not parsed JSON).

    Returns:
        The ``WebhookEvent`` (``event.data`` holds the resource's id and metadata).

    Raises:
        WebhookSignatureError: If ``secret`` is given and the signature does not match.
        ValueError: If the body is not a JSON object.
    """
    if secret is not None:
        if isinstance(raw_body, Mapping):
            raise TypeError("checking a signature needs the raw body bytes, not parsed JSON")
        if not verify_signature(raw_body, signature_header, secret):
            raise WebhookSignatureError(
                f"The {SIGNATURE_HEADER} header does not match the body and the secret"
            )
    data = dict(raw_body) if isinstance(raw_body, Mapping) else json.loads(raw_body)
    if not isinstance(data, dict):
        raise ValueError("a webhook delivery must be a JSON object")
    return WebhookEvent(data)


def fetch_resource(api: Any, event: WebhookEvent) -> Any:
    """Read the full resource a delivery points at (e.g. the message with its text).

    Args:
        api: The ``WebexTeamsAPI`` to read with.
        event: The parsed delivery.

    Returns:
        The ``Message``, ``Membership``, ``Room`` or ``AttachmentAction``.

    Raises:
        ValueError: For a resource this helper cannot fetch, or a delivery without
            ``data.id``.
        ApiError: If Webex answers with an error.
    """
    group_name, method = _FETCHERS.get(event.resource or "", ("", ""))
    if not group_name:
        raise ValueError(f"cannot fetch resources of type {event.resource!r}")
    resource_id = event.data.json_data.get("id") if event.data is not None else None
    if not isinstance(resource_id, str) or not resource_id:
        raise ValueError("the delivery has no data.id")
    return getattr(getattr(api, group_name), method)(resource_id)
