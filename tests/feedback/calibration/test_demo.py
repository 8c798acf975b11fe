"""The demo holds an agreed calibration session, once however often it is loaded."""

import pytest
from django.core.management import call_command

from feedback.calibration.models import AgreedAnswer, CalibrationSession
from feedback.calibration.selectors import rubric_trust
from feedback.rubrics.selectors import rubric_by_slug
from tests.pages import url

pytestmark = pytest.mark.django_db


def test_the_demo_session_is_agreed_with_one_disagreement_and_feeds_the_trust_tab(client):
    call_command("load_demo", stdout=open("/dev/null", "w"))
    call_command("load_demo", stdout=open("/dev/null", "w"))
    session = CalibrationSession.objects.get()
    assert session.agreed_at and session.note
    assert AgreedAnswer.objects.filter(item__session=session).count() == len(
        session.items.get().automatic_result["criteria"]
    )
    groups = rubric_trust(rubric_by_slug("phone"))
    assert any(trust.judged for group in groups for _, _, trust in group.rows)
    client.force_login(session.created_by)
    page = client.get(url("calibration:session_detail", "it", pk=session.pk)).content.decode()
    assert "Tra valutatori" in page and "Tommaso" in page
