"""A report reads from the top: the summary first, the dispute and coaching forms within reach,
and a criterion a person changed shows the person's reason, not the automatic message."""

import pytest

from feedback.reports import services
from tests.feedback.reports.factories import ScorecardFactory, phone_call
from tests.feedback.reports.test_views import url

pytestmark = pytest.mark.django_db


def test_the_report_opens_with_strengths_and_the_few_things_to_work_on_first(agent, client_for):
    scorecard = ScorecardFactory(agent=agent, transcript=phone_call("en"))
    page = client_for(agent).get(url("reports:scorecard_detail", pk=scorecard.pk)).content.decode()
    summary = page[page.index('class="summary card"') : page.index('class="criteria"')]
    focus = summary[summary.index('<ol class="focus">') : summary.index("</ol>")]
    assert focus.index("#criterion-ownership") < focus.index("#criterion-commitment_time")  # critical first
    assert 1 <= focus.count("<li>") <= 3
    assert "Strengths" in summary and "#criterion-greeting" in summary


def test_the_agent_can_dispute_from_the_top_of_the_report(agent, client_for):
    scorecard = ScorecardFactory(agent=agent, transcript=phone_call("en"))
    page = client_for(agent).get(url("reports:scorecard_detail", pk=scorecard.pk)).content.decode()
    form = page.index(f'action="{url("reports:dispute_create", pk=scorecard.pk)}"')
    assert form < page.index('id="criterion-')
    assert 'href="#dispute"' in page


def test_the_coaching_form_comes_before_the_criteria_for_the_reviewer(agent, supervisor, client_for):
    scorecard = ScorecardFactory(agent=agent, submitted=True)
    page = client_for(supervisor).get(url("reports:scorecard_detail", pk=scorecard.pk)).content.decode()
    assert page.index('id="coaching-note"') < page.index('id="criterion-')
    assert 'href="#coaching"' in page


def test_an_overridden_criterion_no_longer_shows_the_automatic_message(agent, supervisor, client_for):
    scorecard = ScorecardFactory(agent=agent, submitted=True, transcript=phone_call("en"))
    automatic = next(c for c in scorecard.result["criteria"] if c["key"] == "ownership")
    services.scorecard_override_criterion(
        scorecard=scorecard,
        user=supervisor,
        criterion="ownership",
        result="pass",
        reason="The agent did open a ticket.",
    )
    page = client_for(agent).get(url("reports:scorecard_detail", pk=scorecard.pk)).content.decode()
    card = page[page.index('id="criterion-ownership"') :]
    card = card[: card.index("</section>")]
    assert "The agent did open a ticket." in card
    assert (
        automatic["message"].replace("'", "&#x27;") not in card
        and automatic["tip"][:30].replace("'", "&#x27;") not in card
    )


def test_repeated_buttons_name_their_criterion(agent, supervisor, client_for):
    scorecard = ScorecardFactory(agent=agent, submitted=True)
    page = client_for(supervisor).get(url("reports:scorecard_detail", pk=scorecard.pk)).content.decode()
    assert 'Change this result<span class="visually-hidden">: Ownership</span>' in page


def test_the_italian_verdict_keeps_one_gender(agent, client_for):
    """La chiamata è superata / non superata: not "Superato" beside "Non superata"."""
    failed = ScorecardFactory(agent=agent, transcript=phone_call("it"))
    passed = ScorecardFactory(agent=agent, transcript=phone_call("it"))
    passed.passed = True
    passed.save(update_fields=["passed"])
    client = client_for(agent)
    assert (
        "<strong>Non superata</strong>"
        in client.get(url("reports:scorecard_detail", "it", pk=failed.pk)).content.decode()
    )
    page = client.get(url("reports:scorecard_detail", "it", pk=passed.pk)).content.decode()
    assert "<strong>Superata</strong>" in page
