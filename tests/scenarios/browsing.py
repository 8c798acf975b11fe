"""Posting like a browser does through the CSRF-enforcing client: first load a page that
carries the form, then send its token."""

from django.test import Client


def post_form(client: Client, url: str, data: dict | None = None, *, page: str, **extra):
    client.get(page)
    token = client.cookies["csrftoken"].value
    return client.post(url, {**(data or {}), "csrfmiddlewaretoken": token}, **extra)
