"""The review queue, report lists, an agent's progress and the team pages cost a fixed number
of queries whatever the number of agents and reports, and long lists come a page at a time."""

import re

import pytest

from feedback.reports.models import Scorecard
from feedback.reports.progress import TREND_POINTS, agent_progress
from tests.factories import SupervisorFactory, TeamFactory, agents_bulk
from tests.feedback.reports.factories import scorecards_bulk
from tests.query_counts import assert_queries_flat
from tests.scenarios.factories import ScenarioFactory

pytestmark = pytest.mark.django_db

ALL_SUBMITTED = {"submitted_every": 1, "reviewed_every": None}


@pytest.fixture
def team(supervisor, agent):
    return agent.teams.get()


def grow(team, agents: int, reports_each: int = 2) -> list[Scorecard]:
    return scorecards_bulk(agents_bulk(agents, team=team), reports_each, **ALL_SUBMITTED)


def report_links(html: str) -> set[str]:
    return set(re.findall(r'href="/en/reports/(\d+)/"', html))


@pytest.mark.parametrize("viewer", ["supervisor", "trainer"])
def test_the_review_queue_costs_the_same_with_three_times_the_reports(client_for, request, team, viewer):
    grow(team, 2)
    html = assert_queries_flat(client_for(request.getfixturevalue(viewer)), "/en/reports/queue/", lambda: grow(team, 4))
    assert len(report_links(html)) == 12


def test_the_review_queue_shows_a_page_of_reports_oldest_first(client_for, supervisor, team):
    reports = grow(team, 15)
    client = client_for(supervisor)
    first, second = (client.get(f"/en/reports/queue/?page={number}").content.decode() for number in (1, 2))
    waiting = [str(s.pk) for s in sorted(reports, key=lambda s: (s.submitted_at, s.pk))]
    assert len(report_links(first)) == 25 and report_links(second) == set(waiting[25:])
    assert 'href="?page=2"' in first and "26–30 of 30" in second


def test_an_agents_own_reports_cost_the_same_with_three_times_as_many_and_come_by_pages(client_for, agent):
    scorecards_bulk([agent], 4)
    client = client_for(agent)
    assert len(report_links(assert_queries_flat(client, "/en/reports/", lambda: scorecards_bulk([agent], 8)))) == 12
    scorecards_bulk([agent], 18)
    assert len(report_links(client.get("/en/reports/").content.decode())) == 25
    assert len(report_links(client.get("/en/reports/?page=2").content.decode())) == 5


def test_an_agents_progress_costs_the_same_with_three_times_the_reports(client_for, supervisor, agent):
    scorecards_bulk([agent], 4)
    path = f"/en/reports/progress/{agent.pk}/"
    html = assert_queries_flat(client_for(supervisor), path, lambda: scorecards_bulk([agent], 8))
    assert "6 submitted reports" in html


def test_the_trend_chart_draws_the_latest_reports_and_the_rates_count_them_all(agent):
    scorecards_bulk([agent], TREND_POINTS + 10)
    progress = agent_progress(Scorecard.objects.filter(agent=agent), "en")
    assert progress["count"] == TREND_POINTS + 10 and len(progress["trend"]) == TREND_POINTS
    assert max(rate.counted for rate in progress["rates"]) == TREND_POINTS + 10


def test_team_coaching_costs_the_same_for_a_team_three_times_larger(client_for, supervisor, team):
    ScenarioFactory(language="en")
    grow(team, 2)
    html = assert_queries_flat(client_for(supervisor), f"/en/reports/teams/{team.pk}/", lambda: grow(team, 4))
    assert "From 12 submitted reports." in html
    assert len(re.findall(r'href="/en/reports/progress/\d+/"', html)) == 6


def test_team_coaching_lists_a_page_of_agents(client_for, supervisor, team):
    grow(team, 30, reports_each=1)
    client = client_for(supervisor)
    path = f"/en/reports/teams/{team.pk}/"
    assert len(re.findall(r'href="/en/reports/progress/\d+/"', client.get(path).content.decode())) == 25
    second = client.get(f"{path}?page=2").content.decode()
    assert len(re.findall(r'href="/en/reports/progress/\d+/"', second)) == 5 and "From 30 submitted reports." in second


def test_a_trainers_list_of_teams_costs_the_same_with_three_times_the_teams(client_for, trainer):
    def teams(count):
        for _ in range(count):
            TeamFactory(supervisors=[SupervisorFactory()])

    teams(2)
    html = assert_queries_flat(client_for(trainer), "/en/reports/teams/", lambda: teams(4))
    assert len(re.findall(r'href="/en/reports/teams/\d+/"', html)) == 6
