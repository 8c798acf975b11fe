"""The learning events the Academy reports as xAPI statements, one function per event.
Course services and practice call these; each says which activity, verb and result.

- a course: attempted (enrolment), completed (its last lesson done);
- a lesson: completed;
- a quiz (assessment): scored, then passed or failed, with result.score.scaled;
- a practice scenario (simulation): attempted (started), scored, then passed or failed.
Activities are identified across languages by the Wagtail translation key of their page,
so the Italian and English versions of a course are one activity.

A learning record is a side channel: a failure to make one is logged and never stops the
enrolment, quiz or practice that caused it.
"""

from __future__ import annotations

import functools
import logging

from django.conf import settings
from django.db import transaction

from .services import statement_record
from .statements import Activity, score_result

logger = logging.getLogger(__name__)


def _never_fails(event):
    @functools.wraps(event)
    def run(*args, **kwargs) -> None:
        try:
            with transaction.atomic():
                event(*args, **kwargs)
        except Exception:
            logger.exception("The xAPI statement of %s could not be made", event.__name__)

    return run


def _activity(kind: str, key, title: str, language: str) -> Activity:
    return Activity(
        id=f"{settings.XAPI_HOME_PAGE.rstrip('/')}/xapi/activities/{kind}/{key}",
        type={"scenario": "simulation", "quiz": "assessment"}.get(kind, kind),
        name={language: title},
    )


def course_activity(course) -> Activity:
    return _activity("course", course.translation_key, course.title, course.locale.language_code)


def lesson_activity(lesson) -> Activity:
    return _activity("lesson", lesson.translation_key, lesson.title, lesson.locale.language_code)


@_never_fails
def course_attempted(enrolment) -> None:
    course = enrolment.course
    statement_record(
        user=enrolment.agent,
        verb="attempted",
        activity=course_activity(course),
        timestamp=enrolment.enrolled_at,
        language=course.locale.language_code,
    )


@_never_fails
def course_completed(enrolment) -> None:
    course = enrolment.course
    statement_record(
        user=enrolment.agent,
        verb="completed",
        activity=course_activity(course),
        timestamp=enrolment.completed_at,
        result={"completion": True},
        language=course.locale.language_code,
    )


@_never_fails
def lesson_completed(completion) -> None:
    lesson, enrolment = completion.lesson, completion.enrolment
    statement_record(
        user=enrolment.agent,
        verb="completed",
        activity=lesson_activity(lesson),
        timestamp=completion.completed_at,
        result={"completion": True},
        parents=(course_activity(enrolment.course),),
        language=lesson.locale.language_code,
    )


@_never_fails
def quiz_answered(attempt) -> None:
    lesson, enrolment = attempt.lesson, attempt.enrolment
    quiz = _activity(
        "quiz", f"{lesson.translation_key}/{attempt.block_id}", attempt.quiz_title, lesson.locale.language_code
    )
    parents = (lesson_activity(lesson), course_activity(enrolment.course))
    for verb, result in (
        ("scored", score_result(attempt.score)),
        ("passed" if attempt.passed else "failed", score_result(attempt.score, success=attempt.passed)),
    ):
        statement_record(
            user=enrolment.agent,
            verb=verb,
            activity=quiz,
            timestamp=attempt.submitted_at,
            result=result,
            parents=parents,
            language=lesson.locale.language_code,
        )


def _scenario_activity(attempt) -> Activity:
    key = attempt.scenario.translation_key if attempt.scenario else f"attempt-{attempt.pk}"
    return _activity("scenario", key, attempt.title, attempt.language)


@_never_fails
def practice_attempted(attempt) -> None:
    statement_record(
        user=attempt.agent,
        verb="attempted",
        activity=_scenario_activity(attempt),
        timestamp=attempt.created_at,
        language=attempt.language,
    )


@_never_fails
def practice_scored(scorecard_id: int) -> None:
    """The report of a practice attempt (not of a call a trainer scored): scored, then passed or failed."""
    from scenarios.models import Attempt

    attempt = Attempt.objects.select_related("scenario", "scorecard", "agent").filter(scorecard_id=scorecard_id).first()
    if attempt is None:
        return
    scorecard = attempt.scorecard
    activity = _scenario_activity(attempt)
    for verb, result in (
        ("scored", score_result(scorecard.score, completion=True)),
        (
            "passed" if scorecard.passed else "failed",
            score_result(scorecard.score, success=scorecard.passed, completion=True),
        ),
    ):
        statement_record(
            user=attempt.agent,
            verb=verb,
            activity=activity,
            timestamp=scorecard.created_at,
            result=result,
            language=scorecard.language,
        )
