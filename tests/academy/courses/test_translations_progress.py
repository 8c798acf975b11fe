"""Enrolment and progress follow a course across its translations: enrolled and halfway through
in Italian, the agent is enrolled and halfway through in English too, and My learning lists the
course under its title in the language of the page."""

import pytest
from django.test import Client
from wagtail.models import Locale

from academy.courses import services
from academy.courses.models import Enrolment
from tests.academy.factories import CoursePageFactory, TextLessonPageFactory

pytestmark = pytest.mark.django_db


def translated(page, language: str):
    copy = page.copy_for_translation(Locale.objects.get(language_code=language))
    copy.title = f"{page.title} ({language})"
    copy.save_revision().publish()
    return copy.specific.__class__.objects.get(pk=copy.pk)


@pytest.fixture
def course_in_both_languages():
    italian = CoursePageFactory(language="it", title="Presa in carico")
    lessons = [TextLessonPageFactory(parent=italian, title=f"Lezione {n}") for n in (1, 2)]
    english = translated(italian, "en")
    english_lessons = [translated(lesson, "en") for lesson in lessons]
    return italian, lessons, english, english_lessons


@pytest.fixture
def halfway(agent, course_in_both_languages):
    italian, lessons, *_ = course_in_both_languages
    services.enrolment_create(agent=agent, course=italian)
    services.lesson_complete(agent=agent, lesson=lessons[0])
    return course_in_both_languages


def signed_in(agent) -> Client:
    client = Client()
    client.force_login(agent)
    return client


def test_enrolled_in_italian_the_agent_is_enrolled_in_the_english_translation(agent, halfway):
    _italian, _lessons, english, english_lessons = halfway
    client = signed_in(agent)
    lesson_page = client.get(english_lessons[1].url).content.decode()
    assert "without being enrolled" not in lesson_page
    course_page = client.get(english.url).content.decode()
    assert "Enrol to answer the quizzes" not in course_page and "50%" in course_page


def test_a_lesson_done_in_italian_is_done_in_english_and_the_course_completes_in_either(agent, halfway):
    italian, _lessons, english, english_lessons = halfway
    services.lesson_complete(agent=agent, lesson=english_lessons[1])
    enrolment = Enrolment.objects.get(agent=agent)
    assert enrolment.course_id == italian.pk and enrolment.completed_at is not None
    services.enrolment_create(agent=agent, course=english)
    assert Enrolment.objects.filter(agent=agent).count() == 1


def test_my_learning_in_english_lists_the_english_title(agent, halfway):
    client = signed_in(agent)
    english_page = client.get("/en/learning/").content.decode()
    assert "Presa in carico (en)" in english_page and ">Presa in carico<" not in english_page
    assert ">Presa in carico<" in client.get("/it/learning/").content.decode()
