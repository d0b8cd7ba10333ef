"""``AdaptiveCard``: the card itself, with its body and actions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .adaptive_card_component import (
    VERSIONS,
    AdaptiveCardComponent,
    CardAction,
    CardElement,
    added_in,
)
from .components import BackgroundImage
from .options import VerticalContentAlignment

__all__ = ["SCHEMA", "AdaptiveCard"]

SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"


@dataclass(eq=False)
class AdaptiveCard(AdaptiveCardComponent):
    """An Adaptive Card to send in a message (``attachments=[card]``).

    ``version`` is the lowest Adaptive Cards version with every feature the card
    uses (1.0 to 1.3, which Webex renders) unless you set it.

    Example:
        >>> card = AdaptiveCard(body=[TextBlock("Hello")], actions=[Submit(title="OK")])
    """

    type = "AdaptiveCard"
    schema = SCHEMA
    body: list[CardElement] | None = None
    actions: list[CardAction] | None = None
    selectAction: CardAction | None = added_in("1.1")
    fallbackText: str | None = None
    lang: str | None = None
    version: str | None = None
    backgroundImage: BackgroundImage | str | None = None
    minHeight: str | None = added_in("1.2")
    verticalContentAlignment: VerticalContentAlignment | None = added_in("1.1")
    speak: str | None = None
    additional_properties: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.version is not None and self.version not in VERSIONS:
            raise ValueError(
                f"AdaptiveCard.version must be one of {', '.join(VERSIONS)}, got {self.version!r}"
            )

    def to_dict(self) -> dict[str, Any]:
        """Serialise the card, with ``$schema`` and ``version``."""
        data = super().to_dict()
        data["version"] = self.version or self.required_version()
        data["$schema"] = SCHEMA
        return data
