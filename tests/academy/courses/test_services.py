"""Enrol, answer quizzes, complete lessons, complete the course."""

import pytest
from django.utils import translation

from academy.courses import services
from academy.courses.models import LessonCompletion, QuizAttempt
from academy.courses.selectors import course_progress_for, learning_overview
from tests.academy.factories import (
    RIGHT_ANSWERS,
    WRONG_ANSWERS,
    CoursePageFactory,
    LessonPageFactory,
    TextLessonPageFactory,
    quiz_block_id,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Messages are checked in English (the site default is Italian)."""
    with translation.override("en"):
        yield


@pytest.fixture
def course():
    return CoursePageFactory()


@pytest.fixture
def quiz_lesson(course):
    return LessonPageFactory(parent=course)


@pytest.fixture
def text_lesson(course):
    return TextLessonPageFactory(parent=course)


def test_enrolling_twice_keeps_one_enrolment(agent, course):
    first = services.enrolment_create(agent=agent, course=course)
    assert services.enrolment_create(agent=agent, course=course) == first


def test_only_agents_enrol(supervisor, course):
    with pytest.raises(services.LearningError, match="Only agents"):
        services.enrolment_create(agent=supervisor, course=course)


def test_a_wrong_attempt_is_stored_and_leaves_the_lesson_open(agent, quiz_lesson, course):
    services.enrolment_create(agent=agent, course=course)
    attempt = services.quiz_attempt_submit(
        agent=agent, lesson=quiz_lesson, block_id=quiz_block_id(quiz_lesson), answers=WRONG_ANSWERS
    )
    assert (attempt.score, attempt.passed) == (0.0, False)
    assert not LessonCompletion.objects.exists()
    with pytest.raises(services.LearningError, match="Pass the quiz first"):
        services.lesson_complete(agent=agent, lesson=quiz_lesson)


def test_passing_the_quiz_completes_the_lesson_and_raises_progress(agent, quiz_lesson, text_lesson, course):
    services.enrolment_create(agent=agent, course=course)
    block_id = quiz_block_id(quiz_lesson)
    services.quiz_attempt_submit(agent=agent, lesson=quiz_lesson, block_id=block_id, answers=WRONG_ANSWERS)
    services.quiz_attempt_submit(agent=agent, lesson=quiz_lesson, block_id=block_id, answers=RIGHT_ANSWERS)
    progress = course_progress_for(agent=agent, course=course)
    assert progress.percent == 50 and progress.next_lesson.pk == text_lesson.pk
    assert [(s.best_score, s.attempts, s.passed) for s in progress.quiz_scores] == [(100.0, 2, True)]
    assert not progress.completed


def test_the_course_completes_when_every_lesson_and_quiz_is_done(agent, quiz_lesson, text_lesson, course):
    services.enrolment_create(agent=agent, course=course)
    services.lesson_complete(agent=agent, lesson=text_lesson)
    assert not course_progress_for(agent=agent, course=course).completed
    services.quiz_attempt_submit(
        agent=agent, lesson=quiz_lesson, block_id=quiz_block_id(quiz_lesson), answers=RIGHT_ANSWERS
    )
    progress = course_progress_for(agent=agent, course=course)
    assert progress.completed and progress.percent == 100 and progress.next_lesson is None


def test_a_non_enrolled_agent_cannot_answer_or_complete(agent, quiz_lesson, text_lesson):
    with pytest.raises(services.NotEnrolledError):
        services.quiz_attempt_submit(
            agent=agent, lesson=quiz_lesson, block_id=quiz_block_id(quiz_lesson), answers=RIGHT_ANSWERS
        )
    with pytest.raises(services.NotEnrolledError):
        services.lesson_complete(agent=agent, lesson=text_lesson)
    assert not QuizAttempt.objects.exists()


def test_my_learning_lists_courses_in_progress_before_completed_ones(agent):
    done, ongoing = CoursePageFactory(), CoursePageFactory()
    lesson = TextLessonPageFactory(parent=done)
    TextLessonPageFactory(parent=ongoing)
    for course in (done, ongoing):
        services.enrolment_create(agent=agent, course=course)
    services.lesson_complete(agent=agent, lesson=lesson)
    assert [p.course.pk for p in learning_overview(agent=agent)] == [ongoing.pk, done.pk]
