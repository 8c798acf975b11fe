"""Practice calls end to end through real Whisper (tasks run inline): a guided role-play and
an uploaded stereo call become scored attempts linked to their scorecards; a mono call waits
for its speakers to be checked; running a job again duplicates nothing."""
from pathlib import Path

import numpy as np
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from feedback.reports.models import Scorecard
from scenarios.models import Attempt
from scenarios.services import attempts as services
from scenarios.tasks import attempt_process
from tests.scenarios.audio_corpus import spoken_wav, stereo_call
from tests.scenarios.factories import ScenarioFactory
from transcription.audio import SAMPLE_RATE, decode_audio

pytestmark = [pytest.mark.whisper, pytest.mark.django_db]

AGENT = [
    "Good morning, my name is Laura, how can I help you?",
    "I'm sorry to hear that, Mrs Miller. Can you confirm your account number please?",
    "Thank you. I will refund the extra charge within three days. Is there anything else I can help you with?",
]
CUSTOMER = ["Hello, my bill is twice what I normally pay.", "Yes, it is four five eight two one seven."]


def upload_file(path: Path) -> SimpleUploadedFile:
    return SimpleUploadedFile(path.name, path.read_bytes())


@pytest.fixture(scope="module")
def stereo_wav(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("call")
    return stereo_call(directory / "call.wav", AGENT, CUSTOMER)


def test_a_guided_role_play_is_transcribed_turn_by_turn_and_scored(agent, tmp_path, django_capture_on_commit_callbacks):
    scenario = ScenarioFactory(lines=CUSTOMER)
    attempt = services.attempt_start_guided(agent=agent, scenario=scenario)
    for index, line in enumerate(AGENT):
        clip = spoken_wav(tmp_path / f"turn{index}.wav", line)
        with django_capture_on_commit_callbacks(execute=True):
            turn = services.attempt_turn_record(attempt=attempt, index=index, file=upload_file(clip))
        turn.refresh_from_db()
        assert turn.segments, "each turn is transcribed as soon as it is recorded"
    with django_capture_on_commit_callbacks(execute=True):
        services.attempt_submit(attempt=attempt)

    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.READY, attempt.failure_reason
    speakers = [segment["speaker"] for segment in attempt.transcript["segments"]]
    assert speakers == ["agent", "customer", "agent", "customer", "agent"]
    assert attempt.transcript["segments"][1]["text"] == CUSTOMER[0]
    assert "refund" in attempt.transcript["segments"][4]["text"].lower()
    assert attempt.scorecard.agent == agent
    assert attempt.scorecard.transcript == attempt.transcript
    assert attempt.scorecard.result["criteria"]


def test_a_guided_role_play_keeps_one_call_recording_on_the_transcripts_clock(agent, tmp_path, django_capture_on_commit_callbacks):
    scenario = ScenarioFactory(lines=CUSTOMER)  # the script's lines have no audio: the customer channel stays silent
    attempt = services.attempt_start_guided(agent=agent, scenario=scenario)
    for index, line in enumerate(AGENT):
        with django_capture_on_commit_callbacks(execute=True):
            services.attempt_turn_record(attempt=attempt, index=index, file=upload_file(spoken_wav(tmp_path / f"t{index}.wav", line)))
    with django_capture_on_commit_callbacks(execute=True):
        services.attempt_submit(attempt=attempt)

    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.READY, attempt.failure_reason
    assert attempt.recording.name.endswith(".flac")
    agent_track, customer_track = decode_audio(attempt.recording.path).channels
    assert len(agent_track) / SAMPLE_RATE == pytest.approx(attempt.transcript["duration"], abs=0.05)
    assert not customer_track.any()
    for segment in attempt.transcript["segments"]:
        start, end = (int(segment[key] * SAMPLE_RATE) for key in ("start", "end"))
        heard = np.abs(agent_track[start:end]).max(initial=0)
        assert (heard > 0.05) == (segment["speaker"] == "agent"), segment


def test_an_uploaded_stereo_call_is_scored_once_however_often_its_job_runs(agent, stereo_wav, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        attempt = services.attempt_upload(agent=agent, scenario=ScenarioFactory(), file=upload_file(stereo_wav),
                                          stereo_speakers="agent,customer")
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.READY, attempt.failure_reason
    assert attempt.transcribed_share == 1.0
    assert attempt.speaker_attribution == Attempt.Attribution.EXACT
    by_speaker = {s["speaker"] for s in attempt.transcript["segments"]}
    assert by_speaker == {"agent", "customer"}
    first_agent = next(s for s in attempt.transcript["segments"] if s["speaker"] == "agent")
    assert "laura" in first_agent["text"].lower()

    attempt_process.enqueue(attempt.pk, str(attempt.job_token))
    assert Scorecard.objects.filter(agent=agent).count() == 1


def test_a_mono_call_waits_for_its_speakers_to_be_checked_then_is_scored(agent, stereo_wav, tmp_path, django_capture_on_commit_callbacks):
    import subprocess

    mono = tmp_path / "mono.wav"
    subprocess.run(["sox", str(stereo_wav), "-c", "1", str(mono)], check=True)
    with django_capture_on_commit_callbacks(execute=True):
        attempt = services.attempt_upload(agent=agent, scenario=ScenarioFactory(), file=upload_file(mono),
                                          stereo_speakers="agent,customer")
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.REVIEW, attempt.failure_reason
    assert attempt.transcript["speaker_attribution"] == "estimated"
    before = [s["speaker"] for s in attempt.transcript["segments"]]

    services.attempt_speakers_swap(attempt=attempt)
    assert [s["speaker"] for s in attempt.transcript["segments"]] == [
        "customer" if who == "agent" else "agent" for who in before
    ]
    with django_capture_on_commit_callbacks(execute=True):
        services.attempt_speakers_confirm(attempt=attempt)
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.READY
    assert attempt.scorecard.transcript["segments"][0]["speaker"] == attempt.transcript["segments"][0]["speaker"]
