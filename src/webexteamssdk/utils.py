"""Helpers kept at their 1.x import path (``webexteamssdk.utils``)."""

from __future__ import annotations

from typing import Any

from ._datetime import WebexTeamsDateTime
from ._files import is_web_url
from ._group import body

__all__ = ["WebexTeamsDateTime", "dict_from_items_with_values", "is_web_url"]


def dict_from_items_with_values(*dictionaries: dict[str, Any], **items: Any) -> dict[str, Any]:
    """Merge dicts and keyword items into one dict, dropping None values."""
    merged: dict[str, Any] = {}
    for dictionary in dictionaries:
        merged.update(dictionary)
    merged.update(items)
    return body({}, **merged)
