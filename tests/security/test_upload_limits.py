"""Finding 5 of issue 18: uploads are refused while they stream, and nobody floods the worker.

An oversized upload used to be written whole before its size was checked, and eight
uploads in a few seconds were all accepted and queued. Now a request that announces
more than the limit is refused before its body is read, a file that grows past the
limit stops being read at that byte, and each agent may have only a few recordings
waiting for the worker (new uploads and retries wait) and a few dozen uploads an hour,
told so in their language.
"""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.urls import reverse
from django.utils import timezone, translation

from scenarios.models import Attempt
from tests.scenarios.browsing import post_form
from tests.scenarios.factories import AttemptFactory, ScenarioFactory
from tests.scenarios.url_objects import attempt_with_recording, guided_attempt, hello_wav

LIMIT = 1_000_000


@pytest.fixture
def written_to_disk(monkeypatch, settings):
    """Bytes of uploads Django wrote to temporary files during the test."""
    settings.MAX_UPLOAD_BYTES = LIMIT
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 0  # every upload goes to a temporary file
    written = []
    receive = TemporaryFileUploadHandler.receive_data_chunk

    def counting(self, raw_data, start):
        written.append(len(raw_data))
        return receive(self, raw_data, start)

    monkeypatch.setattr(TemporaryFileUploadHandler, "receive_data_chunk", counting)
    return written


def upload(client, scenario, content: bytes, *, language: str = "en", name: str = "call.wav"):
    with translation.override(language):
        return post_form(
            client,
            reverse("scenarios:attempt_upload", kwargs={"pk": scenario.pk}),
            {"stereo_speakers": "mono", "recording": SimpleUploadedFile(name, content)},
            page=reverse("scenarios:scenario_detail", kwargs={"pk": scenario.pk}),
        )


@pytest.mark.django_db
def test_an_upload_announced_over_the_limit_is_refused_before_its_body_is_written(written_to_disk, agent, client_for):
    response = upload(client_for(agent), ScenarioFactory(), b"\0" * (3 * LIMIT))

    assert response.status_code == 413
    assert "The recording is too large: uploads are limited to 1 MB." in response.content.decode()
    assert sum(written_to_disk) == 0
    assert not Attempt.objects.exists()


@pytest.mark.django_db
def test_a_file_just_over_the_limit_stops_being_read_at_the_limit(written_to_disk, agent, client_for):
    """Within the room left for the form's framing, the file itself is counted as it arrives."""
    response = upload(client_for(agent), ScenarioFactory(), b"\0" * (LIMIT + 10_000), language="it")

    assert response.status_code == 413
    assert "La registrazione è troppo grande: i caricamenti sono limitati a 1 MB." in response.content.decode()
    assert sum(written_to_disk) <= LIMIT
    assert not Attempt.objects.exists()


@pytest.mark.django_db
def test_a_recorded_reply_over_the_limit_gets_the_reason_as_json(written_to_disk, agent, client_for):
    attempt = guided_attempt(agent)
    client = client_for(agent)
    with translation.override("en"):
        response = post_form(
            client,
            reverse("scenarios:call_reply", kwargs={"pk": attempt.pk}),
            {"turn": "0", "audio": SimpleUploadedFile("turn-0.webm", b"\0" * (3 * LIMIT))},
            page=reverse("scenarios:attempt_detail", kwargs={"pk": attempt.pk}),
        )
    assert response.status_code == 413
    assert response.json()["error"] == "The recording is too large: uploads are limited to 1 MB."
    assert sum(written_to_disk) == 0
    assert not attempt.turns.exists()


@pytest.mark.django_db
def test_a_burst_of_uploads_queues_only_a_few_and_says_why_in_italian(agent, client_for, settings):
    settings.ATTEMPTS_IN_WORKER_MAX = 3
    scenario, client = ScenarioFactory(), client_for(agent)

    statuses = [upload(client, scenario, hello_wav(), language="it").status_code for _ in range(3)]
    refused = upload(client, scenario, hello_wav(), language="it")

    assert statuses == [302, 302, 302]
    assert refused.status_code == 400
    assert "Hai già 3 registrazioni in attesa di trascrizione" in refused.content.decode()
    assert Attempt.objects.filter(agent=agent).count() == 3


@pytest.mark.django_db
def test_uploads_per_hour_are_counted_and_the_wait_is_said(agent, client_for, settings):
    settings.UPLOADS_PER_HOUR = 2
    scenario, client = ScenarioFactory(), client_for(agent)
    for _ in range(2):
        assert upload(client, scenario, hello_wav()).status_code == 302
    Attempt.objects.update(state=Attempt.State.READY, created_at=timezone.now() - timedelta(minutes=45))

    refused = upload(client, scenario, hello_wav())

    assert refused.status_code == 400
    assert (
        "You have uploaded 2 recordings in the last hour, the most allowed: try again in 15 minutes."
        in refused.content.decode()
    )
    Attempt.objects.update(created_at=timezone.now() - timedelta(minutes=61))
    assert upload(client, scenario, hello_wav()).status_code == 302


@pytest.mark.django_db
def test_a_retry_waits_while_the_agent_has_enough_recordings_in_the_worker(agent, client_for, settings):
    settings.ATTEMPTS_IN_WORKER_MAX = 2
    for _ in range(2):
        AttemptFactory(agent=agent, state=Attempt.State.TRANSCRIBING)
    failed = attempt_with_recording(agent, state=Attempt.State.FAILED, failure_reason="Boom")
    with translation.override("en"):
        detail = reverse("scenarios:attempt_detail", kwargs={"pk": failed.pk})
        response = post_form(
            client_for(agent), reverse("scenarios:attempt_retry", kwargs={"pk": failed.pk}), page=detail, follow=True
        )
    assert "You already have 2 recordings waiting to be transcribed" in response.content.decode()
    failed.refresh_from_db()
    assert failed.state == Attempt.State.FAILED
