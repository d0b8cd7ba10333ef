"""A factory of simple attribute objects (``object_factory=simple_data_factory``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ._base import json_dict

__all__ = ["SimpleDataModel", "simple_data_factory"]


class SimpleDataModel:
    """A plain object whose attributes are the keys of a JSON object (nested ones too)."""

    def __init__(self, json_data: Mapping[str, Any] | str) -> None:
        for key, value in json_dict(json_data).items():
            setattr(self, key, SimpleDataModel(value) if isinstance(value, dict) else value)

    def to_dict(self) -> dict[str, Any]:
        """Return the data as a dict (nested objects as dicts)."""
        return {
            key: value.to_dict() if isinstance(value, SimpleDataModel) else value
            for key, value in vars(self).items()
        }

    def __str__(self) -> str:
        return json.dumps(self.to_dict(), indent=4)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({json.dumps(self.to_dict(), ensure_ascii=False)!r})"


def simple_data_factory(model: str, json_data: Mapping[str, Any] | str) -> SimpleDataModel:
    """Return a ``SimpleDataModel`` for the JSON object, whatever the model."""
    return SimpleDataModel(json_data)
