"""The base of every Adaptive Card element: validation, serialisation and parsing.

Each element is a dataclass whose annotations are the single description of its
fields: they drive the checks at construction, ``to_dict()``, ``from_dict()`` and the
minimum card version an element needs.
"""

from __future__ import annotations

import builtins
import dataclasses
import json
import types
import typing
from collections.abc import Mapping
from enum import Enum
from typing import Any, ClassVar, Literal, TypeVar, Union

__all__ = [
    "AdaptiveCardComponent",
    "CardAction",
    "CardElement",
    "CardInput",
    "added_in",
    "component_types",
]

C = TypeVar("C", bound="AdaptiveCardComponent")
VERSIONS = ("1.0", "1.1", "1.2", "1.3")
_REGISTRY: dict[str, type[AdaptiveCardComponent]] = {}
_HINTS: dict[type, dict[str, Any]] = {}


def added_in(version: str, *, default: Any = None) -> Any:
    """Declare an optional field that needs Adaptive Cards ``version`` or later."""
    return dataclasses.field(default=default, metadata={"since": version})


def required_text() -> Any:
    """Metadata of a string field that must not be empty."""
    return dataclasses.field(metadata={"nonempty": True})


def component_types() -> dict[str, type[AdaptiveCardComponent]]:
    """Map each JSON ``type`` (e.g. ``"Input.Text"``) to its class."""
    return dict(_REGISTRY)


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _name(hint: Any) -> str:
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        return " or ".join(_name(arm) for arm in typing.get_args(hint))
    if origin is list:
        return f"a list of {_name(typing.get_args(hint)[0])}"
    if origin is Literal:
        return " or ".join(repr(arg) for arg in typing.get_args(hint))
    return getattr(hint, "__name__", str(hint))


