"""Streaming a private file (a recording, a report's PDF) with HTTP Range support, so the audio
player can seek and a PDF reader can fetch pages; from local disk or S3 alike.

Django's FileResponse always sends the whole file, and the ranged-response packages on
PyPI are unmaintained since 2017; one satisfiable byte range is all players ask for.
"""

import mimetypes
import re

from botocore.exceptions import ClientError
from django.db.models.fields.files import FieldFile
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.utils.http import content_disposition_header

CHUNK = 64 * 1024
RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def _chunks(file, start: int, length: int):
    try:
        file.seek(start)
        while length > 0:
            data = file.read(min(CHUNK, length))
            if not data:
                break
            length -= len(data)
            yield data
    finally:
        file.close()


def _byte_range(header: str, size: int) -> tuple[int, int] | None:
    """(first, last) byte of a single `bytes=` range, or None when it cannot be satisfied."""
    match = RANGE.match(header.strip())
    if not match or not (match[1] or match[2]):
        return None
    if not match[1]:  # the last N bytes
        first, last = max(0, size - int(match[2])), size - 1
    else:
        first = int(match[1])
        last = min(int(match[2]), size - 1) if match[2] else size - 1
    return (first, last) if first <= last < size else None


def private_file_response(request: HttpRequest, file: FieldFile, *, download_name: str = "") -> HttpResponse:
    """200 with the whole file, 206 with the asked range, 416 for a range past the end."""
    if not file:
        raise Http404
    try:
        size = file.size
        handle = file.storage.open(file.name, "rb")
    except (FileNotFoundError, OSError, ClientError):  # ClientError: S3 says there is no such object
        raise Http404 from None
    content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    header = request.headers.get("Range", "")
    byte_range = _byte_range(header, size) if header else (0, size - 1)
    if byte_range is None:
        handle.close()
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return response
    first, last = byte_range
    response = StreamingHttpResponse(
        _chunks(handle, first, last - first + 1), content_type=content_type, status=206 if header else 200
    )
    response["Content-Length"] = str(last - first + 1)
    response["Accept-Ranges"] = "bytes"
    if header:
        response["Content-Range"] = f"bytes {first}-{last}/{size}"
    response["Cache-Control"] = "private, no-store"
    # The name may be the uploader's own: Django quotes and escapes it, so it cannot add parameters.
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=False, filename=download_name or file.name.rsplit("/", 1)[-1]
    )
    return response
