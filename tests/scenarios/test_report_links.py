"""The coaching report of a practice call plays its recording from the evidence times."""

from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation

from tests.feedback.reports.factories import ScorecardFactory
from tests.scenarios.factories import AttemptFactory

pytestmark = pytest.mark.django_db
SAMPLE_CALL = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "audio" / "phone-en-1.wav"


def test_the_report_of_an_uploaded_call_links_its_recording(agent, client_for):
    scorecard = ScorecardFactory(agent=agent)
    attempt = AttemptFactory(agent=agent, scorecard=scorecard)
    attempt.recording.save("call.wav", ContentFile(b"RIFF"), save=True)
    with translation.override("en"):
        page = client_for(agent).get(reverse("reports:scorecard_detail", kwargs={"pk": scorecard.pk})).content.decode()
        recording = reverse("scenarios:attempt_recording", kwargs={"pk": attempt.pk})
    assert f'src="{recording}"' in page and 'class="seek"' in page


def test_without_a_kept_recording_the_times_are_plain_text(agent, client_for):
    scorecard = ScorecardFactory(agent=agent)
    AttemptFactory(agent=agent, scorecard=scorecard)  # recording deleted after the retention period
    with translation.override("en"):
        page = client_for(agent).get(reverse("reports:scorecard_detail", kwargs={"pk": scorecard.pk})).content.decode()
    assert "<audio" not in page and 'class="seek"' not in page


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_clicking_an_evidence_time_plays_the_recording_from_there(page, live_server, login, agent):
    scorecard = ScorecardFactory(agent=agent)
    attempt = AttemptFactory(agent=agent, scorecard=scorecard)
    attempt.recording.save("call.wav", ContentFile(SAMPLE_CALL.read_bytes()), save=True)
    login(page, agent, "en")
    page.goto(f"{live_server.url}/en/reports/{scorecard.pk}/")
    page.locator("#criterion-ownership button.seek").first.click()
    page.wait_for_function("() => !document.getElementById('recording').paused")
    assert abs(page.evaluate("() => document.getElementById('recording').currentTime") - 42.8) < 2


def test_team_coaching_links_the_scenarios_whose_rubric_scores_the_criterion(agent, supervisor, client_for):
    from feedback.reports.services import scorecard_submit
    from tests.scenarios.factories import ScenarioFactory

    phone = ScenarioFactory(title="Double charge", language="en", channel="phone")
    ScenarioFactory(title="Doppio addebito", language="it", channel="phone")
    social = ScenarioFactory(title="Angry thread", language="en", channel="social")
    scorecard_submit(scorecard=ScorecardFactory(agent=agent), user=agent)
    with translation.override("en"):
        page = client_for(supervisor).get(reverse("reports:team_progress", kwargs={"pk": agent.teams.get().pk}))
    html = page.content.decode()
    assert f'<a href="{phone.url}">Double charge</a>' in html  # ownership is scored on the phone
    assert "Doppio addebito" not in html  # another language
    assert html.count(f'href="{social.url}"') < html.count(f'href="{phone.url}"')  # e.g. dead air is phone-only
