"""The social inbox over HTTP, as its script uses it (CSRF-enforcing client), and the
trainer's page for scoring a real thread."""

import json
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from scenarios.models import Attempt
from scenarios.social.blocks import customer_message
from scenarios.social.services.practice import social_attempt_start
from tests.scenarios.browsing import post_form
from tests.scenarios.social.factories import SocialScenarioFactory, practice_rewind

pytestmark = pytest.mark.django_db

THREAD = {
    "language": "en",
    "channel": "social",
    "customer_handle": "@sarahm",
    "agent_name": "Laura",
    "segments": [
        {"speaker": "customer", "visibility": "public", "at": 0, "text": "@TelcoUK no internet since 8am!!"},
        {
            "speaker": "agent",
            "visibility": "public",
            "at": 120,
            "text": "Hi @sarahm, sorry about this. Could you post your account number here so we can check? ^LB",
        },
    ],
}


@pytest.fixture
def practice(agent):
    return social_attempt_start(agent=agent, scenario=SocialScenarioFactory())


def inbox_url(attempt) -> str:
    return reverse("social:attempt_detail", kwargs={"pk": attempt.pk})


def send(client, attempt, text: str, visibility: str = "public", key: str = ""):
    return post_form(
        client,
        reverse("social:attempt_reply", kwargs={"pk": attempt.pk}),
        {"text": text, "visibility": visibility, "key": key},
        page=inbox_url(attempt),
        HTTP_ACCEPT="application/json",
    )


def test_the_inbox_shows_both_conversations_and_a_composer_for_each(client_for, agent, practice):
    response = client_for(agent).get(inbox_url(practice))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Internet down AGAIN" in html
    assert 'id="reply-public"' in html and 'id="reply-private"' in html
    assert "/ 280" in html and "Sign “^" in html


def test_the_scenario_page_offers_to_resume_a_practice_in_progress(client_for, agent, practice):
    html = (
        client_for(agent).get(reverse("social:scenario_detail", kwargs={"pk": practice.scenario_id})).content.decode()
    )
    assert "Resume your practice" in html and inbox_url(practice) in html
    practice_rewind(practice, 16 * 60)  # out of time: nothing to resume
    html = (
        client_for(agent).get(reverse("social:scenario_detail", kwargs={"pk": practice.scenario_id})).content.decode()
    )
    assert "Resume your practice" not in html and "Open the inbox" in html


def test_a_supervisor_neither_reads_nor_replies_to_a_practice_the_agent_has_not_submitted(
    client_for, supervisor, practice
):
    client = client_for(supervisor)
    assert client.get(inbox_url(practice)).status_code == 404
    reply = post_form(
        client,
        reverse("social:attempt_reply", kwargs={"pk": practice.pk}),
        {"text": "Hello", "visibility": "public"},
        page=reverse("scenarios:practice"),
    )
    assert reply.status_code == 404


def test_a_reply_is_posted_and_the_thread_comes_back(client_for, agent, practice):
    response = send(client_for(agent), practice, "Hi Sarah, so sorry! ^AB")
    body = response.json()
    assert response.status_code == 200 and not body["duplicate"] and not body["over_limit"]
    assert [(m["author"], m["text"]) for m in body["messages"]][-1] == ("agent", "Hi Sarah, so sorry! ^AB")


def test_an_empty_reply_gets_a_clear_message(client_for, agent, practice):
    response = send(client_for(agent), practice, "  ")
    assert response.status_code == 400 and response.json()["error"] == "Write a reply before sending it."


def test_a_long_public_reply_is_kept_with_a_warning(client_for, agent, practice):
    body = send(client_for(agent), practice, "a" * 281).json()
    assert body["over_limit"] and body["message"]["over_limit"]
    assert "over the public limit" in client_for(agent).get(inbox_url(practice)).content.decode()


def test_a_double_submit_posts_once(client_for, agent, practice):
    client, key = client_for(agent), str(uuid.uuid4())
    first, second = send(client, practice, "Hi Sarah ^AB", key=key), send(client, practice, "Hi Sarah ^AB", key=key)
    assert second.json()["duplicate"] and second.json()["message"]["id"] == first.json()["message"]["id"]
    assert practice.social_messages.filter(author="agent").count() == 1


