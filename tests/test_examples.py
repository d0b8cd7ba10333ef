"""The examples run unchanged against the emulator."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path
from typing import Any

import pytest

EXAMPLES = Path(__file__).parent.parent / "examples"


def run_example(
    name: str, emulator: Any, monkeypatch: pytest.MonkeyPatch, *argv: str
) -> None:
    monkeypatch.setenv("WEBEX_TEAMS_ACCESS_TOKEN", emulator.token("alice@example.com"))
    monkeypatch.setenv("WEBEX_TEAMS_BASE_URL", emulator.base_url)
    monkeypatch.setattr(sys, "argv", [name, *argv])
    with pytest.raises(SystemExit) as finished:
        runpy.run_path(str(EXAMPLES / name), run_name="__main__")
    assert finished.value.code in (0, None)


def test_bulk_add_members(
    webex_emulator: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run_example("bulk_add_members.py", webex_emulator, monkeypatch, "--count", "120")
    captured = capsys.readouterr()
    assert "Added 120 of 120 people; the room has 121 members." in captured.out
    assert "120/120 (0 failed)" in captured.err


def test_cards_example(
    webex_emulator: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("WEBEX_TEAMS_ACCESS_TOKEN", webex_emulator.token("alice@example.com"))
    monkeypatch.setenv("WEBEX_TEAMS_BASE_URL", webex_emulator.base_url)
    monkeypatch.setenv("CARD_SUBMITTER_TOKEN", webex_emulator.token("bob@example.com"))
    runpy.run_path(str(EXAMPLES / "cards.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert "Sent a card (version 1.0) in 'Card demo'" in out
    assert "Bob submitted the card: age 42" in out
