"""What an agent does in a course: enrol, answer quizzes, complete lessons and courses.

Errors an agent can cause carry a message fit to show them (`LearningError`);
views turn them into a flash message or a 403, never a 500.
"""

from collections.abc import Mapping, Sequence

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.users.roles import user_is_agent
from academy.xapi import events as learning_records

from .models import CoursePage, Enrolment, LessonCompletion, LessonPage, QuizAttempt
from .quiz import quiz_grade
from .selectors import course_lessons, enrolment_get, quiz_passed_keys


class LearningError(Exception):
    """Something the agent asked for that the course rules do not allow; str() is user-facing."""


class NotEnrolledError(LearningError):
    pass


def enrolment_create(*, agent, course: CoursePage) -> Enrolment:
    """Enrol an agent; enrolling twice, in the course or in a translation of it, returns the existing enrolment."""
    if not user_is_agent(agent):
        raise LearningError(_("Only agents enrol in courses."))
    if not course.live:
        raise LearningError(_("This course is not published."))
    enrolment = enrolment_get(agent=agent, course=course)
    if enrolment is None:
        enrolment = Enrolment.objects.create(agent=agent, course=course)
        learning_records.course_attempted(enrolment)
    return enrolment


def _enrolment_for_lesson(agent, lesson: LessonPage) -> Enrolment:
    enrolment = enrolment_get(agent=agent, course=lesson.get_parent().specific)
    if enrolment is None:
        raise NotEnrolledError(_("Enrol in the course first."))
    return enrolment


def _quizzes_pending(enrolment: Enrolment, lesson: LessonPage) -> list[str]:
    passed = quiz_passed_keys(enrolment)
    return [block.value["title"] for block in lesson.quiz_blocks() if (lesson.translation_key, block.id) not in passed]


@transaction.atomic
def quiz_attempt_submit(
    *, agent, lesson: LessonPage, block_id: str, answers: Mapping[int, Sequence[int]]
) -> QuizAttempt:
    """Grade and store one attempt; passing the lesson's last quiz completes the lesson."""
    enrolment = _enrolment_for_lesson(agent, lesson)
    quiz = next((block.value for block in lesson.quiz_blocks() if block.id == block_id), None)
    if quiz is None:
        raise LearningError(_("This quiz is no longer part of the lesson."))
    result = quiz_grade(quiz, answers)
    attempt = QuizAttempt.objects.create(
        enrolment=enrolment,
        lesson=lesson,
        block_id=block_id,
        quiz_title=quiz["title"],
        answers={str(number): chosen for number, chosen in answers.items()},
        result=result,
        score=result["score"],
        passed=result["passed"],
    )
    learning_records.quiz_answered(attempt)
    if attempt.passed and not _quizzes_pending(enrolment, lesson):
        lesson_complete(agent=agent, lesson=lesson)
    return attempt


@transaction.atomic
def lesson_complete(*, agent, lesson: LessonPage) -> LessonCompletion:
    """Mark a lesson done once its quizzes are passed; the course completes with its last lesson."""
    enrolment = _enrolment_for_lesson(agent, lesson)
    pending = _quizzes_pending(enrolment, lesson)
    if pending:
        raise LearningError(_("Pass the quiz first: %(quizzes)s.") % {"quizzes": ", ".join(pending)})
    completion = enrolment.lesson_completions.filter(lesson__translation_key=lesson.translation_key).first()
    if completion is None:  # done once counts in every language
        completion = LessonCompletion.objects.create(enrolment=enrolment, lesson=lesson)
        learning_records.lesson_completed(completion)
    enrolment_completion_refresh(enrolment=enrolment)
    return completion


def enrolment_completion_refresh(*, enrolment: Enrolment) -> Enrolment:
    """Record the course as completed when every live lesson is done (each implies its quizzes passed).

    A completion, once earned, stays: a lesson added later does not take it back.
    """
    if enrolment.completed_at is None:
        done = set(enrolment.lesson_completions.values_list("lesson__translation_key", flat=True))
        lessons = course_lessons(enrolment.course)
        if lessons and all(lesson.translation_key in done for lesson in lessons):
            enrolment.completed_at = timezone.now()
            enrolment.save(update_fields=["completed_at"])
            learning_records.course_completed(enrolment)
    return enrolment
