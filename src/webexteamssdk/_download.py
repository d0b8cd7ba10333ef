"""Message file downloads: names, target paths and errors (no I/O but the file system)."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from urllib.parse import unquote

import httpx

__all__ = [
    "FileInfo",
    "file_info",
    "filename_from",
    "finished_download",
    "open_target",
    "safe_filename",
]

_FILENAME_STAR = re.compile(r"filename\*\s*=\s*([^']*)'[^']*'([^;]+)", re.IGNORECASE)
_FILENAME = re.compile(r'filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))', re.IGNORECASE)
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_MAX_NAME = 200


@dataclass(frozen=True)
class FileInfo:
    """What a message file is, read from its headers.

    Attributes:
        name: The file name (from ``Content-Disposition``, made safe for disk).
        content_type: The MIME type.
        size: The size in bytes, or None when the server did not say.
    """

    name: str
    content_type: str
    size: int | None


def filename_from(content_disposition: str | None, url: httpx.URL) -> str:
    """Pick the file name: ``filename*`` then ``filename``, else the URL's last segment."""
    header = content_disposition or ""
    star = _FILENAME_STAR.search(header)
    if star:
        raw = unquote(star.group(2).strip(), encoding=star.group(1) or "utf-8", errors="replace")
    else:
        plain = _FILENAME.search(header)
        raw = (plain.group(1) or plain.group(2) or "").strip() if plain else url.path
    return safe_filename(raw)


def safe_filename(raw: str) -> str:
    """Make a server-given name safe to create in a directory of your choice.

    Path parts are dropped (no ``../`` traversal, no absolute paths), control and
    reserved characters become ``_``, leading dots and spaces go (no hidden files,
    no ``..``), and the name is shortened to 200 characters keeping its extension.
    """
    name = unicodedata.normalize("NFC", raw.replace("\\", "/").split("/")[-1])
    name = _UNSAFE.sub("_", name).strip().lstrip(". ")
    if len(name) > _MAX_NAME:
        stem, dot, extension = name.rpartition(".")
        keep = _MAX_NAME - len(extension) - 1
        name = f"{stem[:keep]}.{extension}" if dot and keep > 0 else name[:_MAX_NAME]
    return name or "download"


def file_info(response: httpx.Response) -> FileInfo:
    """Build a ``FileInfo`` from the headers of a file response."""
    length = response.headers.get("content-length")
    return FileInfo(
        name=filename_from(response.headers.get("content-disposition"), response.url),
        content_type=response.headers.get("content-type", "application/octet-stream"),
        size=int(length) if length and length.isdigit() else None,
    )


def open_target(dest: str | os.PathLike[str], name: str) -> tuple[Path, IO[bytes]]:
    """Choose the final path and open a temporary file beside it.

    A ``dest`` that is an existing directory receives ``name`` (with `` (1)``, `` (2)``
    ... added when taken); any other ``dest`` is the file path itself. Bytes go to a
    temporary file that the caller renames into place once complete, so a failed
    download never leaves a partial file under the final name.

    Raises:
        FileNotFoundError: If the directory to write into does not exist.
    """
    target = Path(dest)
    if target.is_dir():
        target = _free_name(target / name)
    if not target.parent.is_dir():
        raise FileNotFoundError(f"download directory does not exist: {target.parent}")
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed by the caller
        dir=target.parent, prefix=".download-", suffix=".part", delete=False
    )
    return target, handle


def _free_name(path: Path) -> Path:
    candidate, number = path, 1
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        number += 1
    return candidate


@contextlib.contextmanager
def finished_download(handle: IO[bytes], target: Path) -> Iterator[None]:
    """Move the temporary file into place when the block succeeds; delete it otherwise."""
    try:
        with handle:
            yield
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    os.replace(handle.name, target)
