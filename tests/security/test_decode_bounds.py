"""Finding 3 of issue 18: a decompression bomb must not hold a web worker.

A few megabytes of FLAC silence decode to hours, and the header may claim seconds.
Every decode stops at the length it was given, whatever the header says; the web
request reads only the headers and a short prefix, and the worker's decode, bounded by
the length limit, fails the attempt with the reason.
"""

import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from scenarios.models import Attempt
from scenarios.services.pipeline import attempt_process
from tests.scenarios.browsing import post_form
from tests.scenarios.factories import ScenarioFactory
from tests.security.audio_files import lying_flac
from tests.transcription.conftest import silence
from transcription.audio import decode_audio, is_silent, probe_audio
from transcription.errors import AudioError

REAL_SECONDS = 600  # ten minutes of silence...
DECLARED_SECONDS = 10  # ...announced as ten seconds


@pytest.fixture(scope="module")
def bomb(tmp_path_factory):
    return lying_flac(
        tmp_path_factory.mktemp("bomb") / "call.flac", real_seconds=REAL_SECONDS, declared_seconds=DECLARED_SECONDS
    )


def test_the_silence_check_reads_no_more_audio_than_it_is_given(bomb):
    started = time.perf_counter()
    assert is_silent(bomb, max_seconds=5) is None  # silent so far, and more follows
    assert time.perf_counter() - started < 0.5


def test_a_short_silent_recording_is_still_found_silent_within_the_bound(tmp_path):
    assert is_silent(silence(tmp_path / "quiet.wav", 3), max_seconds=5) is True


def test_the_decode_for_whisper_stops_at_the_limit_though_the_header_announces_less(bomb):
    assert probe_audio(bomb, max_seconds=60).duration_s == DECLARED_SECONDS  # the header passes
    started = time.perf_counter()
    with pytest.raises(AudioError, match="goes on past the limit of 1 min"):
        decode_audio(bomb, max_seconds=60)
    assert time.perf_counter() - started < 2


@pytest.mark.django_db
def test_an_uploaded_bomb_leaves_the_request_at_once_and_fails_in_the_worker_with_the_reason(
    bomb, agent, client_for, settings
):
    settings.MAX_RECORDING_SECONDS = 60
    scenario = ScenarioFactory()
    client = client_for(agent)
    page = reverse("scenarios:scenario_detail", kwargs={"pk": scenario.pk})

    started = time.perf_counter()
    response = post_form(
        client,
        reverse("scenarios:attempt_upload", kwargs={"pk": scenario.pk}),
        {"recording": SimpleUploadedFile("call.flac", bomb.read_bytes()), "stereo_speakers": "mono"},
        page=page,
    )
    elapsed = time.perf_counter() - started

    assert response.status_code == 302, response.content.decode()[:500]
    assert elapsed < 2, f"the request took {elapsed:.1f} s"
    attempt = Attempt.objects.get(agent=agent)
    attempt_process(attempt_id=attempt.pk, token=str(attempt.job_token))
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.FAILED
    assert attempt.tries == 0  # refused for good, not retried as if transient
    assert "goes on past the limit of 1 min" in attempt.failure_reason
