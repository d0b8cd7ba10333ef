"""The demo (examples/quickstart.py) runs unchanged against the emulator."""

from __future__ import annotations

import runpy
from pathlib import Path
from typing import Any

import pytest

EXAMPLE = Path(__file__).parent.parent / "examples" / "quickstart.py"


def test_quickstart_flow(
    webex_emulator: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("WEBEX_TEAMS_ACCESS_TOKEN", webex_emulator.token("alice@example.com"))
    monkeypatch.setenv("WEBEX_TEAMS_BASE_URL", webex_emulator.base_url)
    runpy.run_path(str(EXAMPLE), run_name="__main__")
    runpy.run_path(str(EXAMPLE), run_name="__main__")  # a second run deletes the first room
    out = capsys.readouterr().out
    assert "Deleted old demo room 'webexteamssdk Demo'" in out
    assert "Added test01@cmlccie.com to the room" in out
    assert "Listed 13 messages in pages of 5" in out
    assert "[409] Conflict" in out
