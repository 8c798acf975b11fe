"""Catch English on Italian pages: every message looked up in the Italian catalogue while a page
renders is recorded when the catalogue has no translation for it, and a test fails when such a
message is visible in the page. Tests use `italian_misses()` around the requests they make."""

import html
import re
from contextlib import contextmanager

from django.utils.translation.trans_real import DjangoTranslation

# Messages that read the same in both languages (names of the product and of the languages).
SAME_IN_ITALIAN = {
    "Agent Academy",
    "IT",
    "EN",
    "CMS",
    "Coaching",
    "Report",
    "Email",
    "Password",
    "Admin",
    "Quiz",
    "Team",
}


@contextmanager
def italian_misses():
    """Yield a set that fills with the messages the Italian catalogue was asked for and lacked."""
    misses: set[str] = set()
    gettext, ngettext = DjangoTranslation.gettext, DjangoTranslation.ngettext

    def checked_gettext(self, message):
        if self.language() == "it" and self._catalog.get(message) is None:
            misses.add(message.split("\x04")[-1])
        return gettext(self, message)

    def checked_ngettext(self, singular, plural, n):
        if self.language() == "it":
            try:
                self._catalog.plural(singular, n)
            except KeyError:
                misses.update({singular, plural})
        return ngettext(self, singular, plural, n)

    DjangoTranslation.gettext, DjangoTranslation.ngettext = checked_gettext, checked_ngettext
    try:
        yield misses
    finally:
        DjangoTranslation.gettext, DjangoTranslation.ngettext = gettext, ngettext


def _visible_text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"\s+", " ", page))


def untranslated_on(page: str, misses: set[str]) -> set[str]:
    """The untranslated messages that `page` shows (in its text or attributes), placeholders aside."""
    text = _visible_text(page)
    shown = set()
    for message in misses - SAME_IN_ITALIAN:
        fixed = [part.strip() for part in re.split(r"%\(\w+\)[sd]|%[sd]|\{\w*\}", message) if len(part.strip()) > 3]
        if fixed and re.search(r"[A-Za-z]{3}", "".join(fixed)) and all(part in text for part in fixed):
            shown.add(message)
    return shown
