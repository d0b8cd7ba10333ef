"""Webex Roles API: the administrator roles a person can hold."""

from __future__ import annotations

from typing import Any

from .._group import ApiGroup, Model, resource_path
from .._validation import checked
from ..generator_containers import GeneratorContainer
from ..models.immutable import Role

__all__ = ["RolesAPI"]

API_ENDPOINT = "roles"
OBJECT_TYPE = "role"
_MODEL = Model(OBJECT_TYPE, Role)


class RolesAPI(ApiGroup):
    """Webex Roles API (``api.roles``)."""

    @checked
    def list(self, **request_parameters: Any) -> GeneratorContainer[Role]:
        """List the roles (administrators only).

        Args:
            **request_parameters: Query parameters, sent as given.

        Returns:
            A lazy, re-iterable ``GeneratorContainer`` of ``Role`` objects.

        Raises:
            ApiError: If Webex answers with an error.
        """
        return self._list(_MODEL, API_ENDPOINT, request_parameters)

    @checked
    def get(self, roleId: str) -> Role:
        """Get a role.

        Args:
            roleId: The role id.

        Returns:
            The ``Role``.

        Raises:
            TypeError: If ``roleId`` is not a str.
            ValueError: If ``roleId`` is empty.
            ApiError: If Webex answers with an error.
        """
        return self._get(_MODEL, resource_path(API_ENDPOINT, "roleId", roleId))
