"""The language switcher, on every page: a Wagtail page leads to its live translation, or to its
nearest translated ancestor when it has none; any other page to the same URL under the other
language's prefix. It costs one query on a Wagtail page and none elsewhere."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Locale, Site

from academy.platform.templatetags.site_language import language_choices
from tests.academy.factories import CoursePageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db


def translated(page, language: str, *, publish: bool = True):
    copy = page.copy_for_translation(Locale.objects.get(language_code=language))
    revision = copy.save_revision()
    if publish:
        revision.publish()
    return copy


def targets(page, path: str, queries) -> dict[str, str]:
    """The switcher's targets on `path` showing `page`, as `language_choices` reads them with the
    sites' root paths already cached (a busy site keeps them)."""
    Site.get_site_root_paths()
    request = RequestFactory().get(path)
    with translation.override("en"), queries(1 if page is not None else 0):
        choices = language_choices({"request": request, "page": page})
    assert [choice["current"] for choice in choices] == [False, True]  # it, en
    return {choice["code"]: choice["next"] for choice in choices}


def test_a_translated_lesson_leads_to_its_translation_in_one_query(django_assert_num_queries):
    lesson = LessonPageFactory(slug="first-ten-seconds")
    course_it = translated(lesson.get_parent(), "it")
    lesson_it = translated(lesson, "it")
    assert lesson_it.url.startswith(course_it.url)

    assert targets(lesson, lesson.url, django_assert_num_queries) == {"it": lesson_it.url, "en": lesson.url}


def test_a_lesson_not_yet_translated_leads_to_its_nearest_translated_ancestor(django_assert_num_queries):
    lesson = LessonPageFactory()
    course_it = translated(lesson.get_parent(), "it")

    assert targets(lesson, lesson.url, django_assert_num_queries)["it"] == course_it.url


def test_a_draft_translation_is_skipped_for_the_catalogue(django_assert_num_queries):
    course = CoursePageFactory()
    translated(course, "it", publish=False)

    assert targets(course, course.url, django_assert_num_queries)["it"] == "/it/courses/"


def test_any_other_page_keeps_its_url_under_the_other_prefix_without_a_query(django_assert_num_queries):
    assert targets(None, "/en/learning/", django_assert_num_queries) == {"it": "/it/learning/", "en": "/en/learning/"}
