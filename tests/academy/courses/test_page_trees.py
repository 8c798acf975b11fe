"""Every install has one page tree per content language, paired as translations, and an Italian UI."""

import pytest
from wagtail.models import Locale, Site

from academy.courses.models import CourseIndexPage, HomePage
from academy.courses.selectors import course_index_for_language

pytestmark = pytest.mark.django_db


def test_italian_and_english_each_have_a_home_and_a_course_catalogue():
    assert set(Locale.objects.values_list("language_code", flat=True)) >= {"it", "en"}
    for language in ("it", "en"):
        index = course_index_for_language(language)
        assert isinstance(index.get_parent().specific, HomePage)
        assert index.url == f"/{language}/courses/"
    italian, english = (course_index_for_language(code) for code in ("it", "en"))
    assert italian.translation_key == english.translation_key
    assert Site.objects.get(is_default_site=True).root_page.specific.locale.language_code == "it"
    assert CourseIndexPage.objects.count() == 2


def test_the_ui_follows_the_language_prefix(client_for, agent):
    client = client_for(agent)
    assert "Il mio percorso" in client.get("/it/learning/").content.decode()
    assert "My learning" in client.get("/en/learning/").content.decode()
