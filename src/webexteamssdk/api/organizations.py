"""Webex Organizations API: the organizations your token can see."""

from __future__ import annotations

from typing import Any

from .._group import ApiGroup, Model, resource_path
from .._validation import checked
from ..generator_containers import GeneratorContainer
from ..models.immutable import Organization

__all__ = ["OrganizationsAPI"]

API_ENDPOINT = "organizations"
OBJECT_TYPE = "organization"
_MODEL = Model(OBJECT_TYPE, Organization)


class OrganizationsAPI(ApiGroup):
    """Webex Organizations API (``api.organizations``)."""

    @checked
    def list(self, **request_parameters: Any) -> GeneratorContainer[Organization]:
        """List the organizations you can see.

        Args:
            **request_parameters: Query parameters, sent as given.

        Returns:
            A lazy, re-iterable ``GeneratorContainer`` of ``Organization`` objects.

        Raises:
            ApiError: If Webex answers with an error.
        """
        return self._list(_MODEL, API_ENDPOINT, request_parameters)

    @checked
    def get(self, orgId: str) -> Organization:
        """Get an organization.

        Args:
            orgId: The organization id.

        Returns:
            The ``Organization``.

        Raises:
            TypeError: If ``orgId`` is not a str.
            ValueError: If ``orgId`` is empty.
            ApiError: If Webex answers with an error.
        """
        return self._get(_MODEL, resource_path(API_ENDPOINT, "orgId", orgId))
