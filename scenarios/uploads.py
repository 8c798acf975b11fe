"""Recordings are refused while they stream in, not after they are written whole.

Django writes an upload to a temporary file before a view sees it, so a size check in
the view comes after the disk and the connection have paid for every byte. The upload
views install :class:`LimitedUploadHandler` first: a request that announces more than the
limit is refused before its body is read, and a file that grows past the limit stops
being read at that byte. Installing a handler must precede the CSRF check (which reads
the body), so :func:`upload_limited` exempts the view and checks CSRF itself after.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect

# Room for the multipart framing and the form's other fields around the file itself.
MULTIPART_ROOM = 64 * 1024

Refusal = Callable[..., HttpResponse]


class UploadTooLarge(Exception):
    """The request or its file passed MAX_UPLOAD_BYTES; nothing past the limit was read."""


class LimitedUploadHandler(FileUploadHandler):
    """Stops an upload at MAX_UPLOAD_BYTES: the whole request from its Content-Length, each file as it arrives."""

    def __init__(self, request: HttpRequest, max_bytes: int) -> None:
        super().__init__(request)
        self.max_bytes = max_bytes

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        if content_length > self.max_bytes + MULTIPART_ROOM:
            raise UploadTooLarge
        return None  # the other handlers parse as usual

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        if start + len(raw_data) > self.max_bytes:
            raise UploadTooLarge
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None  # the next handler builds the file


def too_large_message() -> str:
    return _("The recording is too large: uploads are limited to %(limit)d MB.") % {
        "limit": settings.MAX_UPLOAD_BYTES // 1_000_000,
    }


def upload_limited(refuse: Refusal) -> Callable[[Callable], Callable]:
    """Read the request's body through :class:`LimitedUploadHandler`; past the limit answer
    `refuse(request, message, *args, **kwargs)` (status 413) instead of calling the view."""

    def decorate(view: Callable) -> Callable:
        protected = csrf_protect(view)

        @csrf_exempt
        @wraps(view)
        def limited(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            request.upload_handlers.insert(0, LimitedUploadHandler(request, settings.MAX_UPLOAD_BYTES))
            try:
                request.POST  # noqa: B018 - parse now, through the handler, before CSRF reads it
            except UploadTooLarge:
                return refuse(request, too_large_message(), *args, **kwargs)
            return protected(request, *args, **kwargs)

        return limited

    return decorate
