"""Practices of the demo social scenarios, played through the inbox services and scored by
the real engine with the `social` rubric, in Italian and English: what a careful reader of
each thread concludes is what the report says."""

import pytest
from django.urls import reverse

from feedback.reports.services import scorecard_submit
from feedback.scoring.labels import criterion_label
from scenarios.models import Attempt
from scenarios.social.demo import demo_social_scenarios_load
from scenarios.social.models import SocialScenarioPage
from scenarios.social.services.practice import social_attempt_finish, social_attempt_start, social_reply
from tests.factories import AgentFactory
from tests.scenarios.factories import scenario_index
from tests.scenarios.social.factories import practice_rewind

pytestmark = pytest.mark.django_db

# Per language: the demo scenario's slug and what the agent writes. A number is seconds passing.
ACCOUNT = {
    "en": "social-account-number-public",
    "it": "social-codice-in-pubblico",
}
ANGRY = {"en": "social-angry-thread", "it": "social-thread-arrabbiato"}
GOOD = {
    "en": [
        ("public", "Hi James, I'm sorry about the double charge. Please send us a DM with your account number. ^AB"),
        21,
        (
            "private",
            "Thank you, James. The refund will be on your account within 5 working days. "
            "Is there anything else I can help you with?",
        ),
    ],
    "it": [
        ("public", "Ciao Mario, mi dispiace per il doppio addebito. Ci scriva in privato il codice cliente. ^AB"),
        21,
        (
            "private",
            "Grazie Mario. Il rimborso le arriverà entro 5 giorni lavorativi. C'è altro in cui posso aiutarla?",
        ),
    ],
}
ASK_IN_PUBLIC = {
    "en": (
        "Hi James, I'm sorry about that. What is your account number? ^AB",
        "Thanks James, please delete that post: it shows your account number. We're here if you need anything. ^AB",
    ),
    "it": (
        "Ciao Mario, mi dispiace. Qual è il suo codice cliente? ^AB",
        "Grazie Mario, cancelli quel post: mostra il suo codice cliente. Siamo qui per qualsiasi cosa. ^AB",
    ),
}
SHOUTING_LATE = {
    "en": "Hi Paul, I'm SORRY!! An engineer will call you tomorrow by noon. Thank you for your patience ^AB",
    "it": "Ciao Paolo, mi DISPIACE!! Un tecnico la richiamerà domani entro le 12. Grazie per la pazienza ^AB",
}


@pytest.fixture
def demo(db):
    for language in ("it", "en"):
        scenario_index(language)
    demo_social_scenarios_load()


@pytest.fixture
def anna(db):
    return AgentFactory(first_name="Anna", last_name="Bianchi")


def practise(agent, slug: str, steps, django_capture_on_commit_callbacks) -> Attempt:
    attempt = social_attempt_start(agent=agent, scenario=SocialScenarioPage.objects.get(slug=slug))
    for step in steps:
        if isinstance(step, (int, float)):
            attempt = practice_rewind(attempt, step)
        else:
            social_reply(attempt=attempt, visibility=step[0], text=step[1], key=None)
    with django_capture_on_commit_callbacks(execute=True):
        social_attempt_finish(attempt=attempt)
    return Attempt.objects.select_related("scorecard").get(pk=attempt.pk)


def results(attempt: Attempt) -> dict[str, str]:
    return {c["key"]: c["result"] for c in attempt.scorecard.result["criteria"]}


def criterion(attempt: Attempt, key: str) -> dict:
    return next(c for c in attempt.scorecard.result["criteria"] if c["key"] == key)


@pytest.mark.parametrize("language", ["en", "it"])
def test_moving_the_data_to_a_private_message_passes_every_criterion(
    demo, anna, language, django_capture_on_commit_callbacks
):
    attempt = practise(anna, ACCOUNT[language], GOOD[language], django_capture_on_commit_callbacks)

    assert attempt.state == Attempt.State.READY, attempt.failure_reason
    assert attempt.scorecard.rubric_version.rubric.slug == "social" and attempt.scorecard.language == language
    assert [s["visibility"] for s in attempt.transcript["segments"]] == ["public", "public", "private", "private"], (
        attempt.transcript["segments"]
    )
    assert {key for key, result in results(attempt).items() if result == "fail"} == set()
    assert attempt.scorecard.passed and attempt.scorecard.score == 100
    assert attempt.scorecard.pdf.name  # the same coaching PDF as a phone call


@pytest.mark.parametrize("language", ["en", "it"])
def test_asking_for_the_account_number_in_public_is_a_critical_failure_with_that_reply_as_evidence(
    demo, anna, language, django_capture_on_commit_callbacks
):
    ask, delete_please = ASK_IN_PUBLIC[language]
    attempt = practise(
        anna, ACCOUNT[language], [("public", ask), 21, ("public", delete_please)], django_capture_on_commit_callbacks
    )

    customer_posts = [s["text"] for s in attempt.transcript["segments"] if s["speaker"] == "customer"]
    assert any("4582173" in text and "@" in text for text in customer_posts)  # asked in public, posted in public
    private_channel = criterion(attempt, "private_channel")
    assert private_channel["result"] == "fail"
    evidence = [item["text"] for item in private_channel["evidence"]]
    assert evidence and all(text in ask for text in evidence)  # the question, not the request to delete the post
    assert attempt.scorecard.critical_failure and not attempt.scorecard.passed


@pytest.mark.parametrize("language", ["en", "it"])
def test_shouting_late_in_an_angry_thread_fails_tone_and_response_time(
    demo, anna, language, django_capture_on_commit_callbacks
):
    attempt = practise(
        anna, ANGRY[language], [400, ("public", SHOUTING_LATE[language])], django_capture_on_commit_callbacks
    )

    outcome = results(attempt)
    assert outcome["tone"] == "fail" and outcome["response_time"] == "fail"
    assert outcome["empathy"] == "pass" and outcome["commitment_time"] == "pass" and outcome["signature"] == "pass"
    assert len([s for s in attempt.transcript["segments"] if s["speaker"] == "customer"]) == 3


@pytest.mark.parametrize("language", ["en", "it"])
def test_a_public_reply_over_the_limit_is_scored_as_too_long(demo, anna, language, django_capture_on_commit_callbacks):
    long_reply = GOOD[language][0][1].removesuffix(" ^AB") + " " + "x" * 200 + " ^AB"
    attempt = practise(anna, ACCOUNT[language], [("public", long_reply)], django_capture_on_commit_callbacks)

    assert len(attempt.transcript["segments"][-1]["text"]) > 280
    assert results(attempt)["reply_length"] == "fail"


def test_a_submitted_practice_reaches_the_supervisors_queue_and_the_agents_progress(
    demo, client_for, supervisor, agent, django_capture_on_commit_callbacks
):
    attempt = practise(agent, ACCOUNT["en"], GOOD["en"], django_capture_on_commit_callbacks)
    scorecard_submit(scorecard=attempt.scorecard, user=agent)

    reviewer = client_for(supervisor)
    queue = reviewer.get(reverse("reports:review_queue")).content.decode()
    progress = reviewer.get(reverse("reports:agent_progress", kwargs={"agent_id": agent.pk}))
    pdf = reviewer.get(reverse("reports:scorecard_pdf", kwargs={"pk": attempt.scorecard_id}))
    assert attempt.title in queue
    assert progress.status_code == 200
    assert (
        "1 submitted report." in progress.content.decode()
        and criterion_label("private_channel", "en") in progress.content.decode()
    )
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
