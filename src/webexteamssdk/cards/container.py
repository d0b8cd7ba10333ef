"""Alias of ``webexteamssdk.models.cards.container``."""

from ..models.cards.container import *  # noqa: F403
from ..models.cards.container import __all__ as __all__
