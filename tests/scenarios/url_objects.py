"""Access rules of every practice URL that points at one object (see tests/url_objects.py).

An attempt is built in each state it can be in: scored, with its report submitted for
review or not, or still on its way (a live call, failed, speakers to check: not submitted)."""

import functools
import tempfile
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile

from scenarios.models import Attempt, AttemptTurn
from scenarios.services.attempts import attempt_start_guided
from tests.feedback.reports.url_objects import report
from tests.scenarios.audio_corpus import spoken_wav
from tests.scenarios.factories import AttemptFactory, ScenarioFactory
from tests.url_objects import EVERYONE_SIGNED_IN, OWNER_ONLY, PRACTICE, UNSUBMITTED, register


@functools.cache
def hello_wav() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        return spoken_wav(Path(tmp) / "hello.wav", "Good morning, this is Laura.").read_bytes()


def wav_upload(name: str = "call.wav") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, hello_wav(), content_type="audio/wav")


def attempt_with_recording(owner, **fields) -> Attempt:
    attempt = AttemptFactory(agent=owner, **fields)
    attempt.recording.save("call.wav", ContentFile(hello_wav()), save=True)
    return attempt


def guided_attempt(owner, language: str = "en") -> Attempt:
    """A live role-play just started: the customer has said the first line."""
    return attempt_start_guided(agent=owner, scenario=ScenarioFactory(language=language))


def scored(attempt: Attempt, state: str) -> Attempt:
    """`attempt` scored into a report its agent submitted for review, or kept to themself."""
    attempt.scorecard = report(attempt.agent, state)
    attempt.state = Attempt.State.READY
    attempt.save(update_fields=["scorecard", "state"])
    return attempt


@register("scenarios:scenario_detail", allowed=EVERYONE_SIGNED_IN)
def scenario(owner) -> dict:
    return {"pk": ScenarioFactory().pk}


@register("scenarios:attempt_start", method="post", allowed=EVERYONE_SIGNED_IN)
def attempt_start(owner) -> dict:
    return {"pk": ScenarioFactory().pk}


@register(
    "scenarios:attempt_upload",
    method="post",
    allowed=EVERYONE_SIGNED_IN,
    data=lambda kwargs: {"recording": wav_upload(), "stereo_speakers": "mono"},
)
def attempt_upload(owner) -> dict:
    return {"pk": ScenarioFactory().pk}


@register("scenarios:attempt_detail", states=PRACTICE)
def attempt_detail(owner, state: str) -> dict:
    return {"pk": scored(attempt_with_recording(owner), state).pk}


@register("scenarios:attempt_status", states=PRACTICE)
def attempt_status(owner, state: str) -> dict:
    return {"pk": scored(AttemptFactory(agent=owner), state).pk}


@register("scenarios:attempt_recording", states=PRACTICE)
def attempt_recording(owner, state: str) -> dict:
    return {"pk": scored(attempt_with_recording(owner), state).pk}


@register("scenarios:call_state", allowed=OWNER_ONLY, states=(UNSUBMITTED,))
def call_state(owner, state: str) -> dict:
    return {"pk": guided_attempt(owner).pk}


@register(
    "scenarios:call_reply",
    method="post",
    allowed=OWNER_ONLY,
    states=(UNSUBMITTED,),
    data=lambda kwargs: {"turn": "0", "text": "Hello."},
)
def call_reply(owner, state: str) -> dict:
    return {"pk": guided_attempt(owner).pk}


@register("scenarios:call_line_audio", states=PRACTICE)
def call_line_audio(owner, state: str) -> dict:
    """A line of the call as the customer said it, kept on the attempt: it opens with the attempt."""
    return {"pk": scored(guided_attempt(owner), state).pk, "index": 0}


@register("scenarios:call_hint", allowed=OWNER_ONLY, states=(UNSUBMITTED,))
def call_hint(owner, state: str) -> dict:
    return {"pk": guided_attempt(owner).pk}


@register("scenarios:call_hang_up", method="post", allowed=OWNER_ONLY, states=(UNSUBMITTED,))
def call_hang_up(owner, state: str) -> dict:
    return {"pk": guided_attempt(owner).pk}


@register("scenarios:attempt_turn_recording", states=PRACTICE)
def attempt_turn_recording(owner, state: str) -> dict:
    attempt = scored(guided_attempt(owner), state)
    turn = AttemptTurn.objects.create(attempt=attempt, index=0, duration_s=1.5)
    turn.recording.save("turn-0.wav", ContentFile(hello_wav()), save=True)
    return {"pk": attempt.pk, "index": 0}


@register("scenarios:attempt_discard", method="post", allowed=OWNER_ONLY, states=(UNSUBMITTED,))
def attempt_discard(owner, state: str) -> dict:
    return {"pk": guided_attempt(owner).pk}


@register("scenarios:attempt_retry", method="post", states=(UNSUBMITTED,))
def attempt_retry(owner, state: str) -> dict:
    return {"pk": attempt_with_recording(owner, state=Attempt.State.FAILED, failure_reason="Boom").pk}


@register("scenarios:attempt_speakers", method="post", states=(UNSUBMITTED,), data=lambda kwargs: {"action": "swap"})
def attempt_speakers(owner, state: str) -> dict:
    transcript = {
        "language": "en",
        "channel": "phone",
        "speaker_attribution": "estimated",
        "segments": [
            {"speaker": "agent", "start": 0.0, "end": 1.0, "text": "Hello?"},
            {"speaker": "customer", "start": 1.5, "end": 3.0, "text": "Good morning, this is Laura."},
        ],
    }
    return {
        "pk": AttemptFactory(
            agent=owner,
            state=Attempt.State.REVIEW,
            transcript=transcript,
            speaker_attribution=Attempt.Attribution.ESTIMATED,
        ).pk
    }
