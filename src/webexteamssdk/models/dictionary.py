"""A factory that returns plain dicts (``WebexTeamsAPI(object_factory=dict_data_factory)``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._base import json_dict

__all__ = ["dict_data_factory"]


def dict_data_factory(model: str, json_data: Mapping[str, Any] | str) -> dict[str, Any]:
    """Return the JSON object as a plain dict, whatever the model."""
    return dict(json_dict(json_data))
