"""A local emulator of the Webex messaging REST API v1 (Starlette + uvicorn).

Use :class:`Emulator` from Python, ``webex-emulator`` / ``python -m webexteamssdk.emulator``
from a shell, or the ``webex_emulator`` pytest fixtures.
"""

from __future__ import annotations

from .harness import Emulator
from .seed import DEFAULT_SEED

__all__ = ["DEFAULT_SEED", "Emulator"]
