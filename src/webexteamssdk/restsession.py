"""The transport core: one pooled HTTP client, errors, retries, rate limits and paging.

``WebexTeamsAPI`` keeps one ``RestSession`` (``AsyncWebexTeamsAPI`` an
``AsyncRestSession``) and every API group calls it; users reach it as ``api._session``
to call endpoints the SDK does not wrap yet. The decisions (retry or not, how long to
wait, which page is next) are pure functions shared by both faces; each face only
sends, sleeps and loops.
"""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx

from ._download import file_info, finished_download, open_target
from ._gate import AsyncGate, SyncGate
from ._limits import AsyncLimiter, RequestLimits, SyncLimiter
from ._pagination import next_page_url, page_items, query_params
from ._retry import Attempts, RetryPolicy
from ._session_base import SessionBase
from ._transport import (
    call_options,
    decode_json,
    error_delay,
    is_success,
    log_response,
    retry_delay,
    rewind_files,
)
from .config import DEFAULT_SINGLE_REQUEST_TIMEOUT, DEFAULT_WAIT_ON_RATE_LIMIT
from .response_codes import EXPECTED_RESPONSE_CODE

__all__ = ["AsyncRestSession", "RestSession"]

GET, POST, PUT, DELETE = (EXPECTED_RESPONSE_CODE[m] for m in ("GET", "POST", "PUT", "DELETE"))


