"""Alias of ``webexteamssdk.models.cards.utils``."""

from ..models.cards.utils import *  # noqa: F403
from ..models.cards.utils import __all__ as __all__
