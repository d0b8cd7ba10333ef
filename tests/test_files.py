"""File downloads and file info, against the emulator and through MockTransport."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from webexteamssdk import (
    AsyncWebexTeamsAPI,
    FileInfectedError,
    FileUnscannableError,
    WebexTeamsAPI,
)
from webexteamssdk._download import filename_from, safe_filename

from .conftest import FakeSleep

CONTENT = b"quarterly numbers\n" * 1000


@pytest.fixture
def api(webex_emulator: Any, fake_sleep: FakeSleep) -> Iterator[WebexTeamsAPI]:
    client = WebexTeamsAPI(
        webex_emulator.token("alice@example.com"), base_url=webex_emulator.base_url,
        sleep=fake_sleep,
    )
    yield client
    client.close()


@pytest.fixture
def file_url(api: WebexTeamsAPI, tmp_path: Path) -> str:
    source = tmp_path / "report.csv"
    source.write_bytes(CONTENT)
    room = api.rooms.create("Files")
    message = api.messages.create(room.id, text="numbers", files=[str(source)])
    assert message.files
    return message.files[0]


def test_download_to_a_directory_and_to_a_path(
    api: WebexTeamsAPI, file_url: str, tmp_path: Path
) -> None:
    target_dir = tmp_path / "out"
    target_dir.mkdir()
    first = api.messages.download(file_url, target_dir)
    assert first == target_dir / "report.csv"
    assert first.read_bytes() == CONTENT
    second = api.messages.download(file_url, target_dir)
    assert second.name == "report (1).csv"
    explicit = api.messages.download(file_url, tmp_path / "copy.bin")
    assert explicit.read_bytes() == CONTENT
    assert sorted(p.name for p in target_dir.iterdir()) == ["report (1).csv", "report.csv"]


def test_files_info(api: WebexTeamsAPI, file_url: str) -> None:
    info = api.messages.files_info(file_url)
    assert info.name == "report.csv"
    assert info.content_type.startswith("text/csv")
    assert info.size == len(CONTENT)


def content_id(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1]


def test_waits_while_the_file_is_scanned(
    webex_emulator: Any, file_url: str, tmp_path: Path
) -> None:
    webex_emulator.set_content_state(content_id(file_url), "scanning", retry_after=7)
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        webex_emulator.set_content_state(content_id(file_url), "clean")

    with WebexTeamsAPI(
        webex_emulator.token("alice@example.com"), base_url=webex_emulator.base_url, sleep=sleep
    ) as client:
        path = client.messages.download(file_url, tmp_path)
    assert waits == [7.0]
    assert path.read_bytes() == CONTENT


def test_infected_and_unscannable_files(
    api: WebexTeamsAPI, webex_emulator: Any, file_url: str, tmp_path: Path
) -> None:
    webex_emulator.set_content_state(content_id(file_url), "infected")
    with pytest.raises(FileInfectedError) as infected:
        api.messages.download(file_url, tmp_path)
    assert infected.value.status_code == 410
    webex_emulator.set_content_state(content_id(file_url), "unscannable")
    with pytest.raises(FileUnscannableError, match="allow_unscannable=True"):
        api.messages.download(file_url, tmp_path)
    path = api.messages.download(file_url, tmp_path, allow_unscannable=True)
    assert path.read_bytes() == CONTENT
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".download-")] == []


def test_async_download(webex_emulator: Any, file_url: str, tmp_path: Path) -> None:
    async def scenario() -> Path:
        async with AsyncWebexTeamsAPI(
            webex_emulator.token("alice@example.com"), base_url=webex_emulator.base_url
        ) as client:
            info = await client.messages.files_info(file_url)
            assert info.name == "report.csv"
            return await client.messages.download(file_url, tmp_path)

    assert asyncio.run(scenario()).read_bytes() == CONTENT


def test_foreign_file_url_gets_no_token(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        headers = {"Content-Disposition": 'attachment; filename="../../etc/passwd"'}
        return httpx.Response(200, content=b"data", headers=headers)

    with WebexTeamsAPI(
        "secret-token", base_url="https://webex.test/v1/", transport=httpx.MockTransport(handler)
    ) as client:
        path = client.messages.download("https://cdn.example/files/1", tmp_path)
    assert "authorization" not in seen[0].headers
    assert path == tmp_path / "passwd"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ('attachment; filename="../../evil.sh"', "evil.sh"),
        ("attachment; filename=..", "download"),
        ('attachment; filename="C:\\\\Windows\\\\x.dll"', "x.dll"),
        ("attachment; filename*=UTF-8''na%C3%AFve%20file.txt", "naïve file.txt"),
        ('attachment; filename=".hidden"', "hidden"),
        ('attachment; filename="a\x01b<c>.txt"', "a_b_c_.txt"),
        (None, "42"),
    ],
)
def test_filenames_are_made_safe(header: str | None, expected: str) -> None:
    assert filename_from(header, httpx.URL("https://x.test/contents/42")) == expected


def test_long_names_keep_their_extension() -> None:
    name = safe_filename("x" * 500 + ".pdf")
    assert len(name) == 200 and name.endswith(".pdf")
