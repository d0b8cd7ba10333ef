"""Webex Licenses API: the licenses of an organization and their use."""

from __future__ import annotations

from typing import Any

from .._group import ApiGroup, Model, resource_path
from .._validation import checked
from ..generator_containers import GeneratorContainer
from ..models.immutable import License

__all__ = ["LicensesAPI"]

API_ENDPOINT = "licenses"
OBJECT_TYPE = "license"
_MODEL = Model(OBJECT_TYPE, License)


class LicensesAPI(ApiGroup):
    """Webex Licenses API (``api.licenses``)."""

    @checked
    def list(
        self, orgId: str | None = None, **request_parameters: Any
    ) -> GeneratorContainer[License]:
        """List the licenses of an organization (yours by default).

        Args:
            orgId: The organization id.
            **request_parameters: Further query parameters, sent as given.

        Returns:
            A lazy, re-iterable ``GeneratorContainer`` of ``License`` objects.

        Raises:
            TypeError: If a parameter has the wrong type.
            ApiError: If Webex answers with an error.
        """
        return self._list(_MODEL, API_ENDPOINT, dict(orgId=orgId, **request_parameters))

    @checked
    def get(self, licenseId: str) -> License:
        """Get a license.

        Args:
            licenseId: The license id.

        Returns:
            The ``License``.

        Raises:
            TypeError: If ``licenseId`` is not a str.
            ValueError: If ``licenseId`` is empty.
            ApiError: If Webex answers with an error.
        """
        return self._get(_MODEL, resource_path(API_ENDPOINT, "licenseId", licenseId))
