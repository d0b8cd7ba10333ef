"""Pieces of HTTP plumbing shared by the sync and async sessions (no I/O here)."""

from __future__ import annotations

import json
import platform
import sys
from collections.abc import Generator, Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ._version import __version__

__all__ = [
    "BearerAuth",
    "join_url",
    "mounts_for_proxies",
    "path_id",
    "same_origin",
    "user_agent",
]


def user_agent(be_geo_id: str | None = None, caller: str | None = None) -> str:
    """Build the ``User-Agent``: ``webexteamssdk/<version> <JSON platform comment>``."""
    data: dict[str, Any] = {
        "implementation": {
            "name": platform.python_implementation(),
            "version": platform.python_version(),
        },
        "system": {"name": platform.system(), "release": platform.release()},
        "cpu": platform.machine(),
    }
    if sys.platform == "darwin":
        data["distro"] = {"name": "macOS", "version": platform.mac_ver()[0]}
    organization = {
        key: value for key, value in (("be_geo_id", be_geo_id), ("caller", caller)) if value
    }
    if organization:
        data["organization"] = organization
    return f"webexteamssdk/{__version__} {json.dumps(data, separators=(',', ':'))}"


def same_origin(url: httpx.URL, base: httpx.URL) -> bool:
    """Tell whether ``url`` has the scheme, host and port of ``base``."""
    return (url.scheme, url.host, url.port) == (base.scheme, base.host, base.port)


def join_url(base_url: str, url: str) -> str:
    """Make ``url`` absolute below ``base_url`` (which ends with ``/``).

    An absolute URL is returned unchanged. A relative one, with or without a
    leading slash, goes below the base path: ``/rooms`` and ``rooms`` both give
    ``<base_url>rooms`` (plain ``urljoin`` would drop ``/v1`` for ``/rooms``).
    """
    if "://" in url:
        return url
    return base_url + url.lstrip("/")


def path_id(value: str) -> str:
    """Percent-encode an id for use as one path segment."""
    return quote(value, safe="")


def mounts_for_proxies(
    proxies: Mapping[str, str], verify: bool, asynchronous: bool = False
) -> dict[str, Any]:
    """Turn a requests-style proxies dict into httpx transport mounts.

    ``{"https": "http://proxy:3128"}`` routes every https request through the
    proxy. Keys may be a scheme (``http``, ``https``), ``all``, or a URL prefix
    such as ``https://webexapis.com``.
    """
    transport = httpx.AsyncHTTPTransport if asynchronous else httpx.HTTPTransport
    mounts: dict[str, Any] = {}
    for key, proxy in proxies.items():
        if not isinstance(key, str) or not isinstance(proxy, str):
            raise TypeError("proxies must map str keys (e.g. 'https') to proxy URL strings")
        pattern = key if "://" in key else f"{key}://"
        mounts[pattern] = transport(proxy=proxy, verify=verify)
    return mounts


class BearerAuth(httpx.Auth):
    """Adds ``Authorization: Bearer`` only to requests for the configured API origin.

    Pagination links, file URLs and redirects that point elsewhere never see the token.
    """

    def __init__(self, token: str, origin: httpx.URL) -> None:
        self._header = f"Bearer {token}"
        self._origin = origin

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Attach the token when the request goes to the API origin."""
        if "authorization" not in request.headers and same_origin(request.url, self._origin):
            request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return f"BearerAuth(origin={str(self._origin)!r}, token=<hidden>)"
