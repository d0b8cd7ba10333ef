"""Card actions: open a URL, submit the inputs, show a card, toggle elements."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .adaptive_card_component import AdaptiveCardComponent, CardAction, added_in, required_text
from .options import ActionStyle

__all__ = ["OpenUrl", "ShowCard", "Submit", "TargetElement", "ToggleVisibility"]


@dataclass(eq=False)
class OpenUrl(CardAction):
    """Open a URL."""

    type = "Action.OpenUrl"
    url: str = required_text()
    title: str | None = None
    iconURL: str | None = None
    style: ActionStyle | None = added_in("1.2")


@dataclass(eq=False)
class Submit(CardAction):
    """Submit the card's inputs (with ``data`` merged in) as an attachment action."""

    type = "Action.Submit"
    data: dict[str, Any] | str | None = None
    title: str | None = None
    iconURL: str | None = None
    style: ActionStyle | None = added_in("1.2")


@dataclass(eq=False)
class ShowCard(CardAction):
    """Show another card below the buttons."""

    type = "Action.ShowCard"
    card: AdaptiveCard | None = None
    title: str | None = None
    iconURL: str | None = None
    style: ActionStyle | None = added_in("1.2")


@dataclass(eq=False)
class TargetElement(AdaptiveCardComponent):
    """An element a ``ToggleVisibility`` acts on, and whether to show or hide it."""

    elementId: str = required_text()
    isVisible: bool | None = None


@dataclass(eq=False)
class ToggleVisibility(CardAction):
    """Show or hide elements by id (Adaptive Cards 1.2)."""

    type = "Action.ToggleVisibility"
    min_version = "1.2"
    targetElements: list[TargetElement | str] = field(metadata={"nonempty": True})
    title: str | None = None
    iconURL: str | None = None
    style: ActionStyle | None = None


from .card import AdaptiveCard  # noqa: E402 - ShowCard holds a card; card.py does not import us
