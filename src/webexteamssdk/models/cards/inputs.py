"""Card inputs: text, numbers, dates, times, toggles and choice sets."""

from __future__ import annotations

from dataclasses import dataclass, field

from .adaptive_card_component import CardAction, CardInput, added_in, required_text
from .components import Choice
from .options import BlockElementHeight, ChoiceInputStyle, Spacing, TextInputStyle

__all__ = ["Choices", "Date", "Number", "Text", "Time", "Toggle"]


@dataclass(eq=False)
class Text(CardInput):
    """A text input."""

    type = "Input.Text"
    id: str = required_text()
    isMultiline: bool | None = None
    maxLength: int | None = None
    placeholder: str | None = None
    style: TextInputStyle | None = None
    value: str | None = None
    height: BlockElementHeight | None = added_in("1.1")
    separator: bool | None = None
    spacing: Spacing | None = None
    inlineAction: CardAction | None = added_in("1.2")
    regex: str | None = added_in("1.3")


@dataclass(eq=False)
class Number(CardInput):
    """A number input."""

    type = "Input.Number"
    id: str = required_text()
    max: float | None = None
    min: float | None = None
    placeholder: str | None = None
    value: float | None = None
    height: BlockElementHeight | None = added_in("1.1")
    separator: bool | None = None
    spacing: Spacing | None = None


@dataclass(eq=False)
class _CalendarInput(CardInput):
    """Fields shared by the date and time inputs (values as text)."""

    id: str = required_text()
    max: str | None = None
    min: str | None = None
    placeholder: str | None = None
    value: str | None = None
    height: BlockElementHeight | None = added_in("1.1")
    separator: bool | None = None
    spacing: Spacing | None = None


@dataclass(eq=False)
class Date(_CalendarInput):
    """A date input (values as ``YYYY-MM-DD``)."""

    type = "Input.Date"


@dataclass(eq=False)
class Time(_CalendarInput):
    """A time input (values as ``HH:MM``)."""

    type = "Input.Time"


@dataclass(eq=False)
class Toggle(CardInput):
    """A checkbox with a title; submits ``valueOn`` or ``valueOff``."""

    type = "Input.Toggle"
    title: str
    id: str = required_text()
    value: str | None = None
    valueOff: str | None = None
    valueOn: str | None = None
    height: BlockElementHeight | None = added_in("1.1")
    separator: bool | None = None
    spacing: Spacing | None = None
    wrap: bool | None = added_in("1.2")


@dataclass(eq=False)
class Choices(CardInput):
    """A choice set: a drop-down or a list of radio buttons or checkboxes."""

    type = "Input.ChoiceSet"
    choices: list[Choice] = field(metadata={"nonempty": True})
    id: str = required_text()
    isMultiSelect: bool | None = None
    style: ChoiceInputStyle | None = None
    value: str | None = None
    height: BlockElementHeight | None = added_in("1.1")
    separator: bool | None = None
    spacing: Spacing | None = None
    wrap: bool | None = added_in("1.2")
