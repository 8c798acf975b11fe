"""The demo social scenarios load in both languages, twice without duplicates, and can be practised."""

import pytest

from scenarios.social.demo import demo_social_scenarios_load
from scenarios.social.models import SocialScenarioPage
from scenarios.social.services.practice import social_attempt_start
from tests.scenarios.factories import scenario_index

pytestmark = pytest.mark.django_db


def test_demo_social_scenarios_load_idempotently_in_both_languages(agent):
    for language in ("it", "en"):
        scenario_index(language)
    first = demo_social_scenarios_load()
    second = demo_social_scenarios_load()

    assert len(first) == len(second) == SocialScenarioPage.objects.count() == 8
    assert sorted(SocialScenarioPage.objects.values_list("language", flat=True)) == ["en"] * 4 + ["it"] * 4
    assert all(page.live and page.channel == "social" for page in SocialScenarioPage.objects.all())
    for page in second:
        assert social_attempt_start(agent=agent, scenario=page).social_messages.exists()