class RestSession(SessionBase[httpx.Client]):
    """A Webex REST session: authentication, headers, errors, retries and paging.

    Args:
        access_token: The Webex access token, sent only to the ``base_url`` origin
            (None for a session that only exchanges OAuth codes).
        base_url: Absolute base URL ending with ``/`` (e.g. ``https://webexapis.com/v1/``).
        single_request_timeout: Seconds one HTTP request may take, or None for no limit.
        wait_on_rate_limit: Wait out 429 answers and retry (bounded by ``retry``).
        proxies: A requests-style proxies dict, e.g. ``{"https": "http://proxy:3128"}``.
        be_geo_id: Partner id added to the ``User-Agent``.
        caller: Caller id added to the ``User-Agent``.
        disable_ssl_verify: Turn TLS certificate verification off.
        transport: An ``httpx.BaseTransport`` to use instead of the network.
        retry: The ``RetryPolicy``.
        connect_timeout: Seconds to connect (default: ``single_request_timeout``).
        limits: Client-side ``RequestLimits`` (concurrency and/or requests per second).
        sleep: How to wait (``time.sleep`` by default); injectable so tests take no
            real time.
    """

    def __init__(
        self,
        access_token: str | None,
        base_url: str,
        single_request_timeout: float | None = DEFAULT_SINGLE_REQUEST_TIMEOUT,
        wait_on_rate_limit: bool = DEFAULT_WAIT_ON_RATE_LIMIT,
        proxies: Mapping[str, str] | None = None,
        be_geo_id: str | None = None,
        caller: str | None = None,
        disable_ssl_verify: bool = False,
        *,
        transport: httpx.BaseTransport | None = None,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] | None = None,
        connect_timeout: float | None = None,
        limits: RequestLimits | None = None,
    ) -> None:
        super().__init__(
            access_token, base_url, single_request_timeout, wait_on_rate_limit, retry,
            connect_timeout,
        )
        self._sleep = sleep or time.sleep
        self._limiter = SyncLimiter(limits, self._sleep) if limits else None
        self._gate = SyncGate()
        options = self._client_options(proxies, be_geo_id, caller, disable_ssl_verify, False)
        self._client = httpx.Client(transport=transport, **options)

    def request(
        self, method: str, url: str | httpx.URL, erc: int | None = None, **kwargs: Any
    ) -> httpx.Response:
        """Send a request, retrying per the policy; raise for an error answer.

        Args:
            method: The HTTP method.
            url: An absolute URL or a path relative to the base URL.
            erc: The expected response code (any 2xx is accepted too).
            **kwargs: Passed to ``httpx.Client.request`` (params, json, data, files,
                headers, timeout, auth), plus ``retry`` (a ``RetryPolicy`` for this call).

        Returns:
            The successful ``httpx.Response``.

        Raises:
            ApiError: For an error status (``RateLimitError`` for a 429 not waited out).
            ApiConnectionError: When no answer arrived (``ApiTimeoutError`` on timeouts).
        """
        # An httpx.URL (a followed page link) is already absolute and parsed.
        absolute = url if isinstance(url, httpx.URL) else self.abs_url(url)
        policy, stream, auth = call_options(self.retry, kwargs)
        attempts, positions = Attempts(), dict[int, int]()
        while True:
            rewind_files(kwargs.get("files"), positions)
            try:
                request = self._client.build_request(method, absolute, **kwargs)
                response = self._send(request, auth, stream)
            except httpx.TransportError as error:
                self._sleep(error_delay(error, method, absolute, policy, attempts))
                continue
            log_response(response)
            if is_success(response, erc):
                return response
            if stream:
                response.read()
                response.close()
            delay = retry_delay(response, policy, attempts, self.wait_on_rate_limit)
            with self._gate.closed_after(response):
                self._sleep(delay)

    def _send(self, request: httpx.Request, auth: Any, stream: bool) -> httpx.Response:
        """Send once, after any 429 wait on the endpoint and within the client's limits."""
        while True:
            if self._gate.active:
                self._gate.wait(request)
            if self._limiter is None:
                return self._client.send(request, auth=auth, stream=stream)
            with self._limiter.slot():
                # A 429 may have closed the endpoint while this call queued for a slot.
                if not self._gate.is_closed(request):
                    return self._client.send(request, auth=auth, stream=stream)

    def head(self, url: str, **kwargs: Any) -> httpx.Response:
        """HEAD; returns the response (headers only)."""
        return self.request("HEAD", url, kwargs.pop("erc", GET), **kwargs)

    def download(
        self,
        url: str,
        dest: str | os.PathLike[str],
        *,
        allow_unscannable: bool = False,
        chunk_size: int = 64 * 1024,
    ) -> Path:
        """Stream a file to ``dest`` (a directory or a file path); return the path written."""
        params = {"allow": "unscannable"} if allow_unscannable else None
        response = self.request("GET", url, GET, params=params, stream=True)
        try:
            target, handle = open_target(dest, file_info(response).name)
            with finished_download(handle, target):
                for chunk in response.iter_bytes(chunk_size):
                    handle.write(chunk)
        finally:
            response.close()
        return target

    def get(self, url: str, params: Mapping[str, Any] | None = None, **kwargs: Any) -> Any:
        """GET and return the parsed JSON body."""
        erc = kwargs.pop("erc", GET)
        return decode_json(self.request("GET", url, erc, params=query_params(params), **kwargs))

    def get_pages(
        self, url: str, params: Mapping[str, Any] | None = None, **kwargs: Any
    ) -> Iterator[Any]:
        """Yield each page (parsed JSON) of a list, following ``Link: rel="next"``."""
        erc = kwargs.pop("erc", GET)
        original = query_params(params)
        response = self.request("GET", url, erc, params=original, **kwargs)
        while True:
            yield decode_json(response)
            next_url = next_page_url(response, original, self._origin)
            if next_url is None:
                return
            response = self.request("GET", next_url, erc, **kwargs)

    def get_items(
        self, url: str, params: Mapping[str, Any] | None = None, **kwargs: Any
    ) -> Iterator[Any]:
        """Yield every item of a list across all its pages."""
        for page in self.get_pages(url, params, **kwargs):
            yield from page_items(page)

    def post(self, url: str, json: Any = None, data: Any = None, **kwargs: Any) -> Any:
        """POST and return the parsed JSON body (an empty body gives ``{}``)."""
        erc = kwargs.pop("erc", POST)
        return decode_json(self.request("POST", url, erc, json=json, data=data, **kwargs))

    def put(self, url: str, json: Any = None, data: Any = None, **kwargs: Any) -> Any:
        """PUT and return the parsed JSON body (an empty body gives ``{}``)."""
        erc = kwargs.pop("erc", PUT)
        return decode_json(self.request("PUT", url, erc, json=json, data=data, **kwargs))

    def delete(self, url: str, **kwargs: Any) -> None:
        """DELETE; returns nothing."""
        self.request("DELETE", url, kwargs.pop("erc", DELETE), **kwargs)

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def __enter__(self) -> RestSession:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncRestSession(SessionBase[httpx.AsyncClient]):
    """The asyncio twin of ``RestSession``: the same rules, awaitable calls.

    Takes the same arguments as ``RestSession``; ``transport`` is an
    ``httpx.AsyncBaseTransport`` and ``sleep`` an async callable.
    """

    def __init__(
        self,
        access_token: str | None,
        base_url: str,
        single_request_timeout: float | None = DEFAULT_SINGLE_REQUEST_TIMEOUT,
        wait_on_rate_limit: bool = DEFAULT_WAIT_ON_RATE_LIMIT,
        proxies: Mapping[str, str] | None = None,
        be_geo_id: str | None = None,
        caller: str | None = None,
        disable_ssl_verify: bool = False,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        connect_timeout: float | None = None,
        limits: RequestLimits | None = None,
    ) -> None:
        super().__init__(
            access_token, base_url, single_request_timeout, wait_on_rate_limit, retry,
            connect_timeout,
        )
        import asyncio  # only async clients pay for importing asyncio

        self._sleep = sleep or asyncio.sleep
        self._limiter = AsyncLimiter(limits, self._sleep) if limits else None
        self._gate = AsyncGate()
        options = self._client_options(proxies, be_geo_id, caller, disable_ssl_verify, True)
        self._client = httpx.AsyncClient(transport=transport, **options)

    async def request(
        self, method: str, url: str | httpx.URL, erc: int | None = None, **kwargs: Any
    ) -> httpx.Response:
        """Send a request, retrying per the policy; raise for an error answer."""
        # An httpx.URL (a followed page link) is already absolute and parsed.
        absolute = url if isinstance(url, httpx.URL) else self.abs_url(url)
        policy, stream, auth = call_options(self.retry, kwargs)
        attempts, positions = Attempts(), dict[int, int]()
        while True:
            rewind_files(kwargs.get("files"), positions)
            try:
                request = self._client.build_request(method, absolute, **kwargs)
                response = await self._send(request, auth, stream)
            except httpx.TransportError as error:
                await self._sleep(error_delay(error, method, absolute, policy, attempts))
                continue
            log_response(response)
            if is_success(response, erc):
                return response
            if stream:
                await response.aread()
                await response.aclose()
            delay = retry_delay(response, policy, attempts, self.wait_on_rate_limit)
            with self._gate.closed_after(response):
                await self._sleep(delay)

    async def _send(self, request: httpx.Request, auth: Any, stream: bool) -> httpx.Response:
        """Send once, after any 429 wait on the endpoint and within the client's limits."""
        while True:
            if self._gate.active:
                await self._gate.wait(request)
            if self._limiter is None:
                return await self._client.send(request, auth=auth, stream=stream)
            async with self._limiter.slot():
                # A 429 may have closed the endpoint while this task queued for a slot.
                if not self._gate.is_closed(request):
                    return await self._client.send(request, auth=auth, stream=stream)

    async def head(self, url: str, **kwargs: Any) -> httpx.Response:
        """HEAD; returns the response (headers only)."""
        return await self.request("HEAD", url, kwargs.pop("erc", GET), **kwargs)

    async def download(
        self,
        url: str,
        dest: str | os.PathLike[str],
        *,
        allow_unscannable: bool = False,
        chunk_size: int = 64 * 1024,
    ) -> Path:
        """Stream a file to ``dest`` (a directory or a file path); return the path written."""
        params = {"allow": "unscannable"} if allow_unscannable else None
        response = await self.request("GET", url, GET, params=params, stream=True)
        try:
            target, handle = open_target(dest, file_info(response).name)
            with finished_download(handle, target):
                async for chunk in response.aiter_bytes(chunk_size):
                    handle.write(chunk)
        finally:
            await response.aclose()
        return target

    async def get(self, url: str, params: Mapping[str, Any] | None = None, **kwargs: Any) -> Any:
        """GET and return the parsed JSON body."""
        erc = kwargs.pop("erc", GET)
        response = await self.request("GET", url, erc, params=query_params(params), **kwargs)
        return decode_json(response)

    async def get_pages(
        self, url: str, params: Mapping[str, Any] | None = None, **kwargs: Any
    ) -> AsyncIterator[Any]:
        """Yield each page (parsed JSON) of a list, following ``Link: rel="next"``."""
        erc = kwargs.pop("erc", GET)
        original = query_params(params)
        response = await self.request("GET", url, erc, params=original, **kwargs)
        while True:
            yield decode_json(response)
            next_url = next_page_url(response, original, self._origin)
            if next_url is None:
                return
            response = await self.request("GET", next_url, erc, **kwargs)

    async def get_items(
        self, url: str, params: Mapping[str, Any] | None = None, **kwargs: Any
    ) -> AsyncIterator[Any]:
        """Yield every item of a list across all its pages."""
        async for page in self.get_pages(url, params, **kwargs):
            for item in page_items(page):
                yield item

    async def post(self, url: str, json: Any = None, data: Any = None, **kwargs: Any) -> Any:
        """POST and return the parsed JSON body (an empty body gives ``{}``)."""
        erc = kwargs.pop("erc", POST)
        return decode_json(await self.request("POST", url, erc, json=json, data=data, **kwargs))

    async def put(self, url: str, json: Any = None, data: Any = None, **kwargs: Any) -> Any:
        """PUT and return the parsed JSON body (an empty body gives ``{}``)."""
        erc = kwargs.pop("erc", PUT)
        return decode_json(await self.request("PUT", url, erc, json=json, data=data, **kwargs))

    async def delete(self, url: str, **kwargs: Any) -> None:
        """DELETE; returns nothing."""
        await self.request("DELETE", url, kwargs.pop("erc", DELETE), **kwargs)

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._client.aclose()

    async def __aenter__(self) -> AsyncRestSession:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
