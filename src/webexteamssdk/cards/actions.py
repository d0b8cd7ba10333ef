"""Alias of ``webexteamssdk.models.cards.actions``."""

from ..models.cards.actions import *  # noqa: F403
from ..models.cards.actions import __all__ as __all__
