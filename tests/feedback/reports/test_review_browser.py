"""Supervisor review in a real Chromium: from the queue to the agent reading the result."""

import pytest

from feedback.reports import services
from tests.feedback.reports.factories import ScorecardFactory, phone_call

# serialized_rollback restores the default rubrics the data migration created.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_supervisor_overrides_a_criterion_and_the_agent_sees_the_new_score_and_note(
    page, browser_factory, live_server, login, agent, supervisor
):
    scorecard = services.scorecard_submit(
        scorecard=ScorecardFactory(agent=agent, transcript=phone_call("en"), title="Double charge call"), user=agent
    )
    automatic_score = scorecard.score

    login(page, supervisor, "en")
    page.goto(f"{live_server.url}/en/reports/queue/")
    page.get_by_role("link", name="Double charge call").click()
    ownership = page.locator("#criterion-ownership")
    ownership.get_by_text("Change this result").click()
    ownership.get_by_label("New result").select_option("pass")
    ownership.get_by_label("Reason").fill("Warm transfer to billing, not a deflection.")
    ownership.get_by_role("button", name="Save the change").click()
    page.wait_for_load_state("networkidle")
    assert "The result was changed" in page.inner_text("main")
    page.get_by_label("Coaching note for the agent").fill("Tell the customer what you will do next, with a time.")
    page.get_by_role("button", name="Save and mark reviewed").click()
    page.wait_for_load_state("networkidle")
    page.goto(f"{live_server.url}/en/reports/queue/")
    assert "Double charge call" not in page.inner_text("main")

    scorecard.refresh_from_db()
    assert scorecard.score > automatic_score
    agent_page = browser_factory().new_context(locale="en-GB").new_page()
    login(agent_page, agent, "en")
    agent_page.goto(f"{live_server.url}/en/reports/")
    agent_page.get_by_role("link", name="Double charge call").click()
    report = agent_page.inner_text("main")
    assert f"Score {scorecard.score}/100" in report
    assert f"the automatic score was {automatic_score}/100" in report
    assert "Warm transfer to billing, not a deflection." in report
    assert "Tell the customer what you will do next, with a time." in report
