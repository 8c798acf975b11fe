"""Access rules of every social practice URL that points at one object (see tests/url_objects.py)."""

from scenarios.models import Attempt
from scenarios.social.services.practice import social_attempt_start, social_reply
from tests.scenarios.social.factories import SocialScenarioFactory
from tests.scenarios.url_objects import scored
from tests.url_objects import EVERYONE_SIGNED_IN, OWNER_ONLY, PRACTICE, UNSUBMITTED, register


def practice(owner, *, replied: bool = False) -> Attempt:
    attempt = social_attempt_start(agent=owner, scenario=SocialScenarioFactory())
    if replied:
        social_reply(
            attempt=attempt, text="Hi Sarah, sorry about this! DM us please. ^AB", visibility="public", key=None
        )
    return attempt


@register("social:scenario_detail", allowed=EVERYONE_SIGNED_IN)
def scenario(owner) -> dict:
    return {"pk": SocialScenarioFactory().pk}


@register("social:attempt_start", method="post", allowed=EVERYONE_SIGNED_IN)
def attempt_start(owner) -> dict:
    return {"pk": SocialScenarioFactory().pk}


@register("social:attempt_detail", states=PRACTICE)
def attempt_detail(owner, state: str) -> dict:
    return {"pk": scored(practice(owner, replied=True), state).pk}


@register("social:attempt_state", states=PRACTICE)
def attempt_state(owner, state: str) -> dict:
    return {"pk": scored(practice(owner), state).pk}


@register(
    "social:attempt_reply",
    method="post",
    allowed=OWNER_ONLY,
    states=(UNSUBMITTED,),
    data=lambda kwargs: {"text": "Hi Sarah, we're on it. ^AB", "visibility": "public"},
)
def attempt_reply(owner, state: str) -> dict:
    return {"pk": practice(owner).pk}


@register("social:attempt_finish", method="post", allowed=OWNER_ONLY, states=(UNSUBMITTED,))
def attempt_finish(owner, state: str) -> dict:
    return {"pk": practice(owner, replied=True).pk}


@register("social:attempt_retry", method="post", states=(UNSUBMITTED,))
def attempt_retry(owner, state: str) -> dict:
    attempt = practice(owner, replied=True)
    Attempt.objects.filter(pk=attempt.pk).update(
        state=Attempt.State.FAILED,
        failure_reason="Boom",
        transcript={"language": "en", "channel": "social", "segments": []},
    )
    return {"pk": attempt.pk}
