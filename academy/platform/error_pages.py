"""The site's own error pages, in the visitor's language and with the site's navigation.

Django renders 404.html and 403.html with the request, so the templates alone do; a server
error is rendered here, with the request, because Django's default renders 500.html without
one. Should that fail too (the database is down, say), a plain page in the same language."""

import logging

from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.utils.html import escape
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)


def server_error(request: HttpRequest) -> HttpResponse:
    try:
        return render(request, "500.html", status=500)
    except Exception:  # noqa: BLE001 - the page that reports an error must not raise one
        logger.exception("The error page itself failed")
        title, advice = _("Something went wrong on our side"), _("Try again in a few minutes.")
        return HttpResponseServerError(
            f"<!DOCTYPE html><title>{escape(title)}</title><h1>{escape(title)}</h1>"
            f'<p>{escape(advice)}</p><p><a href="/">Agent Academy</a></p>'
        )
