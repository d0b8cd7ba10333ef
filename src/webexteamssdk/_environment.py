"""Settings read from the environment, always at construction time, never at import."""

from __future__ import annotations

import os
import warnings
from collections.abc import Mapping

import httpx

from .config import (
    ACCESS_TOKEN_ENVIRONMENT_VARIABLE,
    BASE_URL_ENVIRONMENT_VARIABLE,
    BE_GEO_ID_ENVIRONMENT_VARIABLE,
    CALLER_ENVIRONMENT_VARIABLE,
    DEFAULT_BASE_URL,
    LEGACY_ACCESS_TOKEN_ENVIRONMENT_VARIABLES,
    NEWER_ACCESS_TOKEN_ENVIRONMENT_VARIABLE,
)

__all__ = ["access_token_from_env", "base_url", "tracking_ids"]


def access_token_from_env(environ: Mapping[str, str] | None = None) -> str | None:
    """Find an access token in the environment.

    ``WEBEX_TEAMS_ACCESS_TOKEN`` wins, then ``WEBEX_ACCESS_TOKEN``, then the legacy
    ``SPARK_ACCESS_TOKEN`` and ``CISCO_SPARK_ACCESS_TOKEN``; a legacy name warns
    with a ``DeprecationWarning`` naming the variable (never its value).

    Args:
        environ: The environment to read; ``os.environ`` by default.

    Returns:
        The token, or None when no variable holds one.
    """
    env = os.environ if environ is None else environ
    for name in (ACCESS_TOKEN_ENVIRONMENT_VARIABLE, NEWER_ACCESS_TOKEN_ENVIRONMENT_VARIABLE):
        if env.get(name):
            return env[name]
    for name in LEGACY_ACCESS_TOKEN_ENVIRONMENT_VARIABLES:
        if env.get(name):
            warnings.warn(
                f"The {name} environment variable is deprecated; "
                f"set {ACCESS_TOKEN_ENVIRONMENT_VARIABLE} instead.",
                DeprecationWarning,
                stacklevel=5,  # resolve_settings, __init__, checked, caller
            )
            return env[name]
    return None


def base_url(argument: str | None, environ: Mapping[str, str] | None = None) -> str:
    """Choose and normalise the API base URL.

    Args:
        argument: The ``base_url`` the caller passed, if any.
        environ: The environment to read; ``os.environ`` by default.

    Returns:
        An absolute URL that ends with ``/``, so relative paths join below it.

    Raises:
        TypeError: If the base URL is not a string.
        ValueError: If it has no scheme or no host.
    """
    env = os.environ if environ is None else environ
    chosen = argument if argument is not None else env.get(BASE_URL_ENVIRONMENT_VARIABLE)
    chosen = chosen or DEFAULT_BASE_URL
    if not isinstance(chosen, str):
        raise TypeError(f"base_url must be a str, got {type(chosen).__name__}")
    try:
        url = httpx.URL(chosen)
    except httpx.InvalidURL as error:
        raise ValueError(f"base_url {chosen!r} is not a valid URL: {error}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(
            f"base_url {chosen!r} must be an absolute http(s) URL with a host, "
            "e.g. 'https://webexapis.com/v1/'"
        )
    return chosen if chosen.endswith("/") else chosen + "/"


def tracking_ids(
    be_geo_id: str | None, caller: str | None, environ: Mapping[str, str] | None = None
) -> tuple[str | None, str | None]:
    """Return the partner ``be_geo_id`` and ``caller`` ids, falling back to the environment."""
    env = os.environ if environ is None else environ
    return (
        be_geo_id or env.get(BE_GEO_ID_ENVIRONMENT_VARIABLE) or None,
        caller or env.get(CALLER_ENVIRONMENT_VARIABLE) or None,
    )
