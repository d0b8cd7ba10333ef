"""WebexTeamsAPI construction: tokens, base URLs, headers, proxies, lifecycle."""

from __future__ import annotations

import json
import ssl
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import webexteamssdk
from webexteamssdk import AccessTokenError, WebexTeamsAPI

from .conftest import TOKEN

MakeApi = Callable[..., WebexTeamsAPI]


def capture(mock_api: MakeApi, **kwargs: Any) -> tuple[WebexTeamsAPI, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "me"})

    return mock_api(handler, **kwargs), seen


def test_token_argument_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEBEX_TEAMS_ACCESS_TOKEN", "from-env")
    with WebexTeamsAPI(access_token="from-arg") as api:
        assert api.access_token == "from-arg"


@pytest.mark.parametrize(
    "variable", ["WEBEX_TEAMS_ACCESS_TOKEN", "WEBEX_ACCESS_TOKEN"]
)
def test_token_from_environment_read_at_construction(
    monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.setenv(variable, "env-token")
    with WebexTeamsAPI() as api:
        assert api.access_token == "env-token"


def test_primary_variable_beats_newer_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEBEX_ACCESS_TOKEN", "second")
    monkeypatch.setenv("WEBEX_TEAMS_ACCESS_TOKEN", "first")
    with WebexTeamsAPI() as api:
        assert api.access_token == "first"


@pytest.mark.parametrize("variable", ["SPARK_ACCESS_TOKEN", "CISCO_SPARK_ACCESS_TOKEN"])
def test_legacy_variable_warns_with_name_not_value(
    monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.setenv(variable, "secret-legacy-token")
    with pytest.warns(DeprecationWarning) as warned:
        api = WebexTeamsAPI()
    api.close()
    text = str(warned[0].message)
    assert variable in text
    assert "secret-legacy-token" not in text
    assert warned[0].filename == __file__
    assert api.access_token == "secret-legacy-token"


def test_no_token_raises_documented_error() -> None:
    with pytest.raises(AccessTokenError, match="WEBEX_TEAMS_ACCESS_TOKEN environment variable"):
        WebexTeamsAPI()


@pytest.mark.parametrize(
    "base_url", ["https://example.test/v1", "https://example.test/v1/"]
)
def test_base_url_joins_with_or_without_slash(mock_api: MakeApi, base_url: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    with WebexTeamsAPI(TOKEN, base_url=base_url, transport=httpx.MockTransport(handler)) as api:
        api.people.me()
        assert api.base_url == "https://example.test/v1/"
    assert str(seen[0].url) == "https://example.test/v1/people/me"


def test_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEBEX_TEAMS_BASE_URL", "http://127.0.0.1:9/v1")
    with WebexTeamsAPI(TOKEN) as api:
        assert api.base_url == "http://127.0.0.1:9/v1/"
    with WebexTeamsAPI(TOKEN, base_url="https://explicit.test/v1/") as api:
        assert api.base_url == "https://explicit.test/v1/"


@pytest.mark.parametrize("bad", ["webexapis.com/v1", "/v1/", "ftp://x.test/v1", "https:///v1"])
def test_base_url_without_scheme_or_host(bad: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        WebexTeamsAPI(TOKEN, base_url=bad)


def test_default_base_url() -> None:
    with WebexTeamsAPI(TOKEN) as api:
        assert api.base_url == "https://webexapis.com/v1/"


def test_constructor_type_errors() -> None:
    with pytest.raises(TypeError, match="access_token must be"):
        WebexTeamsAPI(access_token=123)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="wait_on_rate_limit must be bool"):
        WebexTeamsAPI(TOKEN, wait_on_rate_limit="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="object_factory must be callable"):
        WebexTeamsAPI(TOKEN, object_factory="dict")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="proxies"):
        WebexTeamsAPI(TOKEN, proxies="http://proxy")  # type: ignore[arg-type]


def test_user_agent_with_tracking_ids(mock_api: MakeApi, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BE_GEO_ID", "geo-1")
    api, seen = capture(mock_api, caller="my-app")
    api.people.me()
    agent = seen[0].headers["user-agent"]
    name, _, comment = agent.partition(" ")
    assert name == f"webexteamssdk/{webexteamssdk.__version__}"
    data = json.loads(comment)
    assert data["organization"] == {"be_geo_id": "geo-1", "caller": "my-app"}
    assert data["implementation"]["name"]


def test_settable_properties(mock_api: MakeApi) -> None:
    api, _ = capture(mock_api)
    assert api.single_request_timeout == 60
    api.single_request_timeout = 5
    assert api.single_request_timeout == 5
    assert api.wait_on_rate_limit is True
    api.wait_on_rate_limit = False
    assert api.wait_on_rate_limit is False
    with pytest.raises(TypeError):
        api.wait_on_rate_limit = "no"  # type: ignore[assignment]


def test_context_manager_closes_pool(mock_api: MakeApi) -> None:
    api, _ = capture(mock_api)
    with api as entered:
        assert entered is api
    assert api._session._client.is_closed


def test_repr_hides_token(mock_api: MakeApi) -> None:
    api, _ = capture(mock_api)
    assert TOKEN not in repr(api)
    assert TOKEN not in repr(api._session)


def test_ssl_verification_on_by_default_and_switchable() -> None:
    def verify_mode(api: WebexTeamsAPI) -> ssl.VerifyMode:
        pool = api._session._client._transport._pool  # type: ignore[attr-defined]
        return pool._ssl_context.verify_mode  # type: ignore[no-any-return]

    with WebexTeamsAPI(TOKEN) as api:
        assert verify_mode(api) == ssl.CERT_REQUIRED
    with WebexTeamsAPI(TOKEN, disable_ssl_verify=True) as api:
        assert verify_mode(api) == ssl.CERT_NONE


def test_requests_style_proxies_route_through_the_proxy(webex_emulator: Any) -> None:
    # The emulator stands in for the proxy: httpx sends it the absolute-form request.
    proxy = webex_emulator.url
    token = webex_emulator.token("alice@example.com")
    with WebexTeamsAPI(
        token, base_url="http://webex.proxied.test/v1/", proxies={"http": proxy}
    ) as api:
        assert api.people.me().emails == ["alice@example.com"]


def test_extension_through_the_session(webex_api: WebexTeamsAPI) -> None:
    def new_method(self: WebexTeamsAPI, param: str) -> Any:
        return self._session.get("/people/" + param)

    assert new_method(webex_api, "me")["emails"] == ["alice@example.com"]
