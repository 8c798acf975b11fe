"""The language switcher's targets: the same page in each language.

A Wagtail page goes to its translation (or the nearest translated ancestor, so a
course not yet translated lands on the other language's catalogue); any other view
goes to the same URL under the other language prefix.
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page

register = template.Library()


def _translated_page_url(page: Page, language: str) -> str | None:
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return None
    for candidate in [page, *reversed(page.get_ancestors().filter(depth__gt=1))]:
        translation = candidate.get_translation_or_none(locale)
        if translation is not None and translation.live:
            return translation.url
    return None


@register.simple_tag(takes_context=True)
def language_choices(context) -> list[dict]:
    request = context["request"]
    page = context.get("page")
    current = get_language()
    choices = []
    for code, name in settings.LANGUAGES:
        target = _translated_page_url(page, code) if isinstance(page, Page) else None
        choices.append(
            {
                "code": code,
                "name": name,
                "current": code == current,
                "next": target or translate_url(request.get_full_path(), code),
            }
        )
    return choices
