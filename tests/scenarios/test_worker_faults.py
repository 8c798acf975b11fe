"""A failing job is retried with a growing delay and then fails its attempt with the reason;
an attempt whose worker was killed mid-transcription is picked up again by the next worker."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from feedback.reports.models import Scorecard
from feedback.rubrics.models import Rubric
from scenarios.models import Attempt
from scenarios.services import attempts as services
from scenarios.services.pipeline import attempt_enqueue_processing, attempt_process
from tests.scenarios.audio_corpus import stereo_call
from tests.scenarios.factories import AttemptFactory, ScenarioFactory

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
TRANSCRIPT = {
    "language": "en",
    "channel": "phone",
    "segments": [
        {"speaker": "agent", "start": 0.0, "end": 2.0, "text": "Good morning, this is Laura, how can I help?"},
        {"speaker": "customer", "start": 2.5, "end": 4.0, "text": "My bill is wrong."},
    ],
}


@pytest.fixture
def scoring_always_raises(db):
    """A deployment that lost its rubrics: every scoring try raises."""
    Rubric.objects.all().delete()


@pytest.mark.django_db
def test_a_job_that_raises_is_retried_then_the_attempt_fails_with_the_reason(
    agent, scoring_always_raises, settings, django_capture_on_commit_callbacks
):
    settings.ATTEMPT_MAX_TRIES = 3
    attempt = AttemptFactory(agent=agent, state=Attempt.State.SCORING, transcript=TRANSCRIPT)
    with django_capture_on_commit_callbacks(execute=True):
        attempt_enqueue_processing(attempt=attempt)

    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.FAILED
    assert attempt.tries == 3
    assert attempt.failure_reason.startswith("Processing failed 3 times")
    assert "ValueError" in attempt.failure_reason and "rubric" in attempt.failure_reason
    assert not Scorecard.objects.exists()


@pytest.mark.django_db
def test_retries_wait_longer_each_time(agent, scoring_always_raises, settings, django_capture_on_commit_callbacks):
    settings.TASKS = DATABASE_TASKS
    settings.ATTEMPT_RETRY_BASE_SECONDS = 10
    attempt = AttemptFactory(agent=agent, state=Attempt.State.SCORING, transcript=TRANSCRIPT)
    delays = []
    for _ in range(2):
        token = str(attempt.job_token)
        started = timezone.now()
        with django_capture_on_commit_callbacks(execute=True):
            attempt_process(attempt_id=attempt.pk, token=token)
        attempt.refresh_from_db()
        queued = DBTaskResult.objects.filter(
            task_path="scenarios.tasks.attempt_process", args_kwargs__args=[attempt.pk, str(attempt.job_token)]
        ).get()
        delays.append((queued.run_after - started).total_seconds())
    assert attempt.state == Attempt.State.SCORING and attempt.tries == 2
    assert delays[0] == pytest.approx(10, abs=2)
    assert delays[1] == pytest.approx(20, abs=2)


@pytest.mark.django_db
def test_a_job_of_a_superseded_token_does_nothing(agent):
    attempt = AttemptFactory(agent=agent, state=Attempt.State.SCORING, transcript=TRANSCRIPT)
    assert attempt_process(attempt_id=attempt.pk, token="00000000-0000-0000-0000-000000000000") == "superseded"
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.SCORING and attempt.tries == 0


# --- A real worker process, killed mid-job.


def start_worker(database: str, log: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "academy.settings.base",
        "DATABASE_URL": f"sqlite:///{database}",
        "PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "TASKS_BACKEND": "database",
        "ATTEMPT_STALE_SECONDS": "4",
        "ATTEMPT_HEARTBEAT_SECONDS": "1",
        "ATTEMPT_RETRY_BASE_SECONDS": "1",
    }
    return subprocess.Popen(
        [sys.executable, "manage.py", "run_worker"],  # with the recovery sweep every ATTEMPT_STALE_SECONDS / 2
        cwd=settings.BASE_DIR,
        env=env,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
    )


def wait_for(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.mark.worker
@pytest.mark.whisper
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_attempt_left_transcribing_by_a_killed_worker_is_recovered(agent, tmp_path, settings):
    settings.TASKS = DATABASE_TASKS
    settings.ATTEMPT_STALE_SECONDS = 4
    call = stereo_call(
        tmp_path / "call.wav",
        ["Good morning, my name is Laura, how can I help you today?"],
        ["Hello, I have a problem with my last bill, it is far too high."],
    )
    attempt = services.attempt_upload(
        agent=agent,
        scenario=ScenarioFactory(),
        file=SimpleUploadedFile(call.name, call.read_bytes()),
        stereo_speakers="agent,customer",
    )
    database = settings.DATABASES["default"]["NAME"]

    first = start_worker(database, tmp_path / "worker-1.log")
    try:
        wait_for(
            lambda: Attempt.objects.filter(pk=attempt.pk, state="transcribing", heartbeat_at__isnull=False).exists(),
            120,
            "the first worker to start transcribing",
        )
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.TRANSCRIBING, "killed mid-job, the attempt is stuck"

    second = start_worker(database, tmp_path / "worker-2.log")
    try:
        wait_for(
            lambda: Attempt.objects.filter(pk=attempt.pk, state__in=["ready", "failed", "review"]).exists(),
            400,
            "the second worker to finish the attempt",
        )
    finally:
        second.kill()
        second.wait()
        print((tmp_path / "worker-2.log").read_text()[-3000:])
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.READY, attempt.failure_reason
    assert attempt.tries >= 1, "the killed run counts as a try"
    assert attempt.failure_reason == ""
    assert Scorecard.objects.filter(agent=agent).count() == 1
