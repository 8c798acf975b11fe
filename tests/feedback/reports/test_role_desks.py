"""Each role's home shows its work: a supervisor's reviews and disputes, an agent's coaching,
a trainer's rubrics; the review queue filters by agent, state and date and links to the dispute."""

from datetime import timedelta

import pytest
from django.utils import timezone

from feedback.reports import services
from feedback.reports.models import Scorecard
from tests.factories import AgentFactory, TeamFactory, agents_bulk
from tests.feedback.reports.factories import ScorecardFactory, phone_call, scorecards_bulk
from tests.feedback.reports.test_views import csrf_post, url
from tests.query_counts import assert_queries_flat

pytestmark = pytest.mark.django_db


def _disputed(agent, criterion: str = "ownership") -> Scorecard:
    scorecard = ScorecardFactory(agent=agent, submitted=True, transcript=phone_call("en"))
    services.dispute_create(scorecard=scorecard, user=agent, criterion=criterion, comment="I took the case.")
    return scorecard


def test_a_supervisors_home_counts_the_reports_to_review_and_the_open_disputes(agent, supervisor, client_for):
    ScorecardFactory(agent=agent, submitted=True)
    ScorecardFactory(agent=agent, submitted=True)
    _disputed(agent)
    ScorecardFactory(agent=agent)  # not submitted: the agent's own still
    page = client_for(supervisor).get(url("home")).content.decode()
    assert "Waiting for your review" in page
    assert '<span class="count">3</span> reports to review' in page
    assert '<span class="count">1</span> open dispute' in page
    assert url("reports:review_queue") + "?state=disputed" in page


def test_the_queue_filters_by_agent_state_and_date(agent, supervisor, client_for):
    colleague = AgentFactory(first_name="Zoe", last_name="Colleague")
    TeamFactory(agents=[colleague], supervisors=[supervisor])
    pending = ScorecardFactory(agent=agent, submitted=True, title="Pending one")
    disputed = _disputed(colleague)
    old = ScorecardFactory(agent=agent, submitted=True, title="Old one")
    Scorecard.objects.filter(pk=old.pk).update(submitted_at=timezone.now() - timedelta(days=30))
    client = client_for(supervisor)

    def titles(query: str) -> set[str]:
        page = client.get(url("reports:review_queue") + query).content.decode()
        return {card.title for card in (pending, disputed, old) if card.title in page}

    assert titles("") == {pending.title, disputed.title, old.title}
    assert titles(f"?agent={colleague.pk}") == {disputed.title}
    assert titles("?state=disputed") == {disputed.title}
    assert titles("?state=pending") == {pending.title, disputed.title, old.title}
    since = (timezone.localdate() - timedelta(days=7)).isoformat()
    assert titles(f"?since={since}") == {pending.title, disputed.title}
    assert titles(f"?until={since}") == {old.title}


def test_a_queue_row_links_to_the_disputed_criterion(agent, supervisor, client_for):
    scorecard = _disputed(agent, "closing")
    page = client_for(supervisor).get(url("reports:review_queue")).content.decode()
    assert f'href="{url("reports:scorecard_detail", pk=scorecard.pk)}#criterion-closing"' in page


def test_an_agents_home_shows_reviewed_reports_coaching_and_action_items_to_tick_off(agent, supervisor, client_for):
    scorecard = ScorecardFactory(agent=agent, submitted=True, title="Billing call reviewed")
    services.scorecard_coaching_update(scorecard=scorecard, user=supervisor, note="Own the refund next time.")
    services.scorecard_mark_reviewed(scorecard=scorecard, user=supervisor)
    item = services.action_item_create(scorecard=scorecard, user=supervisor, text="Say when you will call back")
    client = client_for(agent)
    home = client.get(url("home")).content.decode()
    assert "Billing call reviewed" in home and "Own the refund next time." in home
    assert "Say when you will call back" in home and 'aria-label="Mark done: Say when you will call back"' in home

    response = csrf_post(client, url("reports:action_item_done", pk=item.pk), {"next": url("home")})
    assert response.status_code == 302 and response["Location"] == url("home")
    item.refresh_from_db()
    assert item.done_at is not None
    assert "Say when you will call back" not in client.get(url("home")).content.decode()


def test_only_the_agent_ticks_off_their_action_items(agent, supervisor, client_for):
    scorecard = ScorecardFactory(agent=agent, submitted=True)
    item = services.action_item_create(scorecard=scorecard, user=supervisor, text="Slow down")
    csrf_post(client_for(supervisor), url("reports:action_item_done", pk=item.pk), {})
    item.refresh_from_db()
    assert item.done_at is None


def test_an_outside_next_address_is_not_followed_after_ticking_off(agent, supervisor, client_for):
    scorecard = ScorecardFactory(agent=agent, submitted=True)
    item = services.action_item_create(scorecard=scorecard, user=supervisor, text="Slow down")
    response = csrf_post(
        client_for(agent), url("reports:action_item_done", pk=item.pk), {"next": "https://evil.example/"}
    )
    assert response["Location"] == url("reports:scorecard_detail", pk=scorecard.pk)


def test_a_trainers_home_shows_how_each_rubric_performs(agent, supervisor, trainer, client_for):
    passed = ScorecardFactory(agent=agent, submitted=True)
    ScorecardFactory(agent=agent, submitted=True)
    services.scorecard_override_criterion(
        scorecard=passed, user=supervisor, criterion="ownership", result="pass", reason="Fine"
    )
    page = client_for(trainer).get(url("home")).content.decode()
    assert "How each rubric performs" in page
    row = page[page.index("Phone call</a>") :]
    row = row[: row.index("</tr>")]
    assert '<td data-label="Reports">2</td>' in row and "50%" in row  # two reports, one overridden


@pytest.mark.parametrize("viewer", ["agent", "supervisor", "trainer"])
def test_each_roles_home_costs_the_same_with_three_times_the_reports(client_for, request, agent, supervisor, viewer):
    team = agent.teams.get()

    def grow(count: int) -> None:
        reports = scorecards_bulk([agent, *agents_bulk(count, team=team)], 2, submitted_every=1, reviewed_every=2)
        for scorecard in reports[:count]:
            services.action_item_create(scorecard=scorecard, user=supervisor, text="Practise the close")

    grow(2)
    assert_queries_flat(client_for(request.getfixturevalue(viewer)), url("home"), lambda: grow(6))


def test_a_supervisor_sees_each_teams_pass_rate_now_against_the_month_before(agent, supervisor, client_for):
    earlier = [ScorecardFactory(agent=agent, submitted=True) for _ in range(2)]
    Scorecard.objects.filter(pk__in=[s.pk for s in earlier]).update(submitted_at=timezone.now() - timedelta(days=45))
    Scorecard.objects.filter(pk=earlier[0].pk).update(passed=True)  # 50 % the month before
    ScorecardFactory(agent=agent, submitted=True)  # 0 % now
    page = client_for(supervisor).get(url("home")).content.decode()
    row = page[page.index('class="team-trends') :]
    row = row[row.index(agent.teams.get().name) : row.index("</tr>", row.index(agent.teams.get().name))]
    assert '<td data-label="Reports submitted">1</td>' in row and "0%" in row and "▼ -50" in row
