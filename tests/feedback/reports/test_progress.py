"""Progress: an agent's trend, and a team's coaching opportunities from submitted reports only."""

import pytest
from django.urls import reverse
from django.utils import translation

from feedback.reports import hooks, services
from feedback.reports.models import Scorecard
from feedback.reports.progress import agent_progress, team_coaching
from tests.feedback.reports.factories import ScorecardFactory

pytestmark = pytest.mark.django_db


def test_an_agents_trend_and_pass_rate_per_criterion(agent, supervisor):
    first = ScorecardFactory(agent=agent)
    second = ScorecardFactory(agent=agent, submitted=True)
    services.scorecard_override_criterion(
        scorecard=second, user=supervisor, criterion="ownership", result="pass", reason="ok"
    )
    progress = agent_progress(Scorecard.objects.filter(agent=agent), "en")
    assert [score for _, score, _ in progress["trend"]] == [first.score, Scorecard.objects.get(pk=second.pk).score]
    ownership = next(rate for rate in progress["rates"] if rate.key == "ownership")
    assert (ownership.passed, ownership.failed, ownership.pass_rate) == (1, 1, 50)


def test_team_coaching_counts_only_submitted_reports_and_links_practice(agent, supervisor, monkeypatch):
    monkeypatch.setattr(
        hooks,
        "practice_link_providers",
        [
            lambda keys, language: (
                {"ownership": [("Billing dispute", "/en/practice/billing/")]} if "ownership" in keys else {}
            )
        ],
    )
    ScorecardFactory(agent=agent)  # practice the agent kept private
    services.scorecard_submit(scorecard=ScorecardFactory(agent=agent), user=agent)
    coaching = team_coaching(agent.teams.get(), "en", viewer=supervisor)
    assert coaching["submitted"] == 1
    ownership = next(rate for rate in coaching["most_failed"] if rate.key == "ownership")
    assert (ownership.failed, ownership.counted) == (1, 1)
    assert ownership.practice == [("Billing dispute", "/en/practice/billing/")]
    [row] = coaching["needs"]
    assert row["agent"] == agent and "ownership" in {rate.key for rate in row["criteria"]}


def test_a_supervisor_sees_only_what_the_agent_submitted(agent, supervisor, client_for):
    ScorecardFactory(agent=agent, title="Kept private")
    services.scorecard_submit(scorecard=ScorecardFactory(agent=agent, title="Submitted one"), user=agent)
    with translation.override("en"):
        path = reverse("reports:agent_progress", kwargs={"agent_id": agent.pk})
    assert "2 reports" in client_for(agent).get(path).content.decode()
    assert "1 submitted report" in client_for(supervisor).get(path).content.decode()


def test_team_pages_are_for_supervisors_and_trainers(agent, supervisor, trainer, client_for):
    team = agent.teams.get()
    with translation.override("en"):
        path = reverse("reports:team_progress", kwargs={"pk": team.pk})
    assert client_for(agent).get(path).status_code == 404
    for viewer in (supervisor, trainer):
        assert client_for(viewer).get(path).status_code == 200
