"""The report pages as their users meet them (CSRF-enforcing clients, real templates)."""

import io

import pytest
from pypdf import PdfReader

from feedback.reports import hooks
from tests.feedback.reports.factories import ScorecardFactory, barely_heard, phone_call, social_thread
from tests.pages import csrf_post, url

pytestmark = pytest.mark.django_db


def test_the_report_shows_criteria_evidence_tips_metrics_and_the_marked_transcript(agent, client_for):
    scorecard = ScorecardFactory(agent=agent, transcript=phone_call("en"))
    page = client_for(agent).get(url("reports:scorecard_detail", pk=scorecard.pk)).content.decode()
    ownership = next(c for c in scorecard.result["criteria"] if c["key"] == "ownership")
    assert "Ownership" in page and "Critical failure" in page
    assert ownership["tip"][:40] in page.replace("&#x27;", "'")
    assert '<mark class="fail">' in page  # the deflection is marked in the transcript
    assert "<svg" in page and "wpm" in page  # speech metric gauges
    assert 'button class="seek"' not in page  # no recording known: times are plain text


def test_evidence_times_play_the_recording_when_an_app_provides_one(agent, client_for, monkeypatch):
    scorecard = ScorecardFactory(agent=agent)
    monkeypatch.setattr(hooks, "recording_url_providers", [lambda sc: f"/en/practice/recordings/{sc.pk}/"])
    page = client_for(agent).get(url("reports:scorecard_detail", pk=scorecard.pk)).content.decode()
    assert f'<audio id="recording" controls preload="metadata" src="/en/practice/recordings/{scorecard.pk}/">' in page
    assert 'class="seek" data-start="42.8"' in page


def test_an_agent_disputes_a_criterion_and_the_supervisor_finds_it_in_the_queue(agent, supervisor, client_for):
    scorecard = ScorecardFactory(agent=agent)
    agent_client = client_for(agent)
    response = csrf_post(
        agent_client,
        url("reports:dispute_create", pk=scorecard.pk),
        {"criterion": "ownership", "comment": "I did take the case."},
    )
    assert response.status_code == 302
    queue = client_for(supervisor).get(url("reports:review_queue")).content.decode()
    assert scorecard.title in queue and "Open dispute" in queue
    page = agent_client.get(url("reports:scorecard_detail", pk=scorecard.pk)).content.decode()
    assert "Dispute open: waiting for the supervisor." in page


def test_a_refused_change_says_why_and_changes_nothing(agent, supervisor, client_for):
    scorecard = ScorecardFactory(agent=agent, submitted=True)
    client = client_for(supervisor)
    csrf_post(
        client,
        url("reports:override_create", pk=scorecard.pk),
        {"criterion": "ownership", "result": "pass", "reason": ""},
    )
    page = client.get(url("reports:scorecard_detail", pk=scorecard.pk)).content.decode()
    assert "Give a reason for the change." in page
    assert not scorecard.overrides.exists()


def test_the_pdf_download_is_rendered_when_the_worker_has_not_yet(agent, client_for):
    scorecard = ScorecardFactory(agent=agent)  # on_commit never ran: no PDF stored yet
    response = client_for(agent).get(url("reports:scorecard_pdf", pk=scorecard.pk))
    assert response["Content-Type"] == "application/pdf"
    text = PdfReader(io.BytesIO(b"".join(response.streaming_content))).pages[0].extract_text()
    assert scorecard.title in text


def test_an_agent_submits_a_report_of_their_choice(agent, supervisor, client_for):
    chosen, other = ScorecardFactory(agent=agent), ScorecardFactory(agent=agent)
    csrf_post(client_for(agent), url("reports:scorecard_submit", pk=chosen.pk), {})
    queue = client_for(supervisor).get(url("reports:review_queue")).content.decode()
    assert chosen.title in queue and other.title not in queue


def test_a_criterion_heard_with_low_confidence_is_flagged_on_the_page(agent, client_for):
    scorecard = ScorecardFactory(agent=agent, transcript=barely_heard(phone_call("en")))
    page = client_for(agent).get(url("reports:scorecard_detail", pk=scorecard.pk)).content.decode()
    assert "To be checked by your supervisor" in page and "Critical failure" not in page


def test_the_italian_page_speaks_italian(agent, client_for):
    scorecard = ScorecardFactory(agent=agent, transcript=phone_call("it"))
    page = client_for(agent).get(url("reports:scorecard_detail", "it", pk=scorecard.pk)).content.decode()
    assert "Presa in carico" in page and "Suggerimento:" in page


def test_a_social_thread_report_shows_public_and_private_messages_and_its_pdf(agent, client_for):
    scorecard = ScorecardFactory(agent=agent, transcript=social_thread("en"))
    client = client_for(agent)
    page = client.get(url("reports:scorecard_detail", pk=scorecard.pk)).content.decode()
    assert scorecard.rubric_version.rubric.slug == "social"
    assert "Personal data in private" in page and "· private" in page
    assert "wpm" not in page  # no speech metrics in a written thread
    response = client.get(url("reports:scorecard_pdf", pk=scorecard.pk))
    text = PdfReader(io.BytesIO(b"".join(response.streaming_content))).pages[0].extract_text()
    assert "Reply length" in " ".join(text.split())
