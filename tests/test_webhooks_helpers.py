"""webexteamssdk.webhooks: signatures, parsing, fetching."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from webexteamssdk import WebhookEvent, webhooks

BODY = json.dumps(
    {
        "id": "WH1", "name": "hook", "resource": "messages", "event": "created",
        "actorId": "P1", "data": {"id": "M1", "roomId": "R1", "personEmail": "a@example.com"},
    }
).encode()


def test_signature_is_hex_hmac_sha1() -> None:
    expected = hmac.new(b"s3cret", BODY, hashlib.sha1).hexdigest()
    assert webhooks.signature(BODY, "s3cret") == expected
    assert webhooks.verify_signature(BODY, expected, "s3cret")
    assert webhooks.verify_signature(BODY.decode(), expected.upper(), b"s3cret")
    assert not webhooks.verify_signature(BODY, expected, "other")
    assert not webhooks.verify_signature(BODY + b" ", expected, "s3cret")
    assert not webhooks.verify_signature(BODY, None, "s3cret")
    assert not webhooks.verify_signature(BODY, expected, "")


def test_parse_delivery_checks_signature() -> None:
    good = webhooks.signature(BODY, "k")
    event = webhooks.parse_delivery(BODY, good, secret="k")
    assert isinstance(event, WebhookEvent)
    assert event.resource == "messages"
    assert event.data is not None and event.data.id == "M1"
    with pytest.raises(webhooks.WebhookSignatureError):
        webhooks.parse_delivery(BODY, "0" * 40, secret="k")
    with pytest.raises(TypeError, match="raw body"):
        webhooks.parse_delivery(json.loads(BODY), good, secret="k")
    assert webhooks.parse_delivery(json.loads(BODY)).actorId == "P1"
    with pytest.raises(ValueError, match="JSON object"):
        webhooks.parse_delivery(b"[1, 2]")


def test_fetch_resource_rejects_unknown_kinds() -> None:
    event = webhooks.parse_delivery(json.dumps({"resource": "meetings", "data": {"id": "x"}}))
    with pytest.raises(ValueError, match="cannot fetch"):
        webhooks.fetch_resource(object(), event)
    no_id = webhooks.parse_delivery(json.dumps({"resource": "messages", "data": {}}))
    with pytest.raises(ValueError, match=r"data\.id"):
        webhooks.fetch_resource(object(), no_id)
