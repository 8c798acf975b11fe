"""Practice calls end to end through real Whisper (tasks run inline): a live role-play and
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


def _live_call(agent, tmp_path, capture, replies=AGENT):
    """A live role-play over a linear script, the agent replying aloud to every line."""
    scenario = ScenarioFactory(lines=CUSTOMER + ["Thank you, goodbye."])
    attempt = services.attempt_start_guided(agent=agent, scenario=scenario)
    steps = []
    for index, line in enumerate(replies):
        with capture(execute=True):
            steps.append(
                services.attempt_turn_record(
                    attempt=attempt, index=index, file=upload_file(spoken_wav(tmp_path / f"turn{index}.wav", line))
                )
            )
    attempt.refresh_from_db()
    return attempt, steps


def test_a_live_role_play_is_transcribed_reply_by_reply_and_scored_when_the_call_ends(
    agent, tmp_path, django_capture_on_commit_callbacks
):
    attempt, steps = _live_call(agent, tmp_path, django_capture_on_commit_callbacks)
    assert all(step.heard for step in steps), "each reply is transcribed as soon as it arrives"
    assert [step.line.say if step.line else None for step in steps] == [CUSTOMER[1], "Thank you, goodbye.", None]
    assert steps[-1].ended and "empathy:pass" in steps[1].decided
    assert attempt.state == Attempt.State.READY, attempt.failure_reason
    speakers = [segment["speaker"] for segment in attempt.transcript["segments"]]
    assert speakers == ["customer", "agent", "customer", "agent", "customer", "agent"]
    assert attempt.transcript["segments"][0]["text"] == CUSTOMER[0]
    assert "refund" in attempt.transcript["segments"][5]["text"].lower()
    assert attempt.scorecard.agent == agent
    assert attempt.scorecard.transcript == attempt.transcript
    assert attempt.scorecard.result["criteria"]


def test_a_live_role_play_keeps_one_call_recording_on_the_transcripts_clock(
    agent, tmp_path, django_capture_on_commit_callbacks
):
    attempt, _ = _live_call(agent, tmp_path, django_capture_on_commit_callbacks)
    assert attempt.state == Attempt.State.READY, attempt.failure_reason
    assert attempt.recording.name.endswith(".flac")
    agent_track, customer_track = decode_audio(attempt.recording.path).channels
    assert len(agent_track) / SAMPLE_RATE == pytest.approx(attempt.transcript["duration"], abs=0.05)
    for segment in attempt.transcript["segments"]:
        start, end = (int(segment[key] * SAMPLE_RATE) for key in ("start", "end"))
        # The lines without a trainer's clip are spoken by the server's voice, on the customer's channel.
        track = agent_track if segment["speaker"] == "agent" else customer_track
        other = customer_track if segment["speaker"] == "agent" else agent_track
        assert np.abs(track[start:end]).max(initial=0) > 0.05, segment
        assert np.abs(other[start:end]).max(initial=0) < 0.05, segment


def test_an_uploaded_stereo_call_is_scored_once_however_often_its_job_runs(
    agent, stereo_wav, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        attempt = services.attempt_upload(
            agent=agent, scenario=ScenarioFactory(), file=upload_file(stereo_wav), stereo_speakers="agent,customer"
        )
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


def test_a_mono_call_waits_for_its_speakers_to_be_checked_then_is_scored(
    agent, stereo_wav, tmp_path, django_capture_on_commit_callbacks
):
    import subprocess

    mono = tmp_path / "mono.wav"
    subprocess.run(["sox", str(stereo_wav), "-c", "1", str(mono)], check=True)
    with django_capture_on_commit_callbacks(execute=True):
        attempt = services.attempt_upload(
            agent=agent, scenario=ScenarioFactory(), file=upload_file(mono), stereo_speakers="agent,customer"
        )
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
