"""Reads of social scenarios and practices. Attempts are read through the practice app's
`attempt_get_for_user`, so the one visibility rule of practice applies."""

from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from scenarios.models import Attempt
from scenarios.selectors import attempt_get_for_user, attempts_of_agent

from .models import SOCIAL_KIND, SocialScenarioPage


def social_scenarios_live(*, language: str | None = None) -> QuerySet[SocialScenarioPage]:
    scenarios = SocialScenarioPage.objects.live().public().order_by("difficulty", "title")
    return scenarios.filter(language=language) if language else scenarios


def social_scenario_get_live(*, pk: int) -> SocialScenarioPage:
    scenario = social_scenarios_live().filter(pk=pk).first()
    if scenario is None:
        raise Http404
    return scenario


def social_attempt_get_for_user(*, user, pk: int) -> Attempt:
    """A social practice `user` may see (404 otherwise, and for attempts of another kind)."""
    attempt = attempt_get_for_user(user=user, pk=pk)
    if attempt.kind != SOCIAL_KIND:
        raise Http404
    return attempt


def social_attempts_of_agent(*, agent, scenario: SocialScenarioPage) -> QuerySet[Attempt]:
    return attempts_of_agent(agent=agent, scenario=scenario).filter(kind=SOCIAL_KIND)


def social_practice_open(*, agent, scenario: SocialScenarioPage) -> Attempt | None:
    """The agent's practice of `scenario` that still takes replies, to resume rather than start over."""
    now = timezone.now()
    recording = social_attempts_of_agent(agent=agent, scenario=scenario).filter(state=Attempt.State.RECORDING)
    for attempt in recording.select_related("social_thread")[:5]:
        thread = attempt.social_thread
        if (now - thread.started_at).total_seconds() < thread.time_limit_s:
            return attempt
    return None
