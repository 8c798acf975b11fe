"""Trainers author social scenarios in the Wagtail admin, under a scenario library."""

import pytest
from django.urls import reverse

from tests.scenarios.factories import scenario_index
from tests.scenarios.social.factories import SocialScenarioFactory

pytestmark = pytest.mark.django_db


def test_a_trainer_can_add_a_social_scenario_to_a_library(client_for, trainer):
    library = scenario_index("it")
    response = client_for(trainer).get(
        reverse("wagtailadmin_pages:add", args=("social", "socialscenariopage", library.pk))
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="brand_name"' in html and 'name="customer_handle"' in html and "thread" in html


def test_the_published_page_links_to_the_inbox(client_for, agent):
    scenario = SocialScenarioFactory()
    response = client_for(agent).get(scenario.url)
    assert response.status_code == 200
    assert reverse("social:scenario_detail", kwargs={"pk": scenario.pk}) in response.content.decode()
