"""Shared fixtures: the emulator fixtures come from the webexteamssdk pytest plugin."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest

from webexteamssdk import WebexTeamsAPI

TOKEN = "test-token-0123456789"


class FakeSleep:
    """Records the waits instead of sleeping."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def fake_sleep() -> FakeSleep:
    return FakeSleep()


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests start without Webex variables from the developer's shell."""
    for name in (
        "WEBEX_TEAMS_ACCESS_TOKEN",
        "WEBEX_ACCESS_TOKEN",
        "SPARK_ACCESS_TOKEN",
        "CISCO_SPARK_ACCESS_TOKEN",
        "WEBEX_TEAMS_BASE_URL",
        "BE_GEO_ID",
        "WEBEX_PYTHON_SDK_CALLER",
    ):
        monkeypatch.delenv(name, raising=False)


Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def mock_api(fake_sleep: FakeSleep) -> Iterator[Callable[[Handler], WebexTeamsAPI]]:
    """Build a WebexTeamsAPI whose requests go to a MockTransport handler."""
    made: list[WebexTeamsAPI] = []

    def make(handler: Handler, **kwargs: object) -> WebexTeamsAPI:
        api = WebexTeamsAPI(
            access_token=TOKEN,
            base_url="https://webex.test/v1/",
            transport=httpx.MockTransport(handler),
            sleep=fake_sleep,
            **kwargs,  # type: ignore[arg-type]
        )
        made.append(api)
        return api

    yield make
    for api in made:
        api.close()
