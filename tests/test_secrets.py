"""The token never shows up in logs, reprs, warnings or exception messages."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from webexteamssdk import ApiError, RateLimitWarning, WebexTeamsAPI

from .conftest import FakeSleep


def test_token_absent_from_logs_reprs_warnings_and_errors(
    webex_emulator: Any, caplog: pytest.LogCaptureFixture, fake_sleep: FakeSleep
) -> None:
    token = webex_emulator.token("alice@example.com")
    caplog.set_level(logging.DEBUG)
    with WebexTeamsAPI(token, base_url=webex_emulator.base_url, sleep=fake_sleep) as api:
        room = api.rooms.create("Secrets")
        webex_emulator.fail_next(429, retry_after=1)
        with pytest.warns(RateLimitWarning) as warned:
            api.messages.create(room.id, text="hi")
        with pytest.raises(ApiError) as caught:
            api.rooms.get("Y2lzY29zcGFyazovL3VzL1JPT00vbm9uZQ")
        texts = [
            repr(api), repr(api._session), str(caught.value), repr(caught.value),
            *(str(w.message) for w in warned),
            *(record.getMessage() for record in caplog.records),
        ]
    assert any("HTTP Request: POST" in text for text in texts)
    assert all(token not in text for text in texts)


def test_credentials_are_hidden_in_model_reprs() -> None:
    from webexteamssdk import AccessToken, Webhook

    grant = AccessToken({"access_token": "AT-123", "refresh_token": "RT-456", "expires_in": 1})
    hook = Webhook({"id": "w", "secret": "WH-SECRET"})
    texts = [repr(grant), str(grant), repr(hook), str(hook)]
    assert all(s not in t for t in texts for s in ("AT-123", "RT-456", "WH-SECRET"))
    assert grant.access_token == "AT-123" and grant.to_dict()["refresh_token"] == "RT-456"
    assert hook.secret == "WH-SECRET"
