"""Alias of ``webexteamssdk.models.cards.components``."""

from ..models.cards.components import *  # noqa: F403
from ..models.cards.components import __all__ as __all__
