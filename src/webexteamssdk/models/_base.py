"""``ImmutableData``: read-only objects over Webex JSON, with typed attributes."""

from __future__ import annotations

import json
import warnings
from collections import deque
from collections.abc import Callable, Mapping
from itertools import repeat
from typing import Any, Generic, TypeVar, overload

from .._datetime import WebexTeamsDateTime, parse_datetime

__all__ = [
    "DateTimeField",
    "DeprecatedField",
    "Field",
    "ImmutableData",
    "NestedField",
    "ObjectFactory",
    "json_dict",
    "page_builder",
]

T = TypeVar("T")
D = TypeVar("D", bound="ImmutableData")

ObjectFactory = Callable[[str, Any], Any]
"""``factory(model_name, json_data)``: builds the object an API call returns."""


def json_dict(json_data: Mapping[str, Any] | str) -> dict[str, Any]:
    """Return ``json_data`` as a dict: a dict as it is, a JSON string parsed.

    Raises:
        TypeError: For anything else, or a JSON string that is not an object.
    """
    if isinstance(json_data, dict):
        return json_data
    if isinstance(json_data, str):
        parsed = json.loads(json_data)
        if isinstance(parsed, dict):
            return parsed
        raise TypeError(f"JSON data must be an object, got {type(parsed).__name__}")
    if isinstance(json_data, Mapping):
        return dict(json_data)
    raise TypeError(f"json_data must be a dict or a JSON string, got {type(json_data).__name__}")


class Field(Generic[T]):
    """A declared attribute: the JSON value of the same name, or None when absent."""

    __slots__ = ("name",)

    def __init__(self) -> None:
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type) -> Field[T]: ...
    @overload
    def __get__(self, instance: ImmutableData, owner: type) -> T | None: ...
    def __get__(self, instance: ImmutableData | None, owner: type) -> Field[T] | T | None:
        if instance is None:
            return self
        value: T | None = self.read(instance._json_data.get(self.name))
        return value

    def read(self, value: Any) -> Any:
        """Turn the raw JSON value into the attribute value."""
        return value


class DateTimeField(Field[WebexTeamsDateTime]):
    """A declared timestamp, parsed into a ``WebexTeamsDateTime`` on access."""

    __slots__ = ()

    def read(self, value: Any) -> Any:
        """Parse the timestamp (None when absent or empty)."""
        return parse_datetime(value)


class NestedField(Field[D]):
    """A declared nested object, wrapped in an ``ImmutableData`` class on access."""

    __slots__ = ("cls",)

    def __init__(self, cls: type[D]) -> None:
        super().__init__()
        self.cls = cls

    def read(self, value: Any) -> Any:
        """Wrap a dict; anything else (absent) gives None."""
        return self.cls(value) if isinstance(value, dict) else None


class DeprecatedField(Field[T]):
    """A declared attribute that Webex deprecated: reading it warns."""

    __slots__ = ()

    def read(self, value: Any) -> Any:
        """Warn, then return the value."""
        warnings.warn(
            f"The {self.name!r} attribute is deprecated by Webex.", DeprecationWarning, stacklevel=3
        )
        return value


# Credentials never appear in a repr or str (they do in to_dict/to_json: that is data).
SECRET_KEYS = frozenset({"access_token", "refresh_token", "token", "secret", "client_secret"})


def _shown(data: dict[str, Any]) -> dict[str, Any]:
    return {key: "<hidden>" if key in SECRET_KEYS and v else v for key, v in data.items()}


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted((key, _freeze(item)) for key, item in value.items()))
    if isinstance(value, list):
        return tuple(_freeze(item) for item in value)
    return value


class ImmutableData:
    """A read-only object over a Webex JSON object.

    Declared attributes (typed, listed per model) give None when Webex left them
    out; any other key of the JSON is readable too, so fields Webex adds later work
    without an SDK update. Nested objects come back as ``ImmutableData``.
    """

    __slots__ = ("_json_data",)
    _json_data: dict[str, Any]

    def __init__(self, json_data: Mapping[str, Any] | str) -> None:
        object.__setattr__(self, "_json_data", json_dict(json_data))

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_json_data":
            raise AttributeError(name)
        try:
            value = self._json_data[name]
        except KeyError:
            raise AttributeError(
                f"'{type(self).__name__}' object has no attribute '{name}'"
            ) from None
        return ImmutableData(value) if isinstance(value, dict) else value

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"'{type(self).__name__}' objects are immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"'{type(self).__name__}' objects are immutable")

    def __reduce__(self) -> tuple[type[ImmutableData], tuple[dict[str, Any]]]:
        return type(self), (self._json_data,)

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(self._json_data))

    @property
    def json_data(self) -> dict[str, Any]:
        """A copy of the JSON object."""
        return dict(self._json_data)

    def to_dict(self) -> dict[str, Any]:
        """Return a copy of the JSON object as a dict."""
        return dict(self._json_data)

    def to_json(self, **kwargs: Any) -> str:
        """Return the JSON text (``json.dumps`` keyword arguments apply)."""
        return json.dumps(self._json_data, **kwargs)

    def __repr__(self) -> str:
        text = json.dumps(_shown(self._json_data), ensure_ascii=False)
        return f"{type(self).__name__}({text!r})"

    def __str__(self) -> str:
        text = json.dumps(_shown(self._json_data), indent=2)
        return f"Webex Teams {type(self).__name__}:\n{text}"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self) or not isinstance(other, ImmutableData):
            return NotImplemented
        equal: bool = _freeze(self._json_data) == _freeze(other._json_data)
        return equal

    def __hash__(self) -> int:
        return hash(_freeze(self._json_data))


def page_builder(cls: type[D]) -> Callable[[list[Any]], list[D]]:
    """Return a callable turning one page's ``items`` into ``cls`` objects.

    Lists of thousands of items are the hot path. When every item is a JSON object
    (always, from Webex) the objects are made and filled by C-level ``map`` calls,
    without a Python frame per item; any other item goes through ``cls(item)`` and
    its checks.
    """
    new, store = object.__new__, _JSON_SLOT.__set__

    def build(items: list[Any]) -> list[D]:
        if set(map(type, items)) <= {dict}:
            built: list[D] = list(map(new, repeat(cls, len(items))))
            deque(map(store, built, items), maxlen=0)
            return built
        return [cls(item) for item in items]

    return build


_JSON_SLOT: Any = ImmutableData.__dict__["_json_data"]
