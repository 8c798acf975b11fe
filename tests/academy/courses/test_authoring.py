"""Trainers author courses in the Wagtail admin: a course, then a lesson with a quiz, in either language."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from academy.courses.models import CoursePage, LessonPage
from academy.courses.selectors import course_index_for_language
from tests.academy.factories import CoursePageFactory
from tests.form_data import list_block

pytestmark = pytest.mark.django_db


def _answer(text: str, correct: bool) -> dict:
    return {"text": text, "explanation": f"Because: {text}", **({"correct": "on"} if correct else {})}


def _lesson_form(*, correct_flags: tuple[bool, ...]) -> dict:
    quiz = {
        "title": "Deflection",
        "pass_mark": "100",
        "questions": list_block(
            {
                "prompt": "Which sentence keeps ownership?",
                "kind": "single",
                "answers": list_block(*(_answer(f"Answer {i}", flag) for i, flag in enumerate(correct_flags))),
            }
        ),
    }
    return nested_form_data(
        {
            "title": "Never not my department",
            "slug": "never-not-my-department",
            "intro": "Stay with the problem.",
            "estimated_minutes": "8",
            "body": streamfield([("text", rich_text("<p>The customer does not know our teams.</p>")), ("quiz", quiz)]),
            "action-publish": "publish",
        }
    )


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_trainer_publishes_a_course_and_a_lesson_with_a_quiz(client_for, trainer, language):
    client = client_for(trainer)
    client.get("/cms/")
    token = {"csrfmiddlewaretoken": client.cookies["csrftoken"].value}
    index = course_index_for_language(language)
    course_form = nested_form_data(
        {
            "title": "Ownership",
            "slug": "ownership",
            "summary": "Stay with the customer's problem.",
            "description": rich_text("<p>Never deflect.</p>"),
            "estimated_minutes": "20",
            "action-publish": "publish",
        }
    )
    response = client.post(f"/cms/pages/add/courses/coursepage/{index.pk}/", {**course_form, **token})
    assert response.status_code == 302, response.content.decode()[:2000]
    course = CoursePage.objects.get(slug="ownership", locale__language_code=language)
    assert course.live

    response = client.post(
        f"/cms/pages/add/courses/lessonpage/{course.pk}/", {**_lesson_form(correct_flags=(False, True)), **token}
    )
    assert response.status_code == 302
    lesson = LessonPage.objects.get(slug="never-not-my-department")
    quiz = lesson.quiz_blocks()[0].value
    assert [answer["correct"] for answer in quiz["questions"][0]["answers"]] == [False, True]
    assert lesson.url == f"/{language}/courses/ownership/never-not-my-department/"


def test_a_quiz_question_without_a_right_answer_is_not_saved(client_for, trainer):
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = "en"  # the admin speaks the trainer's language
    profile.save()
    course = CoursePageFactory()
    client = client_for(trainer)
    client.get("/cms/")
    response = client.post(
        f"/cms/pages/add/courses/lessonpage/{course.pk}/",
        {**_lesson_form(correct_flags=(False, False)), "csrfmiddlewaretoken": client.cookies["csrftoken"].value},
    )
    assert response.status_code == 200
    assert "Mark at least one answer as correct." in response.content.decode()
    assert not LessonPage.objects.exists()
