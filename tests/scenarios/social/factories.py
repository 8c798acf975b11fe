"""Social scenarios (published under the scenario library of their language) and practices."""

from datetime import timedelta

import factory
from django.db.models import F

from scenarios.models import Attempt
from scenarios.social.blocks import customer_message
from scenarios.social.models import SocialScenarioPage, SocialThread
from tests.scenarios.factories import ScenarioFactory

MESSAGES = [
    {"text": "Internet down AGAIN since this morning. Third time this month!", "visibility": "public"},
]


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
