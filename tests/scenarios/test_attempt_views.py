"""The attempt page and its status endpoint: what an agent or a supervisor sees and does at
each state, and what trainers author."""

import pytest
from django.urls import reverse
from django.utils import translation

from scenarios.models import Attempt
from tests.scenarios.browsing import post_form
from tests.scenarios.factories import AttemptFactory, ScenarioFactory, scenario_index
from tests.scenarios.url_objects import guided_attempt, wav_upload

pytestmark = pytest.mark.django_db
ESTIMATED = {
    "language": "en",
    "channel": "phone",
    "speaker_attribution": "estimated",
    "segments": [
        {"speaker": "customer", "start": 0.0, "end": 2.0, "text": "Good morning, this is Laura, how can I help?"},
        {"speaker": "agent", "start": 2.5, "end": 4.0, "text": "My bill is wrong."},
    ],
}


def url(name: str, **kwargs) -> str:
    with translation.override("en"):
        return reverse(name, kwargs=kwargs)


def test_a_trainer_can_add_a_phone_scenario_with_a_customer_script(client_for, trainer):
    library = scenario_index("en")
    response = client_for(trainer).get(
        reverse("wagtailadmin_pages:add", args=("scenarios", "scenariopage", library.pk))
    )
    html = response.content.decode()
    assert response.status_code == 200
    for field in ("situation", "persona", "objectives", "rubric", "difficulty", "script", "course_links"):
        assert field in html


def test_the_published_scenario_page_leads_to_the_practice(client_for, agent):
    scenario = ScenarioFactory()
    response = client_for(agent).get(scenario.url)
    assert response.status_code == 200
    assert reverse("scenarios:scenario_detail", kwargs={"pk": scenario.pk}) in response.content.decode()


def test_status_of_a_transcribing_upload_reports_the_share_read_without_the_result(agent, client_for):
    attempt = AttemptFactory(agent=agent, state=Attempt.State.TRANSCRIBING, duration_s=60.0, transcribed_share=0.5)
    status = client_for(agent).get(url("scenarios:attempt_status", pk=attempt.pk)).json()
    assert status["state"] == "transcribing" and status["settled"] is False
    assert status["progress"] == 45  # transcription is the first 90 %, scoring the rest
    assert status["result_html"] is None


def test_status_of_a_failed_attempt_carries_the_reason_and_the_retry_button(agent, client_for):
    attempt = AttemptFactory(agent=agent, state=Attempt.State.FAILED, failure_reason="The recording is truncated.")
    status = client_for(agent).get(url("scenarios:attempt_status", pk=attempt.pk)).json()
    assert status["settled"] is True
    assert "The recording is truncated." in status["result_html"]
    assert url("scenarios:attempt_retry", pk=attempt.pk) in status["result_html"]


def test_the_agent_relabels_the_speakers_of_a_mono_call_then_has_it_scored(agent, client_for):
    attempt = AttemptFactory(
        agent=agent, state=Attempt.State.REVIEW, transcript=ESTIMATED, speaker_attribution=Attempt.Attribution.ESTIMATED
    )
    client = client_for(agent)
    page = url("scenarios:attempt_detail", pk=attempt.pk)
    assert "estimated from the voices" in client.get(page).content.decode()

    post_form(
        client,
        url("scenarios:attempt_speakers", pk=attempt.pk),
        {"action": "score", "speaker-0": "agent", "speaker-1": "customer"},
        page=page,
    )
    attempt.refresh_from_db()
    assert [s["speaker"] for s in attempt.transcript["segments"]] == ["agent", "customer"]
    assert attempt.state == Attempt.State.SCORING


def test_a_relabel_that_leaves_a_segment_without_a_speaker_is_refused(agent, client_for):
    attempt = AttemptFactory(agent=agent, state=Attempt.State.REVIEW, transcript=ESTIMATED)
    client = client_for(agent)
    page = url("scenarios:attempt_detail", pk=attempt.pk)
    response = post_form(
        client,
        url("scenarios:attempt_speakers", pk=attempt.pk),
        {"action": "score", "speaker-0": "agent"},
        page=page,
        follow=True,
    )
    assert "Give every segment a speaker" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.REVIEW and attempt.transcript == ESTIMATED


def test_a_turn_in_an_unsupported_format_is_refused_with_a_message(agent, client_for):
    attempt = guided_attempt(agent)
    client = client_for(agent)
    response = post_form(
        client,
        url("scenarios:call_reply", pk=attempt.pk),
        {"turn": "0", "audio": wav_upload("turn.txt")},
        page=url("scenarios:attempt_detail", pk=attempt.pk),
    )
    assert response.status_code == 400
    assert "Unsupported file type" in response.json()["error"]
    assert not attempt.turns.exists()
