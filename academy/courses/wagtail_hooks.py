"""Wagtail hooks of the course app: its files are for signed-in staff, like its pages."""

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from wagtail import hooks


@hooks.register("before_serve_document")
def documents_need_sign_in(document, request: HttpRequest) -> HttpResponse | None:
    """Lesson files are training material, shown only on signed-in pages (SignedInPage).

    Wagtail's own hook then applies collection privacy (groups, passwords) to signed-in users.
    """
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return None
