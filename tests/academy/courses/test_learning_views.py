"""The agent's actions over HTTP, as a browser without JavaScript posts them; bad input never ends in a 500."""

import pytest

from academy.courses.models import Enrolment, QuizAttempt
from tests.academy.factories import (
    RIGHT_ANSWERS,
    WRONG_ANSWERS,
    EnrolmentFactory,
    LessonPageFactory,
    TextLessonPageFactory,
    quiz_block_id,
    quiz_post,
)
from tests.query_counts import page_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson():
    return LessonPageFactory()


@pytest.fixture
def enrolled(agent, lesson):
    return EnrolmentFactory(agent=agent, course=lesson.get_parent().specific)


def _quiz_url(lesson, block_id=None):
    return f"/en/learning/lessons/{lesson.pk}/quizzes/{block_id or quiz_block_id(lesson)}/"


def test_enrolling_from_the_course_page_opens_the_first_lesson(client_for, agent, lesson):
    client = client_for(agent)
    course = lesson.get_parent().specific
    client.get(course.url)  # sets the CSRF cookie the form carries
    response = client.post(
        f"/en/learning/courses/{course.pk}/enrol/", {"csrfmiddlewaretoken": client.cookies["csrftoken"].value}
    )
    assert response.status_code == 302 and response["Location"] == lesson.url
    assert Enrolment.objects.filter(agent=agent, course=course).exists()


def test_a_post_without_csrf_token_is_refused(client_for, agent, lesson, enrolled):
    response = client_for(agent).post(_quiz_url(lesson), quiz_post(quiz_block_id(lesson), RIGHT_ANSWERS))
    assert response.status_code == 403
    assert not QuizAttempt.objects.exists()


def _post(client, url, data):
    client.get("/en/learning/")
    return client.post(url, {**data, "csrfmiddlewaretoken": client.cookies["csrftoken"].value}, follow=True)


def test_a_wrong_then_right_answer_shows_feedback_and_completes_the_lesson(client_for, agent, lesson, enrolled):
    client = client_for(agent)
    block_id = quiz_block_id(lesson)
    page = _post(client, _quiz_url(lesson), quiz_post(block_id, WRONG_ANSWERS))
    html = page.content.decode()
    assert "Not passed yet" in html and "Your name is missing." in html
    page = _post(client, _quiz_url(lesson), quiz_post(block_id, RIGHT_ANSWERS))
    html = page.content.decode()
    assert "Quiz passed with 100.0%" in html and "Greeting, name, offer." in html
    assert 'data-testid="progress-percent">100%' in html
    assert list(QuizAttempt.objects.values_list("passed", flat=True)) == [True, False]


@pytest.mark.parametrize(
    "data",
    [
        {},  # nothing answered
        {"quiz-{id}-q0": "1"},  # a question left out
        {"quiz-{id}-q0": "7", "quiz-{id}-q1": "0"},  # an answer that does not exist
        {"quiz-{id}-q0": "abc", "quiz-{id}-q1": ["0", "x"]},  # not numbers
        {"quiz-{id}-q0": ["0", "1"], "quiz-{id}-q1": "0"},  # two answers to a single-choice question
    ],
)
def test_malformed_quiz_submissions_get_a_clear_message_and_store_nothing(client_for, agent, lesson, enrolled, data):
    block_id = quiz_block_id(lesson)
    data = {key.format(id=block_id): value for key, value in data.items()}
    response = _post(client_for(agent), _quiz_url(lesson), data)
    assert response.status_code == 400
    assert "Your answers were not recorded" in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_a_non_enrolled_agent_gets_403_with_the_way_forward(client_for, agent, lesson):
    response = _post(client_for(agent), _quiz_url(lesson), quiz_post(quiz_block_id(lesson), RIGHT_ANSWERS))
    assert response.status_code == 403
    html = response.content.decode()
    assert "Enrol in the course first." in html and "/enrol/" in html
    text_lesson = TextLessonPageFactory()
    assert _post(client_for(agent), f"/en/learning/lessons/{text_lesson.pk}/complete/", {}).status_code == 403


def test_completing_a_lesson_before_passing_its_quiz_explains_why(client_for, agent, lesson, enrolled):
    response = _post(client_for(agent), f"/en/learning/lessons/{lesson.pk}/complete/", {})
    assert response.status_code == 200
    assert "Pass the quiz first" in response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/en/learning/courses/999999/enrol/",
        "/en/learning/lessons/999999/complete/",
        "/en/learning/lessons/999999/quizzes/abc/",
        "/en/learning/agents/999999/",
        "/en/courses/no-such-course/",
    ],
)
def test_unknown_ids_are_404(client_for, agent, url):
    assert _post(client_for(agent), url, {}).status_code == 404


def test_an_unknown_quiz_of_a_real_lesson_is_404(client_for, agent, lesson, enrolled):
    assert _post(client_for(agent), _quiz_url(lesson, "not-a-block"), {}).status_code == 404


def test_actions_only_accept_post(client_for, agent, lesson, enrolled):
    assert client_for(agent).get(_quiz_url(lesson)).status_code == 405


def test_anonymous_visitors_are_sent_to_sign_in(client, lesson):
    for url in (lesson.url, lesson.get_parent().url, "/en/courses/", "/en/learning/"):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_my_learning_shows_progress_and_the_next_lesson(client_for, agent, lesson, enrolled):
    html = client_for(agent).get("/en/learning/").content.decode()
    assert lesson.get_parent().title in html and lesson.title in html and "0%" in html


def test_a_lesson_page_with_its_progress_quizzes_and_language_switcher_costs_at_most_20_queries(
    client_for, agent, lesson, enrolled
):
    """Wagtail's routing (site, locale, one level of the tree at a time, view restrictions) is 12
    of them; the lesson's state 6; the switcher 1 (it was 6)."""
    client = client_for(agent)
    _post(client, _quiz_url(lesson), quiz_post(quiz_block_id(lesson), WRONG_ANSWERS))
    count, html = page_queries(client, lesson.url)
    assert count <= 20
    assert "Your name is missing." in html  # the latest attempt's feedback is on the page
