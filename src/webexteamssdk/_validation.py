"""Argument checks derived from the type hints of the public methods.

An endpoint's signature is the one place its parameter types are written; the
``checked`` decorator turns those hints into fast runtime checks, so misuse raises a
``TypeError`` naming the parameter before any request is sent.
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar, Union

__all__ = ["checked", "require_non_empty"]

F = TypeVar("F", bound=Callable[..., Any])
_CO_COROUTINE = 0x80  # inspect.CO_COROUTINE, without importing inspect
Check = Callable[[Any], bool]


def _type_name(hint: Any) -> str:
    """Describe a type hint in words: ``str or None``, ``a list of str``, ``a dict``."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        return " or ".join(_type_name(arg) for arg in typing.get_args(hint))
    if origin in (list, Sequence):
        args = typing.get_args(hint)
        return f"a list of {_type_name(args[0])}" if args else "a list"
    if origin in (dict, Mapping):
        return "a dict"
    if hint is type(None):
        return "None"
    return str(getattr(hint, "__name__", hint)).replace("typing.", "")


_SCALARS: dict[Any, Check] = {
    type(None): lambda value: value is None,
    int: lambda value: isinstance(value, int) and not isinstance(value, bool),
    float: lambda value: isinstance(value, (int, float)) and not isinstance(value, bool),
}


def _check_for(hint: Any) -> Check | None:
    """Return a predicate for ``hint``, or None when anything goes."""
    if hint is Any or hint is object:
        return None
    if hint in _SCALARS:
        return _SCALARS[hint]
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        return _union_check(hint)
    if origin in (list, Sequence):
        return _sequence_check(hint)
    if origin in (dict, Mapping):
        return lambda value: isinstance(value, Mapping)
    if origin is typing.Literal:
        allowed = typing.get_args(hint)
        return lambda value: value in allowed
    if isinstance(hint, type):
        return lambda value: isinstance(value, hint)
    return None


def _union_check(hint: Any) -> Check | None:
    parts = [_check_for(arg) for arg in typing.get_args(hint)]
    if any(part is None for part in parts):
        return None
    return lambda value: any(part(value) for part in parts if part is not None)


def _sequence_check(hint: Any) -> Check:
    (item_hint,) = typing.get_args(hint) or (Any,)
    item_check = _check_for(item_hint)

    def check(value: Any) -> bool:
        if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
            return False
        return item_check is None or all(item_check(item) for item in value)

    return check


def _checks(func: Callable[..., Any]) -> tuple[list[tuple[str, Check | None]], dict[str, Any]]:
    hints = typing.get_type_hints(func)
    positional: list[tuple[str, Check | None]] = []
    by_name: dict[str, Any] = {}
    import inspect  # needed on first call only; keeps `import webexteamssdk` fast

    for parameter in list(inspect.signature(func).parameters.values())[1:]:
        if parameter.kind in (parameter.VAR_KEYWORD, parameter.VAR_POSITIONAL):
            continue
        check = _check_for(hints.get(parameter.name, Any))
        entry = (parameter.name, check)
        by_name[parameter.name] = (check, hints.get(parameter.name, Any))
        if parameter.kind is not parameter.KEYWORD_ONLY:
            positional.append(entry)
    return positional, by_name


def checked(func: F) -> F:
    """Check a method's arguments against its type hints on every call."""
    resolved: list[Any] = []

    def check_arguments(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        if not resolved:
            resolved.extend(_checks(func))
        positional, by_name = resolved
        for (name, _), value in zip(positional, args, strict=False):
            _check_one(func, name, value, by_name[name])
        for name, value in kwargs.items():
            if name in by_name:
                _check_one(func, name, value, by_name[name])

    if func.__code__.co_flags & _CO_COROUTINE:

        @functools.wraps(func)
        async def async_wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            check_arguments(args, kwargs)
            return await func(self, *args, **kwargs)

        return typing.cast(F, async_wrapper)

    @functools.wraps(func)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        check_arguments(args, kwargs)
        return func(self, *args, **kwargs)

    return typing.cast(F, wrapper)


def _check_one(func: Callable[..., Any], name: str, value: Any, entry: Any) -> None:
    check, hint = entry
    if check is not None and not check(value):
        where = func.__qualname__.replace("._", ".")
        # The value itself is never shown: it could be a secret.
        raise TypeError(f"{where}(): {name} must be {_type_name(hint)}, got {type(value).__name__}")


def require_non_empty(name: str, value: str) -> str:
    """Raise ``ValueError`` when an id that goes into a URL path is empty."""
    if not value:
        raise ValueError(f"{name} must not be empty")
    return value
