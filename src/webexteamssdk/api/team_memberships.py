"""Webex Team Memberships API: who belongs to a team, and its moderators."""

from __future__ import annotations

from typing import Any

from .._group import ApiGroup, Model, body, resource_path
from .._validation import checked
from ..generator_containers import DefaultMax, GeneratorContainer
from ..models.immutable import TeamMembership

__all__ = ["TeamMembershipsAPI"]

API_ENDPOINT = "team/memberships"
OBJECT_TYPE = "team_membership"
_MODEL = Model(OBJECT_TYPE, TeamMembership)


class TeamMembershipsAPI(ApiGroup):
    """Webex Team Memberships API (``api.team_memberships``)."""

    @checked
    def list(
        self, teamId: str, max: int = DefaultMax(100), **request_parameters: Any
    ) -> GeneratorContainer[TeamMembership]:
        """List the members of a team, page by page.

        Args:
            teamId: The team id.
            max: Page size (not a total).
            **request_parameters: Further query parameters, sent as given.

        Returns:
            A lazy, re-iterable ``GeneratorContainer`` of ``TeamMembership`` objects.

        Raises:
            TypeError: If a parameter has the wrong type.
            ApiError: If Webex answers with an error.
        """
        params = dict(teamId=teamId, max=max, **request_parameters)
        return self._list(_MODEL, API_ENDPOINT, params)

    @checked
    def create(
        self,
        teamId: str,
        personId: str | None = None,
        personEmail: str | None = None,
        isModerator: bool = False,
        **request_parameters: Any,
    ) -> TeamMembership:
        """Add a person to a team, by person id or email.

        Args:
            teamId: The team id.
            personId: The person to add.
            personEmail: The email to add.
            isModerator: Make the person a team moderator (always sent).
            **request_parameters: Further JSON fields, sent as given.

        Returns:
            The new ``TeamMembership``.

        Raises:
            TypeError: If a parameter has the wrong type.
            ApiError: If Webex answers with an error.
        """
        json = body(
            request_parameters,
            teamId=teamId,
            personId=personId,
            personEmail=personEmail,
            isModerator=isModerator,
        )
        return self._post(_MODEL, API_ENDPOINT, json)

    @checked
    def get(self, membershipId: str) -> TeamMembership:
        """Get a team membership.

        Args:
            membershipId: The team membership id.

        Returns:
            The ``TeamMembership``.

        Raises:
            TypeError: If ``membershipId`` is not a str.
            ValueError: If ``membershipId`` is empty.
            ApiError: If Webex answers with an error.
        """
        path = resource_path(API_ENDPOINT, "membershipId", membershipId)
        return self._get(_MODEL, path)

    @checked
    def update(
        self, membershipId: str, isModerator: bool | None = None, **request_parameters: Any
    ) -> TeamMembership:
        """Make a team member a moderator, or not.

        Args:
            membershipId: The team membership id.
            isModerator: The new moderator flag.
            **request_parameters: Further JSON fields, sent as given.

        Returns:
            The updated ``TeamMembership``.

        Raises:
            TypeError: If a parameter has the wrong type.
            ValueError: If ``membershipId`` is empty.
            ApiError: If Webex answers with an error.
        """
        json = body(request_parameters, isModerator=isModerator)
        path = resource_path(API_ENDPOINT, "membershipId", membershipId)
        return self._put(_MODEL, path, json)

    @checked
    def delete(self, membershipId: str) -> None:
        """Remove a person from a team.

        Args:
            membershipId: The team membership id.

        Raises:
            TypeError: If ``membershipId`` is not a str.
            ValueError: If ``membershipId`` is empty.
            ApiError: If Webex answers with an error (the last moderator cannot leave).
        """
        self._session.delete(resource_path(API_ENDPOINT, "membershipId", membershipId))
