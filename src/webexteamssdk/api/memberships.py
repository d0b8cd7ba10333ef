"""Webex Memberships API: who is in which room, and who moderates it."""

from __future__ import annotations

from typing import Any

from .._group import ApiGroup, Model, body, resource_path
from .._validation import checked
from ..generator_containers import GeneratorContainer
from ..models.immutable import Membership

__all__ = ["MembershipsAPI"]

API_ENDPOINT = "memberships"
OBJECT_TYPE = "membership"
_MODEL = Model(OBJECT_TYPE, Membership)


class MembershipsAPI(ApiGroup):
    """Webex Memberships API (``api.memberships``)."""

    @checked
    def list(
        self,
        roomId: str | None = None,
        personId: str | None = None,
        personEmail: str | None = None,
        max: int | None = None,
        **request_parameters: Any,
    ) -> GeneratorContainer[Membership]:
        """List memberships of a room, or all of your own memberships.

        Args:
            roomId: The room whose members to list; without it, your own memberships.
            personId: Only this person's membership (with ``roomId``).
            personEmail: Only this email's membership (with ``roomId``).
            max: Page size (not a total).
            **request_parameters: Further query parameters, sent as given.

        Returns:
            A lazy, re-iterable ``GeneratorContainer`` of ``Membership`` objects.

        Raises:
            TypeError: If a parameter has the wrong type.
            ApiError: If Webex answers with an error.
        """
        params = dict(
            roomId=roomId, personId=personId, personEmail=personEmail, max=max,
            **request_parameters,
        )
        return self._list(_MODEL, API_ENDPOINT, params)

    @checked
    def create(
        self,
        roomId: str,
        personId: str | None = None,
        personEmail: str | None = None,
        isModerator: bool = False,
        **request_parameters: Any,
    ) -> Membership:
        """Add a person to a room, by person id or email.

        Args:
            roomId: The room id.
            personId: The person to add.
            personEmail: The email to add (Webex invites emails without an account).
            isModerator: Make the person a moderator (always sent, ``false`` by default).
            **request_parameters: Further JSON fields, sent as given.

        Returns:
            The new ``Membership``.

        Raises:
            TypeError: If a parameter has the wrong type.
            ApiError: If Webex answers with an error (409 if the person is already in
                the room).
        """
        json = body(
            request_parameters,
            roomId=roomId,
            personId=personId,
            personEmail=personEmail,
            isModerator=isModerator,
        )
        return self._post(_MODEL, API_ENDPOINT, json)

    @checked
    def get(self, membershipId: str) -> Membership:
        """Get a membership.

        Args:
            membershipId: The membership id.

        Returns:
            The ``Membership``.

        Raises:
            TypeError: If ``membershipId`` is not a str.
            ValueError: If ``membershipId`` is empty.
            ApiError: If Webex answers with an error.
        """
        path = resource_path(API_ENDPOINT, "membershipId", membershipId)
        return self._get(_MODEL, path)

    @checked
    def update(
        self,
        membershipId: str,
        isModerator: bool | None = None,
        isRoomHidden: bool | None = None,
        **request_parameters: Any,
    ) -> Membership:
        """Change a membership's moderator flag or hide a direct room.

        Args:
            membershipId: The membership id.
            isModerator: Make the person a moderator, or not.
            isRoomHidden: Hide a direct room until a new message arrives.
            **request_parameters: Further JSON fields, sent as given.

        Returns:
            The updated ``Membership``.

        Raises:
            TypeError: If a parameter has the wrong type.
            ValueError: If ``membershipId`` is empty.
            ApiError: If Webex answers with an error.
        """
        json = body(request_parameters, isModerator=isModerator, isRoomHidden=isRoomHidden)
        path = resource_path(API_ENDPOINT, "membershipId", membershipId)
        return self._put(_MODEL, path, json)

    @checked
    def delete(self, membershipId: str) -> None:
        """Remove a person from a room.

        Args:
            membershipId: The membership id.

        Raises:
            TypeError: If ``membershipId`` is not a str.
            ValueError: If ``membershipId`` is empty.
            ApiError: If Webex answers with an error.
        """
        self._session.delete(resource_path(API_ENDPOINT, "membershipId", membershipId))