@dataclasses.dataclass(eq=False)
class AdaptiveCardComponent:
    """Base class of Adaptive Card elements, actions and their parts."""

    type: ClassVar[str] = ""
    min_version: ClassVar[str] = "1.0"

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("type"):
            _REGISTRY[cls.type] = cls

    def __post_init__(self) -> None:
        hints = _hints(type(self))
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            where = f"{type(self).__name__}.{field.name}"
            _check(where, hints[field.name], value)
            if field.metadata.get("nonempty") and not value:
                raise ValueError(f"{where} must not be empty")

    def to_dict(self) -> dict[str, Any]:
        """Serialise to JSON-ready data: None fields dropped, enums as their values."""
        data: dict[str, Any] = {"type": self.type} if self.type else {}
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if value is not None and field.name != "additional_properties":
                data[field.name] = _serialise(value)
        data.update(_serialise(getattr(self, "additional_properties", None) or {}))
        return data

    def to_json(self, **kwargs: Any) -> str:
        """Serialise to JSON text (``json.dumps`` keyword arguments apply)."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: builtins.type[C], data: Mapping[str, Any]) -> C:
        """Build an element from its JSON data (the class is chosen by ``type``).

        Raises:
            TypeError: If ``data`` is not a mapping or a field has the wrong type.
            ValueError: For an unknown element ``type`` or an invalid value.
        """
        if not isinstance(data, Mapping):
            raise TypeError(f"{cls.__name__} data must be a dict, got {type(data).__name__}")
        target = _target_class(cls, data.get("type"))
        hints, known = _hints(target), {f.name for f in dataclasses.fields(target)}
        values: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in data.items():
            if key in ("type", "$schema"):
                continue
            if key in known and key != "additional_properties":
                values[key] = _parse(hints[key], value, f"{target.__name__}.{key}")
            else:
                extra[key] = value
        if extra:
            values["additional_properties"] = extra
        return target(**values)

    @classmethod
    def from_json(cls: builtins.type[C], text: str) -> C:
        """Build an element from JSON text."""
        return cls.from_dict(json.loads(text))

    def required_version(self) -> str:
        """The lowest Adaptive Cards version that has every feature this element uses."""
        needed = [self.min_version]
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if value is None:
                continue
            needed.append(field.metadata.get("since", "1.0"))
            needed.extend(_versions_in(value))
        return max(needed, key=VERSIONS.index)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AdaptiveCardComponent) or type(other) is not type(self):
            return NotImplemented
        equal: bool = self.to_dict() == other.to_dict()
        return equal

    __hash__ = None  # type: ignore[assignment]


def _target_class(cls: type[C], type_name: Any) -> type[C]:
    if not type_name:
        if cls.type or cls in (CardElement, CardAction, CardInput, AdaptiveCardComponent):
            raise ValueError(f"{cls.__name__} data needs a 'type'")
        return cls
    target = _REGISTRY.get(type_name)
    if target is None:
        raise ValueError(f"unknown Adaptive Card element type {type_name!r}")
    if not issubclass(target, cls):
        raise ValueError(f"{type_name} cannot be used where {cls.__name__} is expected")
    return target


def _versions_in(value: Any) -> list[str]:
    if isinstance(value, AdaptiveCardComponent):
        return [value.required_version()]
    if isinstance(value, list):
        return [version for item in value for version in _versions_in(item)]
    return []


def _serialise(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, AdaptiveCardComponent):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_serialise(item) for item in value]
    if isinstance(value, dict):
        return {key: _serialise(item) for key, item in value.items()}
    return value


def _placement_error(where: str, value: Any, hint: Any) -> ValueError | None:
    expected = typing.get_args(hint)[0] if typing.get_origin(hint) is list else hint
    if not isinstance(expected, type) or isinstance(value, expected):
        return None
    kind = type(value).__name__
    if isinstance(value, CardAction) and issubclass(expected, CardElement):
        return ValueError(f"{where}: {kind} is an action and cannot be placed there")
    if isinstance(value, CardElement) and issubclass(expected, CardAction):
        return ValueError(f"{where}: {kind} is not an action; put it in the card body")
    if isinstance(value, AdaptiveCardComponent):
        return ValueError(f"{where}: {kind} cannot be placed there (expected {_name(hint)})")
    return None


def _check(where: str, hint: Any, value: Any) -> None:
    """Raise TypeError or ValueError when ``value`` does not fit ``hint``."""
    origin = typing.get_origin(hint)
    if hint is Any:
        return
    if origin in (Union, types.UnionType):
        _check_union(where, hint, value)
        return
    if origin is list:
        if not isinstance(value, list):
            raise TypeError(f"{where} must be {_name(hint)}, got {_describe(value)}")
        for index, item in enumerate(value):
            misplaced = _placement_error(f"{where}[{index}]", item, hint)
            if misplaced:
                raise misplaced
            _check(f"{where}[{index}]", typing.get_args(hint)[0], item)
        return
    if origin is Literal:
        if value not in typing.get_args(hint):
            raise ValueError(f"{where} must be {_name(hint)}, got {value!r}")
        return
    _check_plain(where, hint, value)


def _check_union(where: str, hint: Any, value: Any) -> None:
    arms = typing.get_args(hint)
    if value is None and type(None) in arms:
        return
    errors: list[Exception] = []
    candidates = [arm for arm in arms if arm is not type(None)]
    for arm in candidates:
        try:
            _check(where, arm, value)
            return
        except (TypeError, ValueError) as error:
            errors.append(error)
    specific = [e for e in errors if isinstance(e, ValueError)]
    if len(candidates) == 1 or specific:
        raise (specific or errors)[0]
    raise TypeError(f"{where} must be {_name(hint)}, got {_describe(value)}")


def _check_plain(where: str, hint: Any, value: Any) -> None:
    if typing.get_origin(hint) is dict:
        ok = isinstance(value, dict)
    elif hint is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif hint is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif isinstance(hint, type) and issubclass(hint, Enum):
        if not isinstance(value, hint):
            example = next(iter(hint))
            raise TypeError(
                f"{where} must be a {hint.__name__} member (e.g. {hint.__name__}.{example.name}), "
                f"got {_describe(value)}"
            )
        return
    else:
        ok = isinstance(value, hint)
    if not ok:
        misplaced = _placement_error(where, value, hint)
        raise misplaced or TypeError(f"{where} must be {_name(hint)}, got {_describe(value)}")


def _describe(value: Any) -> str:
    text = repr(value)
    shown = text if len(text) <= 30 else text[:27] + "..."
    return f"{type(value).__name__} {shown}"


def _parse(hint: Any, value: Any, where: str) -> Any:
    """Turn JSON data into field values: elements from dicts, enums from strings."""
    origin = typing.get_origin(hint)
    if value is None:
        return None
    if origin in (Union, types.UnionType):
        errors: list[Exception] = []
        for arm in (arm for arm in typing.get_args(hint) if arm is not type(None)):
            try:
                return _parse(arm, value, where)
            except (TypeError, ValueError) as error:
                errors.append(error)
        raise errors[0]
    if origin is list:
        if not isinstance(value, list):
            raise TypeError(f"{where} must be a list, got {type(value).__name__}")
        item_hint = typing.get_args(hint)[0]
        return [_parse(item_hint, item, f"{where}[{n}]") for n, item in enumerate(value)]
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    if isinstance(hint, type) and issubclass(hint, AdaptiveCardComponent):
        return hint.from_dict(value)
    _check(where, hint, value)
    return value


@dataclasses.dataclass(eq=False, kw_only=True)
class CardElement(AdaptiveCardComponent):
    """An element of a card body (text, images, containers, inputs, ...).

    Attributes:
        isVisible: Hidden at first when False (toggle it with ``ToggleVisibility``).
        fallback: What to show where this element is not supported: another element,
            or ``"drop"`` to drop it.
        requires: Host features this element needs, e.g. ``{"adaptiveCards": "1.3"}``.
        additional_properties: Further JSON properties, sent as given.
    """

    isVisible: bool | None = added_in("1.2")
    fallback: CardElement | Literal["drop"] | None = added_in("1.2")
    requires: dict[str, str] | None = added_in("1.2")
    additional_properties: dict[str, Any] | None = None


@dataclasses.dataclass(eq=False, kw_only=True)
class CardInput(CardElement):
    """An input element; its value is submitted under its ``id``.

    Attributes:
        label: A label shown with the input.
        isRequired: The card cannot be submitted while this input is empty.
        errorMessage: Shown when the input is invalid.
    """

    label: str | None = added_in("1.3")
    isRequired: bool | None = added_in("1.3")
    errorMessage: str | None = added_in("1.3")


@dataclasses.dataclass(eq=False, kw_only=True)
class CardAction(AdaptiveCardComponent):
    """An action (a button): open a URL, submit inputs, show a card, toggle elements.

    Attributes:
        additional_properties: Further JSON properties (e.g. ``style``), sent as given.
    """

    additional_properties: dict[str, Any] | None = None
