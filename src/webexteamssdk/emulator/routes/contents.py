"""``/contents/{contentId}``: download (GET/HEAD) of uploaded files."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..errors import raw_response
from ._common import authenticate


async def get_content(request: Request) -> Response:
    """GET or HEAD /contents/{contentId} (scan states give 423, 410 or 428)."""
    store, caller = authenticate(request)
    allow = request.query_params.get("allow")
    content = store.get_content(caller, request.path_params["contentId"], allow)
    name = content.filename.replace('"', "")
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return raw_response(content.body, content.content_type, headers=headers)


routes = [
    Route("/contents/{contentId}", get_content, methods=["GET", "HEAD"]),
]
