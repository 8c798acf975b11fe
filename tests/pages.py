"""Pages as a browser reaches them: URLs in a language, and POSTs carrying the CSRF token."""

from django.urls import reverse
from django.utils import translation


def url(name: str, language: str = "en", **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def csrf_post(client, path: str, data: dict):
    """POST as a browser does: first read a page (every page's language form sets the CSRF cookie)."""
    client.get(url("home"))
    return client.post(path, {**data, "csrfmiddlewaretoken": client.cookies["csrftoken"].value})
