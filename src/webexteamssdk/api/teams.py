"""Webex Teams API: groups of rooms with a shared membership."""

from __future__ import annotations

from typing import Any

from .._group import ApiGroup, Model, body, resource_path
from .._validation import checked
from ..generator_containers import DefaultMax, GeneratorContainer
from ..models.immutable import Team

__all__ = ["TeamsAPI"]

API_ENDPOINT = "teams"
OBJECT_TYPE = "team"
_MODEL = Model(OBJECT_TYPE, Team)


class TeamsAPI(ApiGroup):
    """Webex Teams API (``api.teams``)."""

    @checked
    def list(
        self, max: int = DefaultMax(100), **request_parameters: Any
    ) -> GeneratorContainer[Team]:
        """List the teams you are a member of, page by page.

        Args:
            max: Page size (not a total).
            **request_parameters: Further query parameters, sent as given.

        Returns:
            A lazy, re-iterable ``GeneratorContainer`` of ``Team`` objects.

        Raises:
            TypeError: If a parameter has the wrong type.
            ApiError: If Webex answers with an error.
        """
        return self._list(_MODEL, API_ENDPOINT, dict(max=max, **request_parameters))

    @checked
    def create(
        self, name: str, description: str | None = None, **request_parameters: Any
    ) -> Team:
        """Create a team; you become its moderator and it gets a General room.

        Args:
            name: The team name.
            description: The team description.
            **request_parameters: Further JSON fields, sent as given.

        Returns:
            The new ``Team``.

        Raises:
            TypeError: If a parameter has the wrong type.
            ApiError: If Webex answers with an error.
        """
        json = body(request_parameters, name=name, description=description)
        return self._post(_MODEL, API_ENDPOINT, json)

    @checked
    def get(self, teamId: str) -> Team:
        """Get a team.

        Args:
            teamId: The team id.

        Returns:
            The ``Team``.

        Raises:
            TypeError: If ``teamId`` is not a str.
            ValueError: If ``teamId`` is empty.
            ApiError: If Webex answers with an error.
        """
        return self._get(_MODEL, resource_path(API_ENDPOINT, "teamId", teamId))

    @checked
    def update(
        self,
        teamId: str,
        name: str,
        description: str | None = None,
        **request_parameters: Any,
    ) -> Team:
        """Rename a team or change its description.

        Args:
            teamId: The team id.
            name: The team name (Webex requires it on every update).
            description: The team description.
            **request_parameters: Further JSON fields, sent as given.

        Returns:
            The updated ``Team``.

        Raises:
            TypeError: If a parameter has the wrong type.
            ValueError: If ``teamId`` is empty.
            ApiError: If Webex answers with an error.
        """
        json = body(request_parameters, name=name, description=description)
        return self._put(_MODEL, resource_path(API_ENDPOINT, "teamId", teamId), json)

    @checked
    def delete(self, teamId: str) -> None:
        """Delete a team.

        Args:
            teamId: The team id.

        Raises:
            TypeError: If ``teamId`` is not a str.
            ValueError: If ``teamId`` is empty.
            ApiError: If Webex answers with an error.
        """
        self._session.delete(resource_path(API_ENDPOINT, "teamId", teamId))
