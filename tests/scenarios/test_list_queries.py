"""The practice page and the scenario pages list attempts in a fixed number of queries whatever
the number of attempts and agents, a page at a time."""

import re

import pytest

from tests.factories import agents_bulk
from tests.feedback.reports.factories import scorecards_bulk
from tests.query_counts import assert_queries_flat
from tests.scenarios.factories import ScenarioFactory, attempts_bulk
from tests.scenarios.social.factories import SocialScenarioFactory

pytestmark = pytest.mark.django_db

PRACTICE = "/en/practice/"


@pytest.fixture
def scenario():
    return ScenarioFactory()


def practise(agents, scenario, count: int, *, submitted_every: int = 2, **kind):
    return attempts_bulk(scorecards_bulk(agents, count, submitted_every=submitted_every), scenario=scenario, **kind)


def shared(agents, scenario, count: int):
    """Attempts whose reports their agents all submitted: a supervisor may open each one."""
    return practise(agents, scenario, count, submitted_every=1)


def attempt_links(html: str) -> list[str]:
    return re.findall(r'href="/en/practice/(?:social/)?attempts/(\d+)/"', html)


def test_an_agents_practice_page_costs_the_same_with_three_times_the_attempts(client_for, agent, scenario):
    practise([agent], scenario, 3)
    html = assert_queries_flat(client_for(agent), PRACTICE, lambda: practise([agent], scenario, 6))
    assert len(attempt_links(html)) == 9


@pytest.mark.parametrize("viewer", ["supervisor", "trainer"])
def test_the_attempts_of_a_growing_team_cost_the_same_queries(client_for, request, supervisor, agent, scenario, viewer):
    team = agent.teams.get()
    shared(agents_bulk(2, team=team), scenario, 2)
    html = assert_queries_flat(
        client_for(request.getfixturevalue(viewer)), PRACTICE, lambda: shared(agents_bulk(4, team=team), scenario, 2)
    )
    assert len(attempt_links(html)) == 12


def test_own_and_team_attempts_have_their_own_pages(client_for, supervisor, agent, scenario):
    own = practise([supervisor], scenario, 27)
    theirs = shared([agent], scenario, 30)
    client = client_for(supervisor)
    first = client.get(f"{PRACTICE}?language=en").content.decode()
    assert len(attempt_links(first)) == 50
    assert 'href="?language=en&amp;page=2"' in first and 'href="?language=en&amp;team_page=2"' in first
    assert 'aria-label="Pages of Your attempts"' in first and 'aria-label="Pages of Attempts of your agents"' in first
    later = client.get(f"{PRACTICE}?language=en&page=2&team_page=2").content.decode()
    newest_first = [str(a.pk) for a in sorted(own, key=lambda a: (a.created_at, a.pk), reverse=True)]
    assert attempt_links(later)[:2] == newest_first[25:]
    assert len(attempt_links(later)) == 2 + 5 and not set(attempt_links(later)) & {str(a.pk) for a in theirs[5:]}


def test_a_scenarios_attempts_cost_the_same_with_three_times_as_many(client_for, agent, scenario):
    practise([agent], scenario, 3)
    path = f"/en/practice/scenarios/{scenario.pk}/"
    assert len(attempt_links(assert_queries_flat(client_for(agent), path, lambda: practise([agent], scenario, 6)))) == 9
    practise([agent], scenario, 20)
    assert len(attempt_links(client_for(agent).get(path).content.decode())) == 25


def test_a_social_scenarios_attempts_cost_the_same_with_three_times_as_many(client_for, agent):
    social = SocialScenarioFactory()
    practise([agent], social, 3, kind="social")
    path = f"/en/practice/social/scenarios/{social.pk}/"
    html = assert_queries_flat(client_for(agent), path, lambda: practise([agent], social, 6, kind="social"))
    assert len(attempt_links(html)) == 9
