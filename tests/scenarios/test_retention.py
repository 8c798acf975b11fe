"""Raw recordings are deleted after the retention period; transcripts and scores stay. The
worker runs the sweep daily by itself, one chain however often it restarts."""
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult

from academy.platform.signals import worker_starting
from scenarios.models import Attempt, AttemptTurn
from scenarios.services.maintenance import prune_schedule_next
from tests.scenarios.url_objects import attempt_with_recording, hello_wav

pytestmark = pytest.mark.django_db
TRANSCRIPT = {"language": "en", "channel": "phone", "segments": [{"speaker": "agent", "text": "Hello"}]}


def aged(attempt: Attempt, days: int) -> Attempt:
    Attempt.objects.filter(pk=attempt.pk).update(created_at=timezone.now() - timedelta(days=days))
    attempt.refresh_from_db()
    return attempt


def test_old_recordings_go_and_their_transcripts_stay(agent, settings, client_for):
    settings.RECORDING_RETENTION_DAYS = 30
    old = aged(attempt_with_recording(agent, state=Attempt.State.READY, transcript=TRANSCRIPT), 31)
    turn = AttemptTurn.objects.create(attempt=old, index=0, segments=[])
    turn.recording.save("turn.wav", ContentFile(hello_wav()))
    recent = aged(attempt_with_recording(agent, state=Attempt.State.READY), 29)
    busy = aged(attempt_with_recording(agent, state=Attempt.State.TRANSCRIBING), 40)
    old_files = [old.recording.name, turn.recording.name]

    call_command("prune_recordings")

    old.refresh_from_db()
    turn.refresh_from_db()
    assert not old.recording and old.recording_deleted_at is not None
    assert not turn.recording and turn.recording_deleted_at is not None
    assert not any(storages["private"].exists(name) for name in old_files)
    assert old.transcript == TRANSCRIPT
    for kept in (recent, busy):
        kept.refresh_from_db()
        assert storages["private"].exists(kept.recording.name)

    with translation.override("en"):
        page = client_for(agent).get(reverse("scenarios:attempt_detail", kwargs={"pk": old.pk}))
        gone = client_for(agent).get(reverse("scenarios:attempt_recording", kwargs={"pk": old.pk}))
    assert "retention period" in page.content.decode()
    assert gone.status_code == 404


def test_a_starting_worker_begins_one_daily_sweep_chain(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    worker_starting.send(sender=None)
    worker_starting.send(sender=None)  # a restart retires the first chain

    queued = DBTaskResult.objects.filter(task_path="scenarios.tasks.recordings_prune_daily").order_by("enqueued_at")
    first_chain, live_chain = (result.args_kwargs["args"][0] for result in queued)
    assert not prune_schedule_next(chain=first_chain)
    assert prune_schedule_next(chain=live_chain)
    tomorrow = queued.order_by("-enqueued_at").first()
    assert tomorrow.run_after - timezone.now() == pytest.approx(timedelta(days=1), abs=timedelta(minutes=1))
