"""Where a person's data lives: one place that lists, for a user, every row and file the
product holds about them, so export, erasure and retention read the same map."""

from __future__ import annotations

from django.db.models import QuerySet
from django.db.models.fields.files import FieldFile

from academy.courses.models import Enrolment, QuizAttempt
from academy.xapi.models import StatementRecord
from feedback.calibration.models import CalibrationReviewer
from feedback.reports.models import Scorecard
from scenarios.models import Attempt, AttemptTurn


def enrolments_of(user) -> QuerySet[Enrolment]:
    return Enrolment.objects.filter(agent=user).select_related("course").prefetch_related("lesson_completions__lesson")


def quiz_attempts_of(user) -> QuerySet[QuizAttempt]:
    return QuizAttempt.objects.filter(enrolment__agent=user).select_related("lesson").order_by("submitted_at", "pk")


def attempts_of(user) -> QuerySet[Attempt]:
    return Attempt.objects.filter(agent=user).prefetch_related("turns", "social_messages").order_by("created_at", "pk")


def scorecards_of(user) -> QuerySet[Scorecard]:
    return (
        Scorecard.objects.filter(agent=user)
        .select_related("rubric_version__rubric")
        .prefetch_related("overrides", "disputes", "action_items")
        .order_by("created_at", "pk")
    )


def calibration_answers_of(user) -> QuerySet[CalibrationReviewer]:
    return CalibrationReviewer.objects.filter(user=user).select_related("session").prefetch_related("answers__item")


def statements_of(user) -> QuerySet[StatementRecord]:
    return StatementRecord.objects.filter(user=user).order_by("pk")


def files_of(user) -> list[FieldFile]:
    """Every stored file that is the person's: recordings of their calls and replies, their report PDFs."""
    files = [a.recording for a in Attempt.objects.filter(agent=user).exclude(recording="").only("recording")]
    files += [
        t.recording for t in AttemptTurn.objects.filter(attempt__agent=user).exclude(recording="").only("recording")
    ]
    files += [s.pdf for s in Scorecard.objects.filter(agent=user).exclude(pdf="").only("pdf")]
    return files
