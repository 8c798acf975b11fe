"""Practice attempts made the way agents make them, cheaply and in numbers, for the scale tests:
a live role-play answered by typed replies (no Whisper; the customer's voice and the stereo call
are still made and stored), or a short uploaded stereo call (Whisper in the worker)."""

from __future__ import annotations

from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection

from feedback.reports.models import Scorecard
from scenarios.models import Attempt
from scenarios.services import attempts as services
from tests.factories import AgentFactory
from tests.scenarios.audio_corpus import stereo_call
from tests.scenarios.factories import ScenarioFactory

REPLY = (
    "Good morning, this is Laura from customer care, how can I help you? I'm sorry about the bill, "
    "I will refund the charge by Friday. Is there anything else I can help you with?"
)
SETTLED = (Attempt.State.READY, Attempt.State.FAILED, Attempt.State.REVIEW)


def typed_scenario():
    return ScenarioFactory(lines=["Hello, my bill is twice what I normally pay."])


def typed_attempts(count: int, *, per_agent: int = 3, scenario=None) -> list[Attempt]:
    """`count` live role-plays, each answered in one typed reply and so submitted (enqueued) at once."""
    scenario = scenario or typed_scenario()
    attempts = []
    while len(attempts) < count:
        agent = AgentFactory()
        for _ in range(min(per_agent, count - len(attempts))):
            attempt = services.attempt_start_guided(agent=agent, scenario=scenario)
            step = services.attempt_turn_record(attempt=attempt, index=0, text=REPLY)
            assert step.ended
            attempts.append(step.attempt)
    return attempts


def uploaded_call(directory: Path, agent=None) -> Attempt:
    """A 10-second stereo call uploaded by an agent, waiting for the worker's transcription."""
    call = stereo_call(
        directory / "call.wav",
        ["Good morning, my name is Laura, how can I help you today?"],
        ["Hello, I have a problem with my last bill, it is far too high."],
    )
    return services.attempt_upload(
        agent=agent or AgentFactory(),
        scenario=ScenarioFactory(),
        file=SimpleUploadedFile(call.name, call.read_bytes()),
        stereo_speakers="agent,customer",
    )


def states(attempts: list[Attempt]) -> dict[int, str]:
    connection.close_if_unusable_or_obsolete()
    return dict(Attempt.objects.filter(pk__in=[a.pk for a in attempts]).values_list("pk", "state"))


def all_settled(attempts: list[Attempt]) -> bool:
    return all(state in SETTLED for state in states(attempts).values())


def scorecards_per_attempt(attempts: list[Attempt]) -> dict[int, int]:
    """How many scorecards name each attempt (`… · #<pk>`): exactly one when it was scored once."""
    counts = {a.pk: 0 for a in attempts}
    for context in Scorecard.objects.values_list("context", flat=True):
        pk = int(context.rsplit("#", 1)[-1]) if "#" in context else None
        if pk in counts:
            counts[pk] += 1
    return counts
