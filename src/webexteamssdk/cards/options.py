"""Alias of ``webexteamssdk.models.cards.options``."""

from ..models.cards.options import *  # noqa: F403
from ..models.cards.options import __all__ as __all__
