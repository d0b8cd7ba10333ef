"""Finding the next page of a list: pure functions shared by both session faces."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote_plus

import httpx

from ._http import same_origin
from .exceptions import MalformedResponse

__all__ = ["next_page_url", "page_items", "query_params"]


def query_params(params: Mapping[str, Any] | None) -> dict[str, Any]:
    """Drop None values and render booleans the way Webex expects (``true``/``false``)."""
    if not params:
        return {}
    rendered: dict[str, Any] = {}
    for key, value in params.items():
        if value is None:
            continue
        if isinstance(value, bool):
            value = "true" if value else "false"
        rendered[key] = value
    return rendered


def next_page_url(
    response: httpx.Response, original_params: Mapping[str, Any], api_origin: httpx.URL
) -> httpx.URL | None:
    """Return the URL of the next page, or None on the last page.

    The ``Link: <...>; rel="next"`` URL is followed as the server gave it. Original
    query parameters that the server left out are added back (Webex has dropped
    ``mentionedPeople`` from next links, which made bots' second pages fail: WPS#168),
    but never over a parameter the server did send, so its cursor is kept.

    Raises:
        MalformedResponse: If the link points to another origin than the API's; it is
            not followed, so the access token cannot leak there.
    """
    link = response.links.get("next", {}).get("url")
    if not link:
        return None
    url = httpx.URL(link)
    if url.is_relative_url:  # Webex sends absolute links; joining costs a second parse
        url = response.url.join(url)
    if not same_origin(url, api_origin):
        raise MalformedResponse(
            f"Refusing to follow a pagination link to another origin "
            f"({url.scheme}://{url.netloc.decode('ascii')}); "
            f"the access token is only sent to {api_origin.scheme}://"
            f"{api_origin.netloc.decode('ascii')}."
        )
    # The parameter names are read off the raw query: this runs once per page, and a
    # full parse is only needed in the rare case where the URL must be rebuilt.
    raw_pairs = url.query.decode("ascii").split("&") if url.query else []
    # Webex quirk (reference §1.4): next links have carried a stray ``max=null``.
    stray_max = "max=null" in raw_pairs
    present = {unquote_plus(pair.partition("=")[0]) for pair in raw_pairs if pair != "max=null"}
    missing = [(k, v) for k, v in query_params(original_params).items() if k not in present]
    if missing or stray_max:
        kept = [(k, v) for k, v in url.params.multi_items() if not (k == "max" and v == "null")]
        pairs: list[tuple[str, str | int | float | bool | None]] = [*kept, *_flatten(missing)]
        url = url.copy_with(params=httpx.QueryParams(pairs))
    return url


def _flatten(pairs: list[tuple[str, Any]]) -> list[tuple[str, str]]:
    flat: list[tuple[str, str]] = []
    for key, value in pairs:
        values = value if isinstance(value, (list, tuple)) else [value]
        flat.extend((key, str(item)) for item in values)
    return flat


def page_items(page: Any) -> list[Any]:
    """Return the ``items`` list of a page, or raise ``MalformedResponse``."""
    if not isinstance(page, dict) or not isinstance(page.get("items"), list):
        preview = repr(page)[:200]
        raise MalformedResponse(f"'items' key not found in JSON data: {preview}")
    items: list[Any] = page["items"]
    return items
