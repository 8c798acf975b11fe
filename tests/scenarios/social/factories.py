"""Social scenarios (published under the scenario library of their language) and practices."""
from datetime import timedelta

import factory
from django.db.models import F

from scenarios.models import Attempt
from scenarios.social.models import SocialScenarioPage, SocialThread
from tests.scenarios.factories import ScenarioFactory

MESSAGES = [
    {"text": "Internet down AGAIN since this morning. Third time this month!", "visibility": "public"},
]


def customer_message(text: str, visibility: str = "public", delay: int = 0, after: str = "previous", follow_ups=()) -> tuple:
    """One block of a social script, as StreamField data."""
    return ("customer_message", {
        "text": text, "visibility": visibility, "delay_seconds": delay, "after": after,
        "follow_ups": [dict(follow) for follow in follow_ups],
    })


def follow_up(when: str, text: str, visibility: str = "public", delay: int = 0) -> dict:
    return {"when": when, "text": text, "visibility": visibility, "delay_seconds": delay}


class SocialScenarioFactory(ScenarioFactory):
    """`SocialScenarioFactory(messages=[customer_message(...), ...])`; by default one public complaint."""

    class Meta:
        model = SocialScenarioPage

    title = factory.Sequence(lambda n: f"Outage on social {n}")
    slug = factory.Sequence(lambda n: f"social-outage-{n}")
    customer_name = "Sarah Miller"
    requires_verification = False
    brand_name = "Telco UK"
    customer_handle = "@sarahm"
    thread = factory.LazyAttribute(lambda page: page.messages)

    class Params:
        lines = []
        messages = [customer_message(**m) for m in MESSAGES]


def practice_rewind(attempt: Attempt, seconds: float) -> Attempt:
    """Let `seconds` pass in a practice (its clock is its start, moved back); the attempt, read again."""
    SocialThread.objects.filter(attempt=attempt).update(started_at=F("started_at") - timedelta(seconds=seconds))
    return Attempt.objects.get(pk=attempt.pk)
