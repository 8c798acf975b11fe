"""Each kind of personal data is kept for its own period, and the worker enforces them daily
by itself, one chain however often it restarts."""

from datetime import timedelta

import pytest
from django.core.files.storage import storages
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from academy.platform.signals import worker_starting
from academy.privacy.maintenance import retention_schedule_next
from academy.privacy.retention import retention_enforce
from feedback.reports.models import Scorecard
from scenarios.models import Attempt
from tests.academy.privacy.factories import SPOKEN, person_with_everything
from tests.pages import url

pytestmark = pytest.mark.django_db


def aged(held, days: int) -> None:
    then = timezone.now() - timedelta(days=days)
    Attempt.objects.filter(pk=held.attempt.pk).update(created_at=then)
    Scorecard.objects.filter(pk=held.scorecard.pk).update(created_at=then)


def test_transcripts_go_after_their_period_and_results_and_coaching_stay(agent, supervisor, settings, client_for):
    settings.RECORDING_RETENTION_DAYS, settings.TRANSCRIPT_RETENTION_DAYS, settings.REPORT_RETENTION_DAYS = 60, 60, None
    old, recent = person_with_everything(agent, supervisor), person_with_everything(agent, supervisor)
    aged(old, 61)
    aged(recent, 59)

    done = retention_enforce()

    assert done == {
        "recordings": 2,
        "transcripts": 2,
        "reports": 0,
    }  # the old call and reply; the old attempt and report
    old.attempt.refresh_from_db()
    assert old.attempt.transcript is None and not old.attempt.social_messages.exists()
    assert old.attempt.turns.get().segments is None
    scorecard = Scorecard.objects.get(pk=old.scorecard.pk)
    assert scorecard.transcript["segments"] == [] and SPOKEN not in str(scorecard.result)
    assert all(not c.get("evidence") for c in scorecard.result["criteria"])
    assert scorecard.score == old.scorecard.score and scorecard.coaching_note  # results and coaching stay
    assert client_for(agent).get(url("reports:scorecard_detail", pk=scorecard.pk)).status_code == 200
    recent.attempt.refresh_from_db()
    assert SPOKEN in str(recent.attempt.transcript) and storages["private"].exists(recent.files[0])
    assert retention_enforce() == {"recordings": 0, "transcripts": 0, "reports": 0}  # nothing twice


def test_reports_go_with_their_pdf_after_their_period(agent, supervisor, settings):
    settings.REPORT_RETENTION_DAYS = 30
    old, recent = person_with_everything(agent, supervisor), person_with_everything(agent, supervisor)
    aged(old, 31)

    call_command("enforce_retention")

    assert not Scorecard.objects.filter(pk=old.scorecard.pk).exists()
    assert not storages["private"].exists(old.files[2])
    assert Scorecard.objects.filter(pk=recent.scorecard.pk).exists() and storages["private"].exists(recent.files[2])
    assert Attempt.objects.filter(pk=old.attempt.pk).exists()  # the practice stays, without its report


def test_a_starting_worker_begins_one_daily_retention_chain(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    worker_starting.send(sender=None)
    worker_starting.send(sender=None)  # a restart retires the first chain

    queued = DBTaskResult.objects.filter(task_path="academy.privacy.tasks.retention_daily").order_by("enqueued_at")
    first_chain, live_chain = (result.args_kwargs["args"][0] for result in queued)
    assert not retention_schedule_next(chain=first_chain)
    assert retention_schedule_next(chain=live_chain)
    tomorrow = queued.order_by("-enqueued_at").first()
    assert tomorrow.run_after - timezone.now() == pytest.approx(timedelta(days=1), abs=timedelta(minutes=1))
