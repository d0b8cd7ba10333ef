"""``/messages``: list, direct list, create (JSON or multipart), get, edit, delete."""

from __future__ import annotations

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..errors import empty_response, json_response
from ..exceptions import WebexError
from ..store import Store, Upload
from ._common import Json, authenticate, json_body, media_type, page_request, page_response, query

FORM_FIELDS = ("roomId", "toPersonId", "toPersonEmail", "text", "markdown", "parentId")
TOO_BIG = "File size exceeds the 100 MB limit."


async def list_messages(request: Request) -> Response:
    """GET /messages?roomId= (required)."""
    store, caller = authenticate(request)
    params = query(request)
    if not params.get("roomId"):
        raise WebexError(400, "Required String parameter 'roomId' is not present")
    cap = 100 if params.get("mentionedPeople") else 1000
    page = page_request(request, 50, cap)
    return page_response(request, store.list_messages(caller, params, page))


async def list_direct(request: Request) -> Response:
    """GET /messages/direct?personId=|personEmail=."""
    store, caller = authenticate(request)
    page = page_request(request, 50, 1000)
    return page_response(request, store.list_direct(caller, query(request), page))


async def read_upload(part: UploadFile, store: Store) -> Upload:
    """Read one uploaded file, refusing files above the store's size limit."""
    if part.size is not None and part.size > store.max_file_bytes:
        raise WebexError(400, TOO_BIG)
    body = await part.read()
    if len(body) > store.max_file_bytes:
        raise WebexError(400, TOO_BIG)
    kind = part.content_type or "application/octet-stream"
    return Upload(part.filename or "file", kind, body)


async def multipart_body(request: Request, store: Store) -> tuple[Json, Upload | None]:
    """Parse a multipart POST /messages into form fields and at most one upload."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > store.max_file_bytes + 2**20:
        raise WebexError(400, TOO_BIG)
    async with request.form(max_files=4, max_fields=64) as form:
        body: Json = {k: str(form[k]) for k in FORM_FIELDS if form.get(k)}
        parts = form.getlist("files")
        if len(parts) > 1:
            raise WebexError(400, "Only one file may be attached per message.")
        uploads = [p for p in parts if isinstance(p, UploadFile)]
        body.update({"files": [p for p in parts if isinstance(p, str)]})
        return body, (await read_upload(uploads[0], store) if uploads else None)


async def create_message(request: Request) -> Response:
    """POST /messages (JSON, or multipart/form-data with one ``files`` part)."""
    store, caller = authenticate(request)
    if media_type(request) == "multipart/form-data":
        body, upload = await multipart_body(request, store)
    else:
        body, upload = await json_body(request), None
    base = str(request.base_url)
    return json_response(store.create_message(caller, body, upload, base))


async def get_message(request: Request) -> Response:
    """GET /messages/{messageId}."""
    store, caller = authenticate(request)
    return json_response(store.get_message(caller, request.path_params["messageId"]))


async def edit_message(request: Request) -> Response:
    """PUT /messages/{messageId}."""
    store, caller = authenticate(request)
    body = await json_body(request)
    return json_response(store.edit_message(caller, request.path_params["messageId"], body))


async def delete_message(request: Request) -> Response:
    """DELETE /messages/{messageId}."""
    store, caller = authenticate(request)
    store.delete_message(caller, request.path_params["messageId"])
    return empty_response()


routes = [
    Route("/messages", list_messages, methods=["GET"]),
    Route("/messages", create_message, methods=["POST"]),
    Route("/messages/direct", list_direct, methods=["GET"]),
    Route("/messages/{messageId}", get_message, methods=["GET"]),
    Route("/messages/{messageId}", edit_message, methods=["PUT"]),
    Route("/messages/{messageId}", delete_message, methods=["DELETE"]),
]
