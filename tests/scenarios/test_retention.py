"""Raw recordings are deleted after the retention period; transcripts and scores stay.
(The daily sweep of every kind of data: tests/academy/privacy/test_retention.py.)"""

from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from scenarios.models import Attempt, AttemptTurn
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
