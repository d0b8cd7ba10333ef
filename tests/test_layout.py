"""House-style checks that keep the code base in shape."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import webexteamssdk

SRC = Path(webexteamssdk.__file__).parent
MAX_MODULE_LINES = 400
MAX_BODY_LINES = 30


def python_files() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def test_modules_stay_small() -> None:
    too_long = [
        f"{path.relative_to(SRC)}: {count}"
        for path in python_files()
        if (count := len(path.read_text().splitlines())) > MAX_MODULE_LINES
        and "# size:" not in path.read_text()
    ]
    assert too_long == []


def _body_lines(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    body = node.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]
    if not body:
        return 0
    return (body[-1].end_lineno or body[-1].lineno) - body[0].lineno + 1


def test_function_bodies_stay_short() -> None:
    long_functions = []
    for path in python_files():
        text = path.read_text()
        lines = text.splitlines()
        for node in ast.walk(ast.parse(text)):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            if _body_lines(node) > MAX_BODY_LINES and "# size:" not in lines[node.lineno - 1]:
                long_functions.append(f"{path.relative_to(SRC)}:{node.lineno} {node.name}")
    assert long_functions == []


def test_api_modules_hold_no_transport_code() -> None:
    for path in (SRC / "api").glob("*.py"):
        text = path.read_text()
        assert "import httpx" not in text or path.name == "__init__.py", path
        assert "status_code" not in text, path
        assert "time.sleep" not in text, path


def test_core_does_not_import_the_emulator_stack() -> None:
    code = (
        "import sys, webexteamssdk; "
        "assert 'starlette' not in sys.modules and 'uvicorn' not in sys.modules "
        "and 'webexteamssdk.emulator' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_emulator_shares_no_code_with_the_client() -> None:
    for path in (SRC / "emulator").rglob("*.py"):
        if path.name == "pytest_plugin.py":
            continue
        text = path.read_text()
        for forbidden in ("webexteamssdk.api", "webexteamssdk.restsession", "webexteamssdk.models"):
            assert forbidden not in text, f"{path.name} imports {forbidden}"


def test_no_asserts_for_validation_in_src() -> None:
    offenders = [
        str(path.relative_to(SRC))
        for path in python_files()
        if any(line.lstrip().startswith("assert ") for line in path.read_text().splitlines())
    ]
    assert offenders == []


def test_environment_read_only_by_the_config_helper() -> None:
    readers = {
        path.relative_to(SRC).as_posix()
        for path in python_files()
        if "os.environ" in path.read_text()
    }
    allowed = {"_environment.py"}
    assert {r for r in readers if not r.startswith("emulator/")} <= allowed
