"""The signed-in home page is each role's desk: what is waiting for them, not only course progress.

Apps add their part of it through the `academy_home_sections` Wagtail hook
(`fn(request) -> html`, empty when the visitor has nothing there), so academy never
imports the apps that build on it (reports, practice): data flows one way.
"""

from django.http import HttpRequest
from wagtail import hooks

HOME_SECTIONS_HOOK = "academy_home_sections"


def home_sections(request: HttpRequest) -> list[str]:
    """The HTML sections every app adds to `request.user`'s home page, in hook order."""
    return [html for html in (fn(request) for fn in hooks.get_hooks(HOME_SECTIONS_HOOK)) if html]
