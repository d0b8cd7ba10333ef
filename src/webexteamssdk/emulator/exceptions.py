"""The one exception the emulator's rules raise (kept free of Starlette imports)."""

from __future__ import annotations


class WebexError(Exception):
    """A rule violation answered with a Webex error body.

    Args:
        status: HTTP status code of the response.
        message: The Webex ``message`` (and ``errors[0].description``) text.
        headers: Extra response headers, e.g. ``Retry-After``.
    """

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}
