"""Alias of ``webexteamssdk.models.cards.adaptive_card_component``."""

from ..models.cards.adaptive_card_component import *  # noqa: F403
from ..models.cards.adaptive_card_component import __all__ as __all__
