"""Finding 8 of issue 18: practice is the agent's own until they submit it.

Before the agent submits a report for review, their supervisors and trainers see that
the attempt exists and its score at most: not its recording, transcript or criteria,
and they cannot change it. One selector decides (scorecards_visible_to); the URL
permission walk (tests/test_url_permissions.py) visits every object URL in both states.
"""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import translation

from feedback.reports.selectors import scorecards_visible_to, user_can_review
from feedback.reports.services import scorecard_override_criterion, scorecard_submit
from tests.feedback.reports.url_objects import report
from tests.scenarios.factories import AttemptFactory
from tests.scenarios.url_objects import scored
from tests.url_objects import SUBMITTED, UNSUBMITTED


@pytest.mark.django_db
def test_a_report_is_shared_with_supervisors_and_trainers_only_once_submitted(agent, supervisor, trainer):
    scorecard = report(agent, UNSUBMITTED)
    assert scorecard in scorecards_visible_to(agent)
    assert scorecard not in scorecards_visible_to(supervisor)
    assert scorecard not in scorecards_visible_to(trainer)
    assert not user_can_review(supervisor, scorecard) and not user_can_review(trainer, scorecard)

    scorecard_submit(scorecard=scorecard, user=agent)

    assert scorecard in scorecards_visible_to(supervisor) and scorecard in scorecards_visible_to(trainer)
    assert user_can_review(supervisor, scorecard) and user_can_review(trainer, scorecard)


@pytest.mark.django_db
def test_nobody_overrides_a_criterion_of_a_report_the_agent_kept(agent, supervisor):
    scorecard = report(agent, UNSUBMITTED)
    with pytest.raises(PermissionDenied):
        scorecard_override_criterion(
            scorecard=scorecard, user=supervisor, criterion="ownership", result="pass", reason="Looked fine to me."
        )
    assert not scorecard.overrides.exists()


@pytest.mark.django_db
def test_the_practice_page_shows_a_kept_attempt_and_its_score_to_the_supervisor_but_no_way_in(
    agent, supervisor, client_for
):
    kept = scored(AttemptFactory(agent=agent, title="Kept to myself"), UNSUBMITTED)
    shared = scored(AttemptFactory(agent=agent, title="Shared with my supervisor"), SUBMITTED)
    with translation.override("en"):
        page = client_for(supervisor).get(reverse("scenarios:practice")).content.decode()
        kept_url, shared_url = kept.get_absolute_url(), shared.get_absolute_url()

    assert "Kept to myself" in page and f"{kept.scorecard.score:.0f}%" in page
    assert kept_url not in page
    assert "not submitted" in page
    assert shared_url in page
