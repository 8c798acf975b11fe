"""The home page suggests an agent's next practice and shows trainers the scenarios they author."""

import pytest
from django.urls import reverse
from django.utils import translation

from scenarios.models import Attempt
from tests.feedback.reports.factories import ScorecardFactory
from tests.scenarios.factories import AttemptFactory, ScenarioFactory

pytestmark = pytest.mark.django_db


def home(client) -> str:
    with translation.override("en"):
        return client.get(reverse("home")).content.decode()


def test_an_agent_is_suggested_the_easiest_scenario_not_tried_yet(agent, client_for):
    tried = ScenarioFactory(title="Tried already", difficulty=1)
    ScenarioFactory(title="Still new", difficulty=2)
    ScenarioFactory(title="Italian one", language="it", difficulty=1)
    AttemptFactory(agent=agent, scenario=tried, state=Attempt.State.READY)
    page = home(client_for(agent))
    assert "Suggested next:" in page and "Still new" in page and "Italian one" not in page


def test_once_everything_is_tried_the_worst_scored_scenario_comes_back(agent, client_for):
    good, bad = ScenarioFactory(title="Went well"), ScenarioFactory(title="Went badly")
    for scenario, score in ((good, 95.0), (bad, 40.0)):
        scorecard = ScorecardFactory(agent=agent)
        scorecard.score = score
        scorecard.save(update_fields=["score"])
        AttemptFactory(agent=agent, scenario=scenario, state=Attempt.State.READY, scorecard=scorecard)
    page = home(client_for(agent))
    assert "Went badly" in page[page.index("Suggested next:") :]


def test_a_trainer_sees_the_scenarios_edited_last_with_links_to_edit_them(trainer, client_for):
    scenario = ScenarioFactory(title="Refund promise")
    page = home(client_for(trainer))
    assert "Refund promise" in page and reverse("wagtailadmin_pages:edit", args=[scenario.pk]) in page
