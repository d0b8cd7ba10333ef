"""Attachment actions, events, organizations, licenses, roles, audit, guest issuer and OAuth."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

from webexteamssdk import (
    AccessToken,
    AdminAuditEvent,
    ApiError,
    AttachmentAction,
    Event,
    License,
    Organization,
    Role,
    WebexTeamsAPI,
)
from webexteamssdk.cards import AdaptiveCard, Submit, Text

ApiFor = Callable[[str], WebexTeamsAPI]
WRONG_SECRET = "YS13cm9uZy1ndWVzdC1pc3N1ZXItc2VjcmV0LW9mLTQwLWJ5dGVzIQ=="


def card_message(api: WebexTeamsAPI, room_id: str) -> Any:
    card = AdaptiveCard(body=[Text("answer")], actions=[Submit(title="Send")])
    return api.messages.create(room_id, text="fallback", attachments=[card])


def test_attachment_actions(webex_api: WebexTeamsAPI, webex_api_for: ApiFor) -> None:
    room = webex_api.rooms.create("Cards")
    webex_api.memberships.create(room.id, personEmail="bob@example.com")
    message = card_message(webex_api, room.id)
    bob = webex_api_for("bob@example.com")
    action = bob.attachment_actions.create("submit", message.id, {"answer": "42"})
    assert isinstance(action, AttachmentAction)
    assert (action.type, action.messageId, action.roomId) == ("submit", message.id, room.id)
    assert action.inputs == {"answer": "42"} and action.personId == bob.people.me().id
    assert webex_api.attachment_actions.get(action.id).inputs == {"answer": "42"}
    with pytest.raises(ApiError, match="Author of a card cannot submit"):
        webex_api.attachment_actions.create("submit", message.id, {"answer": "x"})
    plain = webex_api.messages.create(room.id, text="no card")
    with pytest.raises(ApiError, match="should point to an activity with cards"):
        bob.attachment_actions.create("submit", plain.id, {})
    with pytest.raises(TypeError, match="inputs must be a dict"):
        bob.attachment_actions.create("submit", message.id, "answer=42")  # type: ignore[arg-type]


def test_events_for_compliance_officers(webex_api: WebexTeamsAPI, webex_api_for: ApiFor) -> None:
    room = webex_api.rooms.create("Audited")
    sent = webex_api.messages.create(room.id, text="on the record")
    officer = webex_api_for("compliance@example.com")
    events = list(officer.events.list(resource="messages", type="created"))
    assert len(events) == 1 and isinstance(events[0], Event)
    assert events[0].data is not None and events[0].data.text == "on the record"
    assert events[0].actorId == sent.personId
    assert officer.events.get(events[0].id).id == events[0].id
    assert len(list(officer.events.list(_from="2000-01-01T00:00:00.000Z", max=1))) == 2
    with pytest.raises(ApiError) as caught:
        list(webex_api.events.list())
    assert caught.value.status_code == 403


def test_organizations_licenses_and_roles(webex_api: WebexTeamsAPI, webex_api_for: ApiFor) -> None:
    org = next(iter(webex_api.organizations.list()))
    assert isinstance(org, Organization) and org.displayName == "Emulated Org"
    assert webex_api.organizations.get(org.id).id == org.id
    licenses = list(webex_api.licenses.list(orgId=org.id))
    assert licenses and isinstance(licenses[0], License) and licenses[0].totalUnits
    assert webex_api.licenses.get(licenses[0].id).name == licenses[0].name
    admin = webex_api_for("admin@example.com")
    roles = {r.name: r for r in admin.roles.list()}
    assert isinstance(roles["Full Administrator"], Role)
    assert admin.roles.get(roles["Compliance Officer"].id).name == "Compliance Officer"
    with pytest.raises(ApiError):
        list(webex_api.roles.list())


def test_admin_audit_events(webex_api_for: ApiFor) -> None:
    admin = webex_api_for("admin@example.com")
    org_id = admin.people.me().orgId or ""
    admin.people.create(["erin@example.com"], displayName="Erin")
    window = ("2000-01-01T00:00:00.000Z", "2100-01-01T00:00:00.000Z")
    events = list(admin.admin_audit_events.list(org_id, *window))
    assert len(events) == 3 and isinstance(events[0], AdminAuditEvent)
    assert events[0].data is not None and events[0].data.actionText == "Created user: Erin"
    recent = list(admin.admin_audit_events.list(org_id, "2100-01-01T00:00:00.000Z", window[1]))
    assert recent == []
    assert len(list(admin.admin_audit_events.list(org_id, *window, offset=1, max=1))) == 2


def test_guest_issuer(webex_api: WebexTeamsAPI, webex_emulator: Any) -> None:
    issuer = webex_emulator.guest_issuer
    expires = str(int(time.time()) + 3600)
    guest = webex_api.guest_issuer.create("guest-1", "Guest One", issuer["id"], expires,
                                          issuer["secret"])
    assert guest.token and guest.expiresIn
    with WebexTeamsAPI(guest.token, base_url=webex_emulator.base_url) as as_guest:
        me = as_guest.people.me()
    assert (me.displayName, me.type) == ("Guest One", "appuser")
    with pytest.raises(ApiError) as caught:
        webex_api.guest_issuer.create("g", "G", issuer["id"], expires, WRONG_SECRET)
    assert caught.value.status_code == 401


def test_oauth_flows(webex_emulator: Any) -> None:
    app = webex_emulator.integration
    code = webex_emulator.authorization_code()
    credentials = (app["clientId"], app["clientSecret"])
    with WebexTeamsAPI.from_oauth_code(
        *credentials, code, app["redirectUri"], base_url=webex_emulator.base_url
    ) as api:
        assert isinstance(api.oauth_token, AccessToken)
        assert api.people.me().emails == [app["email"]]
        refresh = api.refresh_token
        assert refresh and api.access_token_expires_at is not None
    with WebexTeamsAPI.from_oauth_refresh(
        *credentials, refresh, base_url=webex_emulator.base_url
    ) as refreshed:
        assert refreshed.people.me().emails == [app["email"]]
    with pytest.raises(ApiError) as used:
        WebexTeamsAPI(client_id=app["clientId"], client_secret=app["clientSecret"],
                      oauth_code=code, redirect_uri=app["redirectUri"],
                      base_url=webex_emulator.base_url)
    assert used.value.status_code == 400
    with pytest.raises(ApiError) as bad_secret:
        WebexTeamsAPI.from_oauth_refresh(app["clientId"], "nope", refresh,
                                         base_url=webex_emulator.base_url)
    assert bad_secret.value.status_code == 401
