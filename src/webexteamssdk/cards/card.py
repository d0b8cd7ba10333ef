"""Alias of ``webexteamssdk.models.cards.card``."""

from ..models.cards.card import *  # noqa: F403
from ..models.cards.card import __all__ as __all__
