"""Every Python snippet in docs/ runs, page by page, against the emulator."""

from __future__ import annotations

import asyncio
import re
import warnings
from pathlib import Path
from typing import Any

import pytest

from webexteamssdk import RateLimitWarning

DOCS = Path(__file__).parent.parent / "docs"
FENCE = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
# Pages whose snippets need things the test cannot give (none today); keep it short.
SKIP_MARKER = "# docs: skip"


def snippets(page: Path) -> list[str]:
    return [
        block for block in FENCE.findall(page.read_text())
        if not block.startswith(SKIP_MARKER)
    ]


PAGES = sorted(p for p in DOCS.rglob("*.md") if snippets(p))


def test_there_are_snippets_to_run() -> None:
    assert sum(len(snippets(page)) for page in PAGES) >= 25


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(DOCS)))
def test_page_snippets_run(
    page: Path,
    webex_emulator: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("WEBEX_TEAMS_ACCESS_TOKEN", webex_emulator.token("alice@example.com"))
    monkeypatch.setenv("WEBEX_TEAMS_BASE_URL", webex_emulator.base_url)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {"__name__": "docs_snippet"}
    try:
        with warnings.catch_warnings():
            # Pages that show rate limiting emit RateLimitWarning, as documented.
            warnings.simplefilter("ignore", RateLimitWarning)
            _run_page(page, namespace, webex_emulator)
    finally:
        _close_clients(namespace)
    assert "Traceback" not in capsys.readouterr().out


def _run_page(page: Path, namespace: dict[str, Any], emulator: Any) -> None:
    for number, block in enumerate(snippets(page), start=1):
        code = compile(block, f"{page.name}:snippet{number}", "exec")
        exec(code, namespace)
        test = namespace.pop("test_my_bot_replies", None)
        if test is not None:  # a documented pytest test: run it with real fixtures
            _run_documented_test(test, emulator)


def _run_documented_test(test: Any, emulator: Any) -> None:
    from webexteamssdk import WebexTeamsAPI

    clients: list[WebexTeamsAPI] = []

    def client_for(email: str) -> WebexTeamsAPI:
        clients.append(WebexTeamsAPI(emulator.token(email), base_url=emulator.base_url))
        return clients[-1]

    try:
        test(client_for("alice@example.com"), client_for, emulator)
    finally:
        for client in clients:
            client.close()


def _close_clients(namespace: dict[str, Any]) -> None:
    from webexteamssdk import AsyncWebexTeamsAPI, WebexTeamsAPI

    for value in namespace.values():
        if isinstance(value, WebexTeamsAPI):
            value.close()
        elif isinstance(value, AsyncWebexTeamsAPI):
            asyncio.run(value.aclose())
