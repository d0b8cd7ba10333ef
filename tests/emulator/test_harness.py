"""The Python API, the CLI, the pytest plugin and concurrency."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import httpx

from webexteamssdk.emulator import DEFAULT_SEED, Emulator

from .conftest import ALICE, make_room, ok

PROBE = (
    "import os, httpx; "
    "r = httpx.get(os.environ['WEBEX_TEAMS_BASE_URL'] + 'people/me', "
    "headers={'Authorization': 'Bearer ' + os.environ['WEBEX_TEAMS_ACCESS_TOKEN']}); "
    "print(r.json()['emails'][0]); raise SystemExit(3)"
)


def test_two_instances_are_isolated() -> None:
    with Emulator() as one, Emulator() as two:
        assert one.port != two.port and one.base_url.endswith("/v1/")
        with httpx.Client(base_url=one.base_url, headers=one.auth(ALICE)) as client:
            make_room(client)
        assert one.store.counts()["rooms"] == 1 and two.store.counts()["rooms"] == 0
    one.stop()


def test_start_stop_and_custom_seed(tmp_path: Path) -> None:
    seed = {"orgs": [{"displayName": "Acme"}],
            "people": [{"email": "zed@acme.test", "displayName": "Zed", "token": "zed-token"}]}
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(seed))
    emu = Emulator(path).start()
    try:
        assert emu.tokens == {"zed@acme.test": "zed-token"}
        response = httpx.get(emu.base_url + "people/me", headers=emu.auth("zed@acme.test"))
        assert response.json()["displayName"] == "Zed"
    finally:
        emu.stop()
    assert DEFAULT_SEED["people"][0]["token"] == "emulator-admin-token"


def test_add_person_and_inspect(emu: Emulator) -> None:
    person = emu.add_person("eve@example.com", "Eve", token="eve-token")
    assert person["token"] == "eve-token" and emu.token("eve@example.com") == "eve-token"
    with httpx.Client(base_url=emu.base_url, headers=emu.auth("eve@example.com")) as client:
        room = make_room(client)
        ok(client.post("messages", json={"roomId": room["id"], "text": "x"}))
    assert emu.store.all_rooms()[0]["id"] == room["id"]
    assert emu.store.all_messages()[0]["text"] == "x"
    assert any(p["displayName"] == "Eve" for p in emu.store.all_people())


def test_concurrent_posts_are_stored_once(emu: Emulator) -> None:
    with httpx.Client(base_url=emu.base_url, headers=emu.auth(ALICE)) as client:
        room = make_room(client)
    errors: list[BaseException] = []

    def worker(index: int) -> None:
        try:
            with httpx.Client(base_url=emu.base_url, headers=emu.auth(ALICE)) as own:
                for j in range(5):
                    own.post("messages", json={"roomId": room["id"], "text": f"{index}-{j}"})
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    texts = [m["text"] for m in emu.store.all_messages()]
    assert len(texts) == 100 and len(set(texts)) == 100
    created = [m["created"] for m in emu.store.all_messages()]
    assert created == sorted(created) and len(set(created)) == 100


def test_cli_help() -> None:
    result = subprocess.run([sys.executable, "-m", "webexteamssdk.emulator", "--help"],
                            capture_output=True, text=True, check=True)
    for option in ("--host", "--port", "--seed", "--latency", "--rate-limit", "--run", "--as"):
        assert option in result.stdout


def test_cli_run_passes_env_and_exit_code() -> None:
    command = [sys.executable, "-m", "webexteamssdk.emulator", "--port", "0", "--run",
               sys.executable, "-c", PROBE]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 3, result.stderr
    assert result.stdout.strip() == ALICE


def test_plugin_fixtures_exist() -> None:
    from webexteamssdk.emulator import pytest_plugin

    for name in ("webex_emulator_server", "webex_emulator", "webex_api", "webex_api_for"):
        assert callable(getattr(pytest_plugin, name))
