"""Webex People API: find people, read your own details, and (admins) manage users."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .._group import ApiGroup, Model, body, resource_path
from .._validation import checked
from ..generator_containers import GeneratorContainer
from ..models.immutable import Person

__all__ = ["PeopleAPI"]

API_ENDPOINT = "people"
OBJECT_TYPE = "person"
_MODEL = Model(OBJECT_TYPE, Person)


def _details(
    request_parameters: dict[str, Any],
    emails: Sequence[str] | None,
    displayName: str | None,
    firstName: str | None,
    lastName: str | None,
    avatar: str | None,
    orgId: str | None,
    roles: Sequence[str] | None,
    licenses: Sequence[str] | None,
) -> dict[str, Any]:
    return body(
        request_parameters, emails=emails, displayName=displayName, firstName=firstName,
        lastName=lastName, avatar=avatar, orgId=orgId, roles=roles, licenses=licenses,
    )


class PeopleAPI(ApiGroup):
    """Webex People API (``api.people``)."""

    @checked
    def list(
        self,
        email: str | None = None,
        displayName: str | None = None,
        id: str | None = None,
        orgId: str | None = None,
        max: int | None = None,
        **request_parameters: Any,
    ) -> GeneratorContainer[Person]:
        """List people by email, display name (prefix) or ids, page by page.

        Args:
            email: Exact email address.
            displayName: Display-name prefix.
            id: A comma-separated list of up to 85 person ids.
            orgId: The organization (partner admins).
            max: Page size (not a total).
            **request_parameters: Further query parameters, sent as given.

        Returns:
            A lazy, re-iterable ``GeneratorContainer`` of ``Person`` objects.

        Raises:
            TypeError: If a parameter has the wrong type.
            ApiError: If Webex answers with an error.
        """
        params = dict(
            email=email, displayName=displayName, id=id, orgId=orgId, max=max,
            **request_parameters,
        )
        return self._list(_MODEL, API_ENDPOINT, params)

    @checked
    def create(
        self,
        emails: Sequence[str],
        displayName: str | None = None,
        firstName: str | None = None,
        lastName: str | None = None,
        avatar: str | None = None,
        orgId: str | None = None,
        roles: Sequence[str] | None = None,
        licenses: Sequence[str] | None = None,
        **request_parameters: Any,
    ) -> Person:
        """Create a person in your organization (admins only).

        Args:
            emails: The person's email addresses (Webex uses the first).
            displayName: The full name.
            firstName: The first name.
            lastName: The last name.
            avatar: URL of the avatar image.
            orgId: The organization id.
            roles: Role ids to grant.
            licenses: License ids to assign.
            **request_parameters: Further JSON fields, sent as given.

        Returns:
            The new ``Person``.

        Raises:
            TypeError: If a parameter has the wrong type.
            ApiError: If Webex answers with an error (403 for non-admins).
        """
        json = _details(
            request_parameters, emails, displayName, firstName, lastName, avatar, orgId, roles,
            licenses,
        )
        return self._post(_MODEL, API_ENDPOINT, json)

    @checked
    def get(self, personId: str) -> Person:
        """Get a person's details.

        Args:
            personId: The person id.

        Returns:
            The ``Person``.

        Raises:
            TypeError: If ``personId`` is not a str.
            ValueError: If ``personId`` is empty.
            ApiError: If Webex answers with an error.
        """
        return self._get(_MODEL, resource_path(API_ENDPOINT, "personId", personId))

    @checked
    def update(
        self,
        personId: str,
        emails: Sequence[str] | None = None,
        displayName: str | None = None,
        firstName: str | None = None,
        lastName: str | None = None,
        avatar: str | None = None,
        orgId: str | None = None,
        roles: Sequence[str] | None = None,
        licenses: Sequence[str] | None = None,
        **request_parameters: Any,
    ) -> Person:
        """Update a person (admins only).

        Webex replaces the whole record, so send every detail: read the person,
        change what you need and pass the rest back
        (``api.people.update(p.id, **{**p.to_dict(), "displayName": "New"})``).

        Args:
            personId: The person id.
            emails: Email addresses.
            displayName: The full name.
            firstName: The first name.
            lastName: The last name.
            avatar: URL of the avatar image.
            orgId: The organization id.
            roles: Role ids.
            licenses: License ids.
            **request_parameters: Further JSON fields, sent as given.

        Returns:
            The updated ``Person``.

        Raises:
            TypeError: If a parameter has the wrong type.
            ValueError: If ``personId`` is empty.
            ApiError: If Webex answers with an error (403 for non-admins).
        """
        json = _details(
            request_parameters, emails, displayName, firstName, lastName, avatar, orgId, roles,
            licenses,
        )
        return self._put(_MODEL, resource_path(API_ENDPOINT, "personId", personId), json)

    @checked
    def delete(self, personId: str) -> None:
        """Remove a person from the organization (admins only).

        Args:
            personId: The person id.

        Raises:
            TypeError: If ``personId`` is not a str.
            ValueError: If ``personId`` is empty.
            ApiError: If Webex answers with an error.
        """
        self._session.delete(resource_path(API_ENDPOINT, "personId", personId))

    def me(self) -> Person:
        """Get the details of the person (or bot) whose token is in use.

        Returns:
            Your ``Person``.

        Raises:
            ApiError: If Webex answers with an error.
        """
        return self._get(_MODEL, "people/me")
