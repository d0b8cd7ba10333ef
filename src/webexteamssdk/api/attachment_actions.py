"""Webex Attachment Actions API: the submissions of adaptive cards."""

from __future__ import annotations

from typing import Any

from .._group import ApiGroup, Model, body, resource_path
from .._validation import checked
from ..models.immutable import AttachmentAction

__all__ = ["AttachmentActionsAPI"]

API_ENDPOINT = "attachment/actions"
OBJECT_TYPE = "attachment_action"
_MODEL = Model(OBJECT_TYPE, AttachmentAction)


class AttachmentActionsAPI(ApiGroup):
    """Webex Attachment Actions API (``api.attachment_actions``)."""

    @checked
    def create(
        self, type: str, messageId: str, inputs: dict[str, Any], **request_parameters: Any
    ) -> AttachmentAction:
        """Submit a card, as a person clicking its ``Action.Submit`` would.

        Args:
            type: ``"submit"``.
            messageId: The message that carries the card.
            inputs: The values of the card's inputs, keyed by input id.
            **request_parameters: Further JSON fields, sent as given.

        Returns:
            The new ``AttachmentAction``.

        Raises:
            TypeError: If a parameter has the wrong type.
            ApiError: If Webex answers with an error (e.g. on your own card).
        """
        json = body(request_parameters, type=type, messageId=messageId, inputs=inputs)
        return self._post(_MODEL, API_ENDPOINT, json)

    @checked
    def get(self, id: str) -> AttachmentAction:
        """Get a card submission with its inputs.

        Args:
            id: The attachment action id (``data.id`` of an attachmentActions webhook).

        Returns:
            The ``AttachmentAction``.

        Raises:
            TypeError: If ``id`` is not a str.
            ValueError: If ``id`` is empty.
            ApiError: If Webex answers with an error.
        """
        return self._get(_MODEL, resource_path(API_ENDPOINT, "id", id))
