"""pytest fixtures for the Webex emulator (registered as the ``webex_emulator`` plugin).

* ``webex_emulator_server`` (session): one running :class:`Emulator`.
* ``webex_emulator``: the same server, reset before each test.
* ``webex_api``: a ``WebexTeamsAPI`` for alice@example.com, closed after the test.
* ``webex_api_for``: ``email -> WebexTeamsAPI``; every client is closed after the test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .harness import Emulator

DEFAULT_USER = "alice@example.com"


@pytest.fixture(scope="session")
def webex_emulator_server() -> Iterator[Emulator]:
    """One emulator server for the whole test session."""
    from .harness import Emulator

    with Emulator() as emu:
        yield emu


@pytest.fixture
def webex_emulator(webex_emulator_server: Emulator) -> Emulator:
    """The session's emulator, reset to its seed before the test."""
    webex_emulator_server.reset()
    return webex_emulator_server


@pytest.fixture
def webex_api_for(webex_emulator: Emulator) -> Iterator[Callable[[str], Any]]:
    """A factory of SDK clients authenticated as a given seeded email."""
    import webexteamssdk

    clients: list[Any] = []

    def make(email: str) -> Any:
        api = webexteamssdk.WebexTeamsAPI(access_token=webex_emulator.token(email),
                                          base_url=webex_emulator.base_url)
        clients.append(api)
        return api

    yield make
    for api in clients:
        close = getattr(api, "close", None)
        if callable(close):
            close()


@pytest.fixture
def webex_api(webex_api_for: Callable[[str], Any]) -> Any:
    """A ``WebexTeamsAPI`` for alice@example.com against the emulator."""
    return webex_api_for(DEFAULT_USER)
