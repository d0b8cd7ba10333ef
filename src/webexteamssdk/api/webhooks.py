"""Webex Webhooks API: have Webex POST events to your server."""

from __future__ import annotations

from typing import Any

from .._group import ApiGroup, Model, body, resource_path
from .._validation import checked
from ..generator_containers import DefaultMax, GeneratorContainer
from ..models.immutable import Webhook

__all__ = ["WebhooksAPI"]

API_ENDPOINT = "webhooks"
OBJECT_TYPE = "webhook"
_MODEL = Model(OBJECT_TYPE, Webhook)


class WebhooksAPI(ApiGroup):
    """Webex Webhooks API (``api.webhooks``)."""

    @checked
    def list(
        self, max: int = DefaultMax(100), **request_parameters: Any
    ) -> GeneratorContainer[Webhook]:
        """List your webhooks, page by page.

        Args:
            max: Page size (not a total).
            **request_parameters: Further query parameters (e.g. ``ownedBy="org"``).

        Returns:
            A lazy, re-iterable ``GeneratorContainer`` of ``Webhook`` objects.

        Raises:
            TypeError: If a parameter has the wrong type.
            ApiError: If Webex answers with an error.
        """
        return self._list(_MODEL, API_ENDPOINT, dict(max=max, **request_parameters))

    @checked
    def create(
        self,
        name: str,
        targetUrl: str,
        resource: str,
        event: str,
        filter: str | None = None,
        secret: str | None = None,
        **request_parameters: Any,
    ) -> Webhook:
        """Create a webhook.

        Args:
            name: A name for the webhook.
            targetUrl: The URL Webex POSTs each event to.
            resource: ``messages``, ``memberships``, ``rooms``, ``attachmentActions``,
                ... or ``all``.
            event: ``created``, ``updated``, ``deleted``, ... or ``all``.
            filter: Narrow the events, e.g. ``"roomId=<id>"`` or
                ``"mentionedPeople=me&roomType=group"``.
            secret: Key for the ``X-Spark-Signature`` HMAC of each delivery
                (check it with ``webexteamssdk.webhooks.verify_signature``).
            **request_parameters: Further JSON fields (e.g. ``ownedBy="org"``).

        Returns:
            The new ``Webhook``.

        Raises:
            TypeError: If a parameter has the wrong type.
            ApiError: If Webex answers with an error.
        """
        json = body(
            request_parameters,
            name=name,
            targetUrl=targetUrl,
            resource=resource,
            event=event,
            filter=filter,
            secret=secret,
        )
        return self._post(_MODEL, API_ENDPOINT, json)

    @checked
    def get(self, webhookId: str) -> Webhook:
        """Get a webhook.

        Args:
            webhookId: The webhook id.

        Returns:
            The ``Webhook``.

        Raises:
            TypeError: If ``webhookId`` is not a str.
            ValueError: If ``webhookId`` is empty.
            ApiError: If Webex answers with an error.
        """
        return self._get(_MODEL, resource_path(API_ENDPOINT, "webhookId", webhookId))

    @checked
    def update(
        self,
        webhookId: str,
        name: str | None = None,
        targetUrl: str | None = None,
        secret: str | None = None,
        status: str | None = None,
        **request_parameters: Any,
    ) -> Webhook:
        """Change a webhook's name, target URL or secret, or re-activate it.

        Args:
            webhookId: The webhook id.
            name: The name (Webex requires it on every update).
            targetUrl: The target URL (Webex requires it on every update).
            secret: A new signing secret.
            status: ``"active"`` re-activates a webhook Webex disabled after failures.
            **request_parameters: Further JSON fields, sent as given.

        Returns:
            The updated ``Webhook``.

        Raises:
            TypeError: If a parameter has the wrong type.
            ValueError: If ``webhookId`` is empty.
            ApiError: If Webex answers with an error.
        """
        json = body(
            request_parameters, name=name, targetUrl=targetUrl, secret=secret, status=status
        )
        return self._put(_MODEL, resource_path(API_ENDPOINT, "webhookId", webhookId), json)

    @checked
    def delete(self, webhookId: str) -> None:
        """Delete a webhook.

        Args:
            webhookId: The webhook id.

        Raises:
            TypeError: If ``webhookId`` is not a str.
            ValueError: If ``webhookId`` is empty.
            ApiError: If Webex answers with an error.
        """
        self._session.delete(resource_path(API_ENDPOINT, "webhookId", webhookId))
