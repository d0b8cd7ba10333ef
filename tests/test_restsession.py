"""Transport behaviour through httpx.MockTransport: odd headers, bodies, and limits."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from webexteamssdk import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    MalformedResponse,
    RateLimitError,
    RateLimitWarning,
    RetryPolicy,
    WebexTeamsAPI,
)
from webexteamssdk.restsession import RestSession

from .conftest import TOKEN, FakeSleep

MakeApi = Callable[..., WebexTeamsAPI]


def json_response(status: int, data: Any, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=data, headers=headers)


def error_body(message: str, tracking: str = "ROUTER_ABC") -> dict[str, Any]:
    return {"message": message, "errors": [{"description": message}], "trackingId": tracking}


class Recorder:
    """A MockTransport handler that answers from a list and records the requests."""

    def __init__(self, *responses: httpx.Response) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        request.read()
        return self.responses.pop(0)


def test_get_sends_token_user_agent_and_parses_json(mock_api: MakeApi) -> None:
    recorder = Recorder(json_response(200, {"id": "r1", "title": "T"}))
    api = mock_api(recorder)
    room = api.rooms.get("r1")
    assert room.title == "T"
    request = recorder.requests[0]
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["user-agent"].startswith("webexteamssdk/")
    assert str(request.url) == "https://webex.test/v1/rooms/r1"


def test_ids_are_escaped_in_paths(mock_api: MakeApi) -> None:
    recorder = Recorder(json_response(200, {"id": "a/b?c"}))
    mock_api(recorder).rooms.get("a/b?c")
    assert recorder.requests[0].url.raw_path == b"/v1/rooms/a%2Fb%3Fc"


def test_api_error_format_and_attributes(mock_api: MakeApi) -> None:
    body = error_body("The requested resource could not be found.", "ROUTER_XYZ")
    api = mock_api(Recorder(json_response(404, body)))
    with pytest.raises(ApiError) as caught:
        api.rooms.get("nope")
    error = caught.value
    assert str(error) == (
        "[404] Not Found - The requested resource could not be found. [Tracking ID: ROUTER_XYZ]"
    )
    assert error.status_code == 404
    assert error.status == "Not Found"
    assert error.message == "The requested resource could not be found."
    assert error.tracking_id == "ROUTER_XYZ"
    assert error.details == body
    assert error.response.status_code == 404
    assert error.request.method == "GET"
    assert "404" in error.description or error.description
    assert repr(error) == "<ApiError [404] Not Found>"


def test_tracking_id_falls_back_to_header_and_non_json_body(mock_api: MakeApi) -> None:
    response = httpx.Response(502, text="<html>bad gateway</html>", headers={"Trackingid": "HDR_1"})
    api = mock_api(Recorder(response), retry=RetryPolicy.disabled())
    with pytest.raises(ApiError) as caught:
        api.rooms.get("x")
    assert caught.value.tracking_id == "HDR_1"
    assert caught.value.details is None
    assert caught.value.message is None
    assert str(caught.value).startswith("[502] Bad Gateway - The server received")


def test_empty_error_body(mock_api: MakeApi) -> None:
    api = mock_api(Recorder(httpx.Response(500)))
    with pytest.raises(ApiError) as caught:
        api.rooms.get("x")
    assert caught.value.response.status_code == 500
    assert str(caught.value) == "[500] Internal Server Error - Something went wrong on the server."


def test_rate_limit_waits_retry_after_then_succeeds(
    mock_api: MakeApi, fake_sleep: FakeSleep
) -> None:
    recorder = Recorder(
        json_response(429, error_body("Too many"), **{"Retry-After": "7"}),
        json_response(429, error_body("Too many"), **{"Retry-After": "0.2"}),
        json_response(200, {"id": "r1"}),
    )
    api = mock_api(recorder)
    with pytest.warns(RateLimitWarning) as warned:
        assert api.rooms.get("r1").id == "r1"
    assert fake_sleep.calls == [7.0, 1.0]
    assert len(warned) == 2
    assert len(recorder.requests) == 3


@pytest.mark.parametrize(
    ("header", "expected"),
    [(None, 15.0), ("garbage", 15.0), ("rand(30),add(30)", 15.0), ("3", 3.0), ("2.5", 2.5)],
)
def test_retry_after_variants(
    mock_api: MakeApi, fake_sleep: FakeSleep, header: str | None, expected: float
) -> None:
    headers = {"Retry-After": header} if header is not None else {}
    api = mock_api(Recorder(json_response(429, {}, **headers), json_response(200, {})))
    with pytest.warns(RateLimitWarning):
        api.people.me()
    assert fake_sleep.calls == [expected]


def test_rate_limit_cap_raises(mock_api: MakeApi, fake_sleep: FakeSleep) -> None:
    storm = [json_response(429, {}, **{"Retry-After": "1"}) for _ in range(5)]
    api = mock_api(Recorder(*storm), retry=RetryPolicy(max_rate_limit_retries=3))
    with pytest.warns(RateLimitWarning), pytest.raises(RateLimitError) as caught:
        api.people.me()
    assert len(fake_sleep.calls) == 3
    assert caught.value.retry_after == 1.0
    assert caught.value.response.status_code == 429


def test_rate_limit_without_waiting_raises(mock_api: MakeApi, fake_sleep: FakeSleep) -> None:
    api = mock_api(Recorder(json_response(429, {}, **{"Retry-After": "30"})))
    api.wait_on_rate_limit = False
    with pytest.raises(RateLimitError) as caught:
        api.people.me()
    assert caught.value.retry_after == 30.0
    assert fake_sleep.calls == []


def test_upload_is_rewound_when_a_429_is_retried(
    mock_api: MakeApi, tmp_path: Any, fake_sleep: FakeSleep
) -> None:
    path = tmp_path / "report.csv"
    path.write_bytes(b"a,b\n1,2\n")
    recorder = Recorder(json_response(429, {}, **{"Retry-After": "1"}), json_response(200, {}))
    api = mock_api(recorder)
    with pytest.warns(RateLimitWarning):
        api.messages.create("room", text="hi", files=[str(path)])
    bodies = [request.content for request in recorder.requests]
    assert all(b"a,b\n1,2\n" in content for content in bodies)
    assert b'filename="report.csv"' in bodies[1]
    assert b"text/csv" in bodies[1]


def test_transport_errors_are_mapped(mock_api: MakeApi) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    def stall(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(ApiConnectionError) as caught:
        mock_api(refuse).people.me()
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert caught.value.request is not None
    with pytest.raises(ApiTimeoutError) as timed_out:
        mock_api(stall).people.me()
    assert isinstance(timed_out.value.__cause__, httpx.ReadTimeout)


def test_empty_success_bodies_are_tolerated(mock_api: MakeApi) -> None:
    api = mock_api(Recorder(httpx.Response(200), httpx.Response(204)))
    assert api._session.post("x", json={}) == {}
    assert api._session.delete("x") is None


def test_malformed_success_body(mock_api: MakeApi) -> None:
    api = mock_api(Recorder(httpx.Response(200, text="{not json")))
    with pytest.raises(MalformedResponse, match="Expected JSON"):
        api.people.me()


def paged(items: list[dict[str, Any]], next_url: str | None = None) -> httpx.Response:
    headers = {"Link": f'<{next_url}>; rel="next"'} if next_url else {}
    return httpx.Response(200, json={"items": items}, headers=headers)


def test_pagination_follows_links_and_readds_missing_filters(mock_api: MakeApi) -> None:
    recorder = Recorder(
        paged([{"id": "1"}], "https://webex.test/v1/messages?roomId=R&max=1&cursor=c1"),
        paged([{"id": "2"}], "https://webex.test/v1/messages?max=null&cursor=c2"),
        paged([{"id": "3"}]),
    )
    api = mock_api(recorder)
    ids = [m.id for m in api.messages.list("R", mentionedPeople="me", max=1)]
    assert ids == ["1", "2", "3"]
    second = recorder.requests[1].url.params
    assert second["mentionedPeople"] == "me"
    assert second["cursor"] == "c1"
    third = recorder.requests[2].url.params
    assert third["max"] == "1" and third["roomId"] == "R" and third["cursor"] == "c2"


def test_pagination_keeps_server_cursor_over_original_value(mock_api: MakeApi) -> None:
    recorder = Recorder(
        paged([{"id": "1"}], "https://webex.test/v1/messages?roomId=R&beforeMessage=M9"),
        paged([]),
    )
    list(mock_api(recorder).messages.list("R", beforeMessage="M1"))
    assert recorder.requests[1].url.params["beforeMessage"] == "M9"


def test_pagination_refuses_foreign_origin(mock_api: MakeApi) -> None:
    recorder = Recorder(paged([{"id": "1"}], "https://evil.example/v1/rooms?cursor=x"))
    rooms = iter(mock_api(recorder).rooms.list())
    assert next(rooms).id == "1"
    with pytest.raises(MalformedResponse, match="another origin"):
        next(rooms)
    assert len(recorder.requests) == 1


def test_page_without_items_is_malformed(mock_api: MakeApi) -> None:
    api = mock_api(Recorder(json_response(200, {"things": []})))
    with pytest.raises(MalformedResponse, match="'items' key not found"):
        list(api.rooms.list())


def test_generator_container_is_lazy_reiterable_and_sliceable(mock_api: MakeApi) -> None:
    recorder = Recorder(paged([{"id": "1"}]), paged([{"id": "1"}]), paged([{"id": "a"}]))
    container = mock_api(recorder).rooms.list(type="group", foo="bar")
    assert recorder.requests == []
    assert [r.id for r in container] == ["1"]
    assert [r.id for r in container] == ["1"]
    assert [r.id for r in container[:3]] == ["a"]
    first, _, third = (request.url.params for request in recorder.requests)
    assert first["foo"] == "bar" and first["type"] == "group" and first["max"] == "100"
    assert third["max"] == "3"


def test_slice_keeps_an_explicit_max(mock_api: MakeApi) -> None:
    recorder = Recorder(paged([{"id": "1"}, {"id": "2"}]))
    items = list(mock_api(recorder).rooms.list(max=50)[:1])
    assert len(items) == 1
    assert recorder.requests[0].url.params["max"] == "50"


def test_slicing_requires_a_slice(mock_api: MakeApi) -> None:
    container = mock_api(Recorder()).rooms.list()
    with pytest.raises(TypeError, match="slices only"):
        container[0]  # type: ignore[call-overload]


def test_token_only_sent_to_api_origin(fake_sleep: FakeSleep) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    session = RestSession(
        TOKEN, "https://webex.test/v1/", transport=httpx.MockTransport(handler), sleep=fake_sleep
    )
    with session:
        session.get("https://files.example/download")
        session.get("https://webex.test:8443/v1/x")
        session.get("people/me")
    assert [("authorization" in r.headers) for r in seen] == [False, False, True]


def test_session_helpers(fake_sleep: FakeSleep) -> None:
    session = RestSession(TOKEN, "https://webex.test/v1/", transport=httpx.MockTransport(
        lambda request: httpx.Response(200, json={"ok": True})
    ))
    with session:
        assert session.abs_url("/rooms") == "https://webex.test/v1/rooms"
        assert session.abs_url("rooms") == "https://webex.test/v1/rooms"
        assert session.abs_url("https://x.test/a") == "https://x.test/a"
        session.update_headers({"X-Extra": "1"})
        assert session.headers["x-extra"] == "1"
        assert "authorization" not in {key.lower() for key in session.headers}
        assert session.put("x", json={"a": 1}) == {"ok": True}
        assert TOKEN not in repr(session)
        with pytest.raises(ValueError, match="> 0"):
            session.single_request_timeout = 0
        session.single_request_timeout = 5
        assert session.single_request_timeout == 5


def test_request_json_body_is_sent(mock_api: MakeApi) -> None:
    recorder = Recorder(json_response(200, {"id": "m"}))
    mock_api(recorder).rooms.create("Title", isLocked=True, custom="x")
    assert json.loads(recorder.requests[0].content) == {
        "title": "Title",
        "isLocked": True,
        "custom": "x",
    }


def test_retry_after_http_date() -> None:
    from webexteamssdk._retry import parse_retry_after

    assert parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now=lambda: 1445412500.0) == 10.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=lambda: 1445412500.0) == 1.0
    assert parse_retry_after("-5") == 1.0
    assert parse_retry_after("nan") == 15.0


def test_every_room_argument_is_sent(mock_api: MakeApi) -> None:
    recorder = Recorder(json_response(200, {"id": "r"}), json_response(200, {"id": "r"}))
    api = mock_api(recorder)
    api.rooms.create(
        "T", teamId="team", classificationId="c", isLocked=True, isPublic=True,
        description="d", isAnnouncementOnly=True,
    )
    api.rooms.update(
        "r", "T2", classificationId="c", teamId="team", isLocked=False, isPublic=False,
        description="d2", isAnnouncementOnly=False, isReadOnly=True,
    )
    created, updated = (json.loads(request.content) for request in recorder.requests)
    assert created == {
        "title": "T", "teamId": "team", "classificationId": "c", "isLocked": True,
        "isPublic": True, "description": "d", "isAnnouncementOnly": True,
    }
    assert updated["isReadOnly"] is True and updated["isLocked"] is False
    assert recorder.requests[1].method == "PUT"


def test_pluggable_object_factories(mock_api: MakeApi) -> None:
    from webexteamssdk import SimpleDataModel, dict_data_factory, simple_data_factory

    api = mock_api(lambda request: json_response(200, {"id": "me", "nested": {"a": 1}}),
                   object_factory=dict_data_factory)
    assert api.people.me() == {"id": "me", "nested": {"a": 1}}
    simple = mock_api(lambda request: json_response(200, {"id": "me"}),
                      object_factory=simple_data_factory).people.me()
    assert isinstance(simple, SimpleDataModel)


def test_list_extra_keyword_arguments_are_query_parameters(mock_api: MakeApi) -> None:
    recorder = Recorder(paged([]), paged([]))
    api = mock_api(recorder)
    list(api.memberships.list(roomId="R", foo="bar", flag=True))
    list(api.events.list(_from="2026-01-01T00:00:00Z"))
    params = recorder.requests[0].url.params
    assert (params["foo"], params["flag"], params["roomId"]) == ("bar", "true", "R")
    assert recorder.requests[1].url.params["from"] == "2026-01-01T00:00:00Z"
