"""Helpers to send cards: the attachment wrapper Webex expects."""

from __future__ import annotations

from typing import Any

from .card import AdaptiveCard

__all__ = ["ADAPTIVE_CARD_CONTENT_TYPE", "make_attachment"]

ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"


def make_attachment(card: AdaptiveCard) -> dict[str, Any]:
    """Wrap a card as a message attachment.

    Returns:
        ``{"contentType": "application/vnd.microsoft.card.adaptive", "content": {...}}``.

    Raises:
        TypeError: If ``card`` is not an ``AdaptiveCard``.
    """
    if not isinstance(card, AdaptiveCard):
        raise TypeError(f"card must be an AdaptiveCard, got {type(card).__name__}")
    return {"contentType": ADAPTIVE_CARD_CONTENT_TYPE, "content": card.to_dict()}
