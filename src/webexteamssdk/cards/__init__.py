"""Adaptive Cards: ``from webexteamssdk.cards import AdaptiveCard, TextBlock, Submit``.

The same classes as ``webexteamssdk.models.cards``; the modules of both packages
(``card``, ``components``, ``container``, ``inputs``, ``actions``, ``options``) work.
"""

from ..models.cards import *  # noqa: F403
from ..models.cards import __all__ as __all__
