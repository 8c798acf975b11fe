"""The demo phone scenarios load in both languages, twice without duplicates, sit on the
demo courses' pages and on the Practice page of their language."""

from dataclasses import replace

import pytest
from django.urls import reverse
from django.utils import translation

from academy.courses.demo.load import demo_courses_load
from scenarios.demo import ROLEPLAYS, ROLEPLAYS_DIR, demo_scenarios_load
from scenarios.models import ScenarioPage
from scenarios.roleplay.scenario import Reaction, scenario_read
from scenarios.services.scripts import page_scenario
from tests.scenarios.factories import ScenarioFactory

pytestmark = pytest.mark.django_db


def test_demo_scenarios_load_idempotently_with_spoken_customer_lines(agent):
    first = demo_scenarios_load()
    second = demo_scenarios_load()
    assert len(first) == len(second) == ScenarioPage.objects.count() == 10
    assert sorted(ScenarioPage.objects.values_list("language", flat=True)) == ["en"] * 5 + ["it"] * 5
    for page in ScenarioPage.objects.all():
        assert page.live and page.channel == "phone"
        assert all(turn["audio"] is not None for turn in page.customer_turns), "espeak-ng voices every line"


def test_four_demo_scenarios_per_language_branch_and_play_as_their_files_say(agent):
    demo_scenarios_load()
    for language, slugs in ROLEPLAYS.items():
        for slug in slugs:
            page = ScenarioPage.objects.get(slug=slug)
            played = page_scenario(page)
            assert played.language == language
            # The file's vocabulary lands in the page's field (speech recognition's context) and plays
            # back from it; without a patience of its own, the customer's is the difficulty's.
            assert played == replace(
                scenario_read(ROLEPLAYS_DIR / f"{slug}.json"), lines=played.lines, patience=played.patience
            )
            assert played.patience == (page.patience or {1: None, 2: 3, 3: 2}[page.difficulty])
            assert [line.next for line in played.lines] == [
                line.next for line in scenario_read(ROLEPLAYS_DIR / f"{slug}.json").lines
            ]
            assert any(len(line.next) > 1 for line in played.lines), "reactions branch the call"
    linear = page_scenario(ScenarioPage.objects.get(slug="cancellation"))
    assert [line.next for line in linear.lines] == [(Reaction("2"),), (Reaction("3"),), (Reaction("4"),), ()]


def test_a_course_page_lists_its_scenarios(agent, client_for):
    demo_courses_load()
    demo_scenarios_load()
    scenario = ScenarioPage.objects.get(slug="outage-callback")
    course = scenario.course_links.get().course
    assert course.slug == "certain-times-and-holds"

    response = client_for(agent).get(course.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert scenario.title in html
    assert reverse("scenarios:scenario_detail", kwargs={"pk": scenario.pk}) in html


def test_the_practice_page_lists_the_scenarios_of_the_chosen_language(agent, client_for):
    demo_scenarios_load()
    client = client_for(agent)
    with translation.override("en"):
        url = reverse("scenarios:practice")
    english = client.get(url).content.decode()
    assert "Billing error" in english and "Bolletta errata" not in english
    everything = client.get(url, {"language": "all"}).content.decode()
    assert "Billing error" in everything and "Bolletta errata" in everything


def test_scenarios_of_another_page_type_link_to_their_own_practice_views(agent, client_for):
    from tests.scenarios.social.factories import SocialScenarioFactory

    social = SocialScenarioFactory(language="en")
    phone = ScenarioFactory(language="en")
    client = client_for(agent)
    with translation.override("en"):
        listing = client.get(reverse("scenarios:practice")).content.decode()
        assert reverse("social:scenario_detail", kwargs={"pk": social.pk}) in listing
        assert reverse("scenarios:scenario_detail", kwargs={"pk": phone.pk}) in listing
        response = client.get(reverse("scenarios:scenario_detail", kwargs={"pk": social.pk}))
        assert response.status_code == 302
        assert response["Location"] == social.practice_url