def test_a_reload_in_the_middle_resumes_with_nothing_lost(client_for, agent):
    scenario = SocialScenarioFactory(
        messages=[customer_message("First"), customer_message("Second", "private", delay=30)]
    )
    attempt = social_attempt_start(agent=agent, scenario=scenario)
    client = client_for(agent)
    send(client, attempt, "Hi Sarah, sorry! ^AB")
    attempt = practice_rewind(attempt, 31)

    state = client.get(reverse("social:attempt_state", kwargs={"pk": attempt.pk})).json()
    html = client.get(inbox_url(attempt)).content.decode()
    assert [m["text"] for m in state["messages"]] == ["First", "Hi Sarah, sorry! ^AB", "Second"]
    assert all(text in html for text in ("First", "Hi Sarah, sorry! ^AB", "Second"))
    assert state["next_arrival_in"] is None and not state["ended"]


def test_a_reply_after_the_end_is_refused_with_a_message(client_for, agent, practice):
    client = client_for(agent)
    practice = practice_rewind(practice, 16 * 60)
    response = send(client, practice, "Hello?")
    assert response.status_code == 400 and "practice has ended" in response.json()["error"]
    assert "This practice has ended" in client.get(inbox_url(practice)).content.decode()


def test_finishing_without_a_reply_says_why(client_for, agent, practice):
    client = client_for(agent)
    response = post_form(
        client, reverse("social:attempt_finish", kwargs={"pk": practice.pk}), page=inbox_url(practice), follow=True
    )
    assert "Reply to the customer at least once" in response.content.decode()
    assert Attempt.objects.get(pk=practice.pk).state == Attempt.State.RECORDING


# --- Scoring a real thread


def score_page() -> str:
    return reverse("social:thread_score")


def test_only_trainers_score_real_threads(client_for, agent, supervisor):
    assert client_for(agent).get(score_page()).status_code == 403
    assert client_for(supervisor).get(score_page()).status_code == 403


def test_a_malformed_thread_gets_the_readers_message(client_for, trainer):
    response = post_form(
        client_for(trainer),
        score_page(),
        {"title": "T", "thread": '{"language": "en", "segments": ['},
        page=score_page(),
    )
    assert response.status_code == 400 and "The thread could not be read: malformed JSON" in response.content.decode()


def test_a_phone_transcript_is_not_a_social_thread(client_for, trainer):
    phone = {**THREAD, "channel": "phone"}
    response = post_form(
        client_for(trainer), score_page(), {"title": "T", "thread": json.dumps(phone)}, page=score_page()
    )
    assert response.status_code == 400 and "This is a phone transcript" in response.content.decode()


def test_nothing_to_score_says_so(client_for, trainer):
    response = post_form(client_for(trainer), score_page(), {"title": "T"}, page=score_page())
    assert response.status_code == 400 and "Paste the thread or choose a file." in response.content.decode()


def test_an_uploaded_thread_becomes_the_chosen_agents_report(client_for, trainer, agent):
    upload = SimpleUploadedFile("thread.json", json.dumps(THREAD).encode(), content_type="application/json")
    response = post_form(
        client_for(trainer),
        score_page(),
        {"title": "Outage thread", "agent": agent.pk, "file": upload},
        page=score_page(),
    )
    scorecard = agent.scorecards.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "reports:scorecard_detail", kwargs={"pk": scorecard.pk}
    )
    assert scorecard.channel == "social" and scorecard.title == "Outage thread"
    private_channel = next(c for c in scorecard.result["criteria"] if c["key"] == "private_channel")
    assert private_channel["result"] == "fail"
    assert "account number" in private_channel["evidence"][0]["text"]


def test_a_pasted_thread_without_an_agent_is_the_trainers_own(client_for, trainer):
    thread = {key: value for key, value in THREAD.items() if key != "channel"}  # social is implied here
    response = post_form(
        client_for(trainer), score_page(), {"title": "Mine", "thread": json.dumps(thread)}, page=score_page()
    )
    assert response.status_code == 302 and trainer.scorecards.get().channel == "social"


def test_the_inbox_speaks_italian(client_for, agent, practice):
    with translation.override("it"):
        html = client_for(agent).get(inbox_url(practice)).content.decode()
    assert "Rispondi in pubblico come Telco UK" in html and "Concludi e ricevi il report di coaching" in html
