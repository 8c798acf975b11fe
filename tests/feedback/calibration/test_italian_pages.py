"""Calibration speaks Italian: every page of a session, blind and revealed, the list, the new-session
form, the agreement history and the rubric's Trust tab show no message left in English."""

import pytest
from wagtail.users.models import UserProfile

from feedback.calibration import services
from feedback.rubrics.selectors import rubric_by_slug
from tests.feedback.calibration.factories import calibration_session, every_criterion
from tests.feedback.reports.factories import ScorecardFactory, phone_call
from tests.feedback.rubrics.admin_forms import admin_url
from tests.pages import url
from tests.untranslated import italian_misses, untranslated_on

pytestmark = pytest.mark.django_db


def test_calibration_pages_leave_nothing_in_english(agent, supervisor, trainer, client_for):
    scorecard = ScorecardFactory(agent=agent, transcript=phone_call("it"), submitted=True)
    session = calibration_session(agent, supervisor, reviewers=[trainer], scorecards=[scorecard])
    client = client_for(supervisor)
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = "it"
    profile.save()
    pages = {}
    with italian_misses() as misses:
        pages["blind"] = client.get(url("calibration:session_detail", "it", pk=session.pk))
        services.answers_submit(session=session, user=supervisor, answers=every_criterion(session))
        services.answers_submit(session=session, user=trainer, answers=every_criterion(session, "fail"))
        services.session_reveal(session=session, user=supervisor)
        pages["revealed"] = client.get(url("calibration:session_detail", "it", pk=session.pk))
        services.session_agree(session=session, user=supervisor, answers=every_criterion(session), note="Ok")
        pages["agreed"] = client_for(trainer).get(url("calibration:session_detail", "it", pk=session.pk))
        pages["list"] = client.get(url("calibration:index", "it"))
        pages["new"] = client.get(url("calibration:session_new", "it") + f"?scorecard={scorecard.pk}")
        pages["history"] = client.get(url("calibration:reviewer_agreement", "it"))
        pages["report section"] = client_for(trainer).get(url("reports:scorecard_detail", "it", pk=scorecard.pk))
        trust = client_for(trainer).get(admin_url("edit", rubric_by_slug("phone").pk)).content.decode()
    for name, response in pages.items():
        assert response.status_code == 200, name
        assert not untranslated_on(response.content.decode(), misses), name
    # Wagtail's own catalogue lacks a few of its admin messages: the Trust tab is checked for ours.
    ours = {
        "How far to trust each automatic criterion",
        "Precision of fail",
        "Recall of fail",
        "Judged by people",
        "Fails upheld / overturned / missed",
        "Trust",
    }
    assert "Quanto fidarsi di ogni criterio automatico" in trust and not untranslated_on(trust, misses & ours)
