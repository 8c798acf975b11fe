"""The language switcher's targets: the same page in each language.

A Wagtail page goes to its translation (or the nearest translated ancestor, so a
course not yet translated lands on the other language's catalogue); any other view
goes to the same URL under the other language prefix. Every page carries the switcher,
so a Wagtail page's targets are read in one query and any other page's in none.
"""

from django import template
from django.conf import settings
from django.db.models import F, OuterRef, Subquery
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

register = template.Library()


def _translated_page_urls(page: Page) -> dict[str, str]:
    """Language → URL of the live translation of `page`, or of its nearest ancestor that has one
    (the tree's root, depth 1, left out), all languages in one query."""
    lineage = [page.path[:end] for end in range(2 * Page.steplen, len(page.path) + 1, Page.steplen)]
    sources = Page.objects.filter(path__in=lineage, translation_key=OuterRef("translation_key"))
    translations = (
        Page.objects.live()
        .filter(translation_key__in=Page.objects.filter(path__in=lineage).values("translation_key"))
        .filter(locale__language_code__in=[code for code, _ in settings.LANGUAGES])
        .annotate(source_depth=Subquery(sources.values("depth")[:1]), language=F("locale__language_code"))
        .order_by("-source_depth")
    )
    urls: dict[str, str] = {}
    for translation in translations:
        urls.setdefault(translation.language, translation.url)
    return urls


@register.simple_tag(takes_context=True)
def language_choices(context) -> list[dict]:
    request = context["request"]
    page = context.get("page")
    targets = _translated_page_urls(page) if isinstance(page, Page) else {}
    current = get_language()
    return [
        {
            "code": code,
            "name": name,
            "current": code == current,
            "next": targets.get(code) or translate_url(request.get_full_path(), code),
        }
        for code, name in settings.LANGUAGES
    ]
