"""Webex Messages API: post, read, edit and delete messages, with files and cards."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .._download import FileInfo, file_info
from .._files import LocalFile, attachment_payload, classify_files
from .._group import ApiGroup, Model, body, resource_path
from .._validation import checked
from ..generator_containers import DefaultMax, GeneratorContainer
from ..models.immutable import Message

__all__ = ["MessagesAPI"]

API_ENDPOINT = "messages"
OBJECT_TYPE = "message"
_MODEL = Model(OBJECT_TYPE, Message)


def _comma_list(value: str | Sequence[str] | None) -> str | None:
    return value if value is None or isinstance(value, str) else ",".join(value)


def _form_fields(fields: dict[str, Any]) -> dict[str, str]:
    """Check that every multipart form field is text (Webex reads them as strings)."""
    for key, value in fields.items():
        if not isinstance(value, str):
            raise TypeError(
                f"with a local file upload every other field must be a str; "
                f"{key} is {type(value).__name__}"
            )
    return fields


class MessagesAPI(ApiGroup):
    """Webex Messages API (``api.messages``)."""

    @checked
    def list(
        self,
        roomId: str,
        parentId: str | None = None,
        mentionedPeople: str | Sequence[str] | None = None,
        before: str | None = None,
        beforeMessage: str | None = None,
        max: int = DefaultMax(50),
        **request_parameters: Any,
    ) -> GeneratorContainer[Message]:
        """List the messages of a room, newest first, page by page.

        Args:
            roomId: The room id.
            parentId: Only the replies to this message.
            mentionedPeople: ``"me"`` (or your person id): only messages mentioning you.
                Bots must pass it in group rooms.
            before: Only messages sent before this ISO 8601 time.
            beforeMessage: Only messages sent before this message id.
            max: Page size (not a total).
            **request_parameters: Further query parameters, sent as given.

        Returns:
            A lazy, re-iterable ``GeneratorContainer`` of ``Message`` objects.

        Raises:
            TypeError: If a parameter has the wrong type.
            ApiError: If Webex answers with an error.
        """
        params = dict(
            roomId=roomId,
            parentId=parentId,
            mentionedPeople=_comma_list(mentionedPeople),
            before=before,
            beforeMessage=beforeMessage,
            max=max,
            **request_parameters,
        )
        return self._list(_MODEL, API_ENDPOINT, params)

    @checked
    def list_direct(
        self,
        personId: str | None = None,
        personEmail: str | None = None,
        parentId: str | None = None,
        **request_parameters: Any,
    ) -> GeneratorContainer[Message]:
        """List the messages of your 1:1 room with a person, newest first.

        Args:
            personId: The other person's id.
            personEmail: The other person's email.
            parentId: Only the replies to this message.
            **request_parameters: Further query parameters, sent as given.

        Returns:
            A lazy, re-iterable ``GeneratorContainer`` of ``Message`` objects.

        Raises:
            TypeError: If a parameter has the wrong type.
            ApiError: If Webex answers with an error.
        """
        params = dict(
            personId=personId, personEmail=personEmail, parentId=parentId, **request_parameters
        )
        return self._list(_MODEL, "messages/direct", params)

    @checked
    def create(
        self,
        roomId: str | None = None,
        parentId: str | None = None,
        toPersonId: str | None = None,
        toPersonEmail: str | None = None,
        text: str | None = None,
        markdown: str | None = None,
        files: Sequence[str] | None = None,
        attachments: Sequence[Any] | None = None,
        **request_parameters: Any,
    ) -> Message:
        """Post a message to a room or to a person, with an optional file or card.

        Args:
            roomId: The room to post to.
            parentId: The message to reply to (a thread).
            toPersonId: Post 1:1 to this person.
            toPersonEmail: Post 1:1 to this email.
            text: Plain text.
            markdown: Markdown text (Webex renders it and fills ``html``).
            files: One entry: an http(s) URL for Webex to fetch, or a local path,
                which is uploaded as multipart straight from disk.
            attachments: Adaptive cards: card objects or dicts (wrapped as
                ``application/vnd.microsoft.card.adaptive`` attachments).
            **request_parameters: Further fields, sent as given.

        Returns:
            The new ``Message``.

        Raises:
            TypeError: If a parameter has the wrong type.
            ValueError: For more than one file, or a file that is neither a URL nor an
                existing local file (raised before any request is sent).
            ApiError: If Webex answers with an error.
        """
        file = classify_files(files)
        fields = body(
            request_parameters,
            roomId=roomId,
            parentId=parentId,
            toPersonId=toPersonId,
            toPersonEmail=toPersonEmail,
            text=text,
            markdown=markdown,
        )
        if isinstance(file, LocalFile):
            if attachments:
                raise ValueError("attachments cannot be sent together with a local file upload")
            return self._upload(_form_fields(fields), file)
        if file is not None:
            fields["files"] = [file]
        if attachments:
            fields["attachments"] = [attachment_payload(item) for item in attachments]
        return self._post(_MODEL, API_ENDPOINT, fields)

    def _upload(self, fields: dict[str, str], file: LocalFile) -> Message:
        with open(file.path, "rb") as handle:
            upload = {"files": (file.name, handle, file.content_type)}
            return self._post(_MODEL, API_ENDPOINT, data=fields, files=upload)

    @checked
    def get(self, messageId: str) -> Message:
        """Get a message with its full text.

        Args:
            messageId: The message id.

        Returns:
            The ``Message``.

        Raises:
            TypeError: If ``messageId`` is not a str.
            ValueError: If ``messageId`` is empty.
            ApiError: If Webex answers with an error.
        """
        return self._get(_MODEL, resource_path(API_ENDPOINT, "messageId", messageId))

    @checked
    def update(
        self,
        messageId: str | None = None,
        roomId: str | None = None,
        text: str | None = None,
        markdown: str | None = None,
        **request_parameters: Any,
    ) -> Message:
        """Edit one of your messages (at most 10 times; not messages with files or cards).

        Args:
            messageId: The message id.
            roomId: The room of the message (Webex requires it).
            text: The new plain text.
            markdown: The new markdown text.
            **request_parameters: Further JSON fields, sent as given.

        Returns:
            The edited ``Message`` (with ``updated`` set).

        Raises:
            TypeError: If a parameter has the wrong type.
            ValueError: If ``messageId`` is missing or empty.
            ApiError: If Webex answers with an error.
        """
        json = body(request_parameters, roomId=roomId, text=text, markdown=markdown)
        path = resource_path(API_ENDPOINT, "messageId", messageId or "")
        return self._put(_MODEL, path, json)

    edit = update

    @checked
    def delete(self, messageId: str) -> None:
        """Delete a message.

        Args:
            messageId: The message id.

        Raises:
            TypeError: If ``messageId`` is not a str.
            ValueError: If ``messageId`` is empty.
            ApiError: If Webex answers with an error.
        """
        self._session.delete(resource_path(API_ENDPOINT, "messageId", messageId))

    @checked
    def download(
        self,
        file_url: str,
        dest: str | os.PathLike[str] = ".",
        allow_unscannable: bool = False,
    ) -> Path:
        """Download a message file (a URL from ``message.files``), streaming it to disk.

        The name comes from the ``Content-Disposition`` header, made safe (no path
        parts, no traversal). While Webex is still scanning the file (423) the call
        waits for ``Retry-After`` and tries again. The bytes go to a temporary file
        that replaces the target only once complete.

        Args:
            file_url: The file URL. The token is sent only if it is on the API origin.
            dest: A directory (the file keeps its name; `` (1)`` is added when taken)
                or a file path. The current directory by default.
            allow_unscannable: Download a file Webex could not scan for malware.

        Returns:
            The path of the downloaded file.

        Raises:
            FileInfectedError: 410, the file was found infected.
            FileUnscannableError: 428, the file cannot be scanned (see
                ``allow_unscannable``).
            ApiError: For any other error answer.
            FileNotFoundError: If the destination directory does not exist.
        """
        return self._session.download(file_url, dest, allow_unscannable=allow_unscannable)

    @checked
    def files_info(self, file_url: str) -> FileInfo:
        """Read a message file's name, type and size with a HEAD request.

        Args:
            file_url: The file URL (from ``message.files``).

        Returns:
            A ``FileInfo`` with ``name``, ``content_type`` and ``size``.

        Raises:
            ApiError: If Webex answers with an error.
        """
        return file_info(self._session.head(file_url))
