"""Every public method is documented: a summary, its parameters, returns and raises."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import pytest

import webexteamssdk
from webexteamssdk import AsyncWebexTeamsAPI, WebexTeamsAPI, webhooks
from webexteamssdk._async.client import ASYNC_GROUPS
from webexteamssdk.api import GROUPS
from webexteamssdk.generator_containers import AsyncGeneratorContainer, GeneratorContainer
from webexteamssdk.restsession import AsyncRestSession, RestSession


def public_members(owner: Any) -> Iterator[tuple[str, Any]]:
    for name, member in inspect.getmembers(owner):
        if name.startswith("_") or not callable(member):
            continue
        if (getattr(member, "__module__", None) or "").startswith("webexteamssdk"):
            yield name, member


def endpoint_problems(qualname: str, function: Any) -> list[str]:
    doc = inspect.getdoc(function) or ""
    summary = doc.split("\n", 1)[0].strip()
    problems = [] if summary.endswith(".") else [f"{qualname}: no one-line summary"]
    signature = inspect.signature(function)
    parameters = [p for p in signature.parameters if p not in ("self", "cls")]
    if parameters and "Args:" not in doc:
        problems.append(f"{qualname}: parameters not documented")
    if signature.return_annotation not in ("None", None, inspect.Signature.empty) and (
        "Returns:" not in doc
    ):
        problems.append(f"{qualname}: return value not documented")
    if "Raises:" not in doc:
        problems.append(f"{qualname}: errors not documented")
    return problems


ENDPOINT_OWNERS = [*GROUPS.values(), *ASYNC_GROUPS.values(), WebexTeamsAPI, AsyncWebexTeamsAPI]


@pytest.mark.parametrize("owner", ENDPOINT_OWNERS, ids=lambda owner: owner.__name__)
def test_endpoint_methods_are_fully_documented(owner: type) -> None:
    problems: list[str] = []
    for name, member in public_members(owner):
        if isinstance(inspect.getattr_static(owner, name), property):
            continue
        if name in ("close", "aclose", "with_retry"):
            continue
        problems += endpoint_problems(f"{owner.__name__}.{name}", member)
    assert problems == []


def summary_problems(owner: Any) -> list[str]:
    problems = []
    for name, member in public_members(owner):
        if not (inspect.getdoc(member) or "").strip():
            problems.append(f"{getattr(owner, '__name__', owner)}.{name}")
    return problems


@pytest.mark.parametrize(
    "owner",
    [
        RestSession, AsyncRestSession, webhooks, GeneratorContainer, AsyncGeneratorContainer,
        *(getattr(webexteamssdk, name) for name in webexteamssdk.__all__
          if inspect.isclass(getattr(webexteamssdk, name))),
    ],
    ids=lambda owner: getattr(owner, "__name__", str(owner)),
)
def test_public_callables_have_docstrings(owner: Any) -> None:
    assert (inspect.getdoc(owner) or "").strip()
    assert summary_problems(owner) == []
