"""Alias of ``webexteamssdk.models.cards.inputs``."""

from ..models.cards.inputs import *  # noqa: F403
from ..models.cards.inputs import __all__ as __all__
