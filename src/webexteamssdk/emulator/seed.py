"""The default seed and the loader for ``--seed FILE`` / ``Emulator(seed=...)``."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

DEFAULT_SEED: dict[str, Any] = {
    "orgs": [{"displayName": "Emulated Org"}],
    "people": [
        {"email": "admin@example.com", "displayName": "Ada Admin", "firstName": "Ada",
         "lastName": "Admin", "type": "person", "admin": True, "token": "emulator-admin-token"},
        {"email": "alice@example.com", "displayName": "Alice Archer", "firstName": "Alice",
         "lastName": "Archer", "type": "person", "token": "emulator-alice-token"},
        {"email": "bob@example.com", "displayName": "Bob Baker", "firstName": "Bob",
         "lastName": "Baker", "type": "person", "token": "emulator-bob-token"},
        {"email": "carol@example.com", "displayName": "Carol Chen", "firstName": "Carol",
         "lastName": "Chen", "type": "person", "token": "emulator-carol-token"},
        {"email": "bot@webex.bot", "displayName": "Emulator Bot", "type": "bot",
         "token": "emulator-bot-token"},
        {"email": "compliance@example.com", "displayName": "Connie Compliance",
         "firstName": "Connie", "lastName": "Compliance", "type": "person", "compliance": True,
         "token": "emulator-compliance-token"},
    ],
}

SeedInput = dict[str, Any] | str | os.PathLike[str] | None


def load_seed(seed: SeedInput) -> dict[str, Any]:
    """Return a private copy of ``seed`` (a dict, a JSON file path, or None for the default)."""
    if seed is None:
        return copy.deepcopy(DEFAULT_SEED)
    if isinstance(seed, dict):
        data = copy.deepcopy(seed)
    else:
        data = json.loads(Path(seed).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("people", []), list):
        raise ValueError("seed must be a JSON object with a 'people' list")
    data.setdefault("orgs", [{"displayName": "Emulated Org"}])
    data.setdefault("people", [])
    return data
