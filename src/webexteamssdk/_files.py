"""Message files and attachments: classify and shape them before any request is sent."""

from __future__ import annotations

import mimetypes
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from .config import ADAPTIVE_CARD_CONTENT_TYPE

__all__ = ["LocalFile", "attachment_payload", "classify_files", "is_web_url"]


@dataclass(frozen=True)
class LocalFile:
    """A file on disk to upload with multipart: its path, name and MIME type."""

    path: str
    name: str
    content_type: str


def is_web_url(value: str) -> bool:
    """Tell whether ``value`` is an http(s) URL with a host."""
    parsed = urlparse(value)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


def classify_files(files: Sequence[str] | None) -> str | LocalFile | None:
    """Check the ``files`` argument of ``messages.create``.

    Returns:
        None for no file, the URL for a web file, or a ``LocalFile`` to upload.

    Raises:
        ValueError: For more than one file (Webex takes one per message), or for an
            entry that is neither an http(s) URL nor an existing local file.
    """
    if not files:
        return None
    if len(files) > 1:
        raise ValueError(
            f"files holds {len(files)} entries, but Webex accepts only one file per message"
        )
    entry = files[0]
    if is_web_url(entry):
        return entry
    if os.path.isfile(entry):
        content_type = mimetypes.guess_type(entry)[0] or "application/octet-stream"
        return LocalFile(entry, os.path.basename(entry), content_type)
    raise ValueError(
        f"files[0] is neither an http(s) URL nor the path of an existing local file: {entry!r}"
    )


def attachment_payload(attachment: Any) -> dict[str, Any]:
    """Return the JSON of one message attachment.

    Card objects (anything with ``to_dict()``) and bare card dicts are wrapped as
    ``{"contentType": "application/vnd.microsoft.card.adaptive", "content": card}``;
    a dict that already has a ``contentType`` is sent as it is.

    Raises:
        TypeError: For anything that is neither a dict nor has ``to_dict()``.
    """
    to_dict = getattr(attachment, "to_dict", None)
    if callable(to_dict):
        attachment = to_dict()
    if not isinstance(attachment, dict):
        raise TypeError(
            "each attachment must be a dict or a card object with to_dict(), "
            f"got {type(attachment).__name__}"
        )
    if "contentType" in attachment:
        return attachment
    return {"contentType": ADAPTIVE_CARD_CONTENT_TYPE, "content": attachment}
