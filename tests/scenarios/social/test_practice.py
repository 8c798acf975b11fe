"""A practice in the social inbox: the server releases the customer's messages on their
schedule and keeps every reply; bad input is refused with a clear message, nothing lost."""

import uuid

import pytest
from django.core.exceptions import ValidationError

from scenarios.models import Attempt
from scenarios.social.blocks import customer_message, follow_up
from scenarios.social.models import SocialMessage
from scenarios.social.services.practice import (
    social_attempt_finish,
    social_attempt_start,
    social_inbox_state,
    social_reply,
)
from tests.scenarios.social.factories import SocialScenarioFactory, practice_rewind

pytestmark = pytest.mark.django_db

ACCOUNT_SCRIPT = [
    customer_message(
        "@TelcoUK I've been charged twice this month. Sort it out.",
        follow_ups=[
            follow_up("public", "Fine, my account number is 4582 1730, now fix it.", "public", delay=10),
            follow_up("private", "Sent you my account number: 4582 1730.", "private", delay=10),
        ],
    ),
    customer_message("Still waiting...", delay=120, after="reply"),
]


def customer_texts(attempt) -> list[str]:
    return [m.text for m in attempt.social_messages.filter(author="customer")]


def test_opening_the_inbox_starts_the_clock_and_shows_the_first_message(agent):
    scenario = SocialScenarioFactory(messages=[customer_message("First!"), customer_message("Second", delay=60)])
    attempt = social_attempt_start(agent=agent, scenario=scenario)

    state = social_inbox_state(attempt=attempt)
    assert attempt.kind == "social" and attempt.channel == "social" and attempt.state == Attempt.State.RECORDING
    assert [m.text for m in state.messages] == ["First!"]
    assert 59 <= state.next_arrival_in_s <= 60
    assert not state.ended


def test_a_message_arrives_when_its_delay_has_passed_and_a_reload_shows_the_same_thread(agent):
    scenario = SocialScenarioFactory(
        messages=[customer_message("First!"), customer_message("Second", "private", delay=60)]
    )
    attempt = practice_rewind(social_attempt_start(agent=agent, scenario=scenario), 61)

    first = social_inbox_state(attempt=attempt)
    again = social_inbox_state(attempt=attempt)
    assert [(m.text, m.visibility, m.at) for m in first.messages] == [
        ("First!", "public", 0.0),
        ("Second", "private", 60.0),
    ]
    assert [m.pk for m in again.messages] == [m.pk for m in first.messages]
    assert first.next_arrival_in_s is None


def test_asked_in_public_the_customer_posts_the_account_number_in_public(agent):
    attempt = social_attempt_start(agent=agent, scenario=SocialScenarioFactory(messages=ACCOUNT_SCRIPT))
    social_reply(
        attempt=attempt, text="Hi Sarah, can you post your account number here? ^AB", visibility="public", key=None
    )
    attempt = practice_rewind(attempt, 11)

    social_inbox_state(attempt=attempt)
    posted = attempt.social_messages.get(text__startswith="Fine, my account number")
    assert posted.visibility == "public" and posted.author == "customer"
    assert "Sent you my account number: 4582 1730." not in customer_texts(attempt)


def test_asked_privately_the_customer_answers_in_a_direct_message(agent):
    attempt = social_attempt_start(agent=agent, scenario=SocialScenarioFactory(messages=ACCOUNT_SCRIPT))
    social_reply(attempt=attempt, text="Hi Sarah, we've sent you a DM.", visibility="private", key=None)
    attempt = practice_rewind(attempt, 11)

    social_inbox_state(attempt=attempt)
    assert attempt.social_messages.get(text="Sent you my account number: 4582 1730.").visibility == "private"
    assert not attempt.social_messages.filter(text__startswith="Fine, my account").exists()


def test_a_message_that_waits_for_the_agent_counts_its_delay_from_the_reply(agent):
    attempt = social_attempt_start(agent=agent, scenario=SocialScenarioFactory(messages=ACCOUNT_SCRIPT))
    attempt = practice_rewind(attempt, 200)
    assert "Still waiting..." not in customer_texts(attempt)  # no reply yet: it waits

    social_reply(attempt=attempt, text="Hi Sarah, DM us please.", visibility="public", key=None)
    assert "Still waiting..." not in customer_texts(attempt)
    attempt = practice_rewind(attempt, 121)
    social_inbox_state(attempt=attempt)
    waiting = attempt.social_messages.get(text="Still waiting...")
    reply = attempt.social_messages.get(author="agent")
    assert waiting.at == pytest.approx(reply.at + 120, abs=0.01)


def test_an_empty_reply_is_refused(agent):
    attempt = social_attempt_start(agent=agent, scenario=SocialScenarioFactory())
    with pytest.raises(ValidationError, match="Write a reply"):
        social_reply(attempt=attempt, text="   \n ", visibility="public", key=None)
    assert not attempt.social_messages.filter(author="agent").exists()


def test_a_reply_needs_a_place(agent):
    attempt = social_attempt_start(agent=agent, scenario=SocialScenarioFactory())
    with pytest.raises(ValidationError, match="in public or in a private message"):
        social_reply(attempt=attempt, text="Hello", visibility="email", key=None)


def test_a_public_reply_over_the_limit_is_kept_and_flagged(agent):
    attempt = social_attempt_start(agent=agent, scenario=SocialScenarioFactory())
    outcome = social_reply(attempt=attempt, text="x" * 300, visibility="public", key=None)
    assert outcome.over_limit and not outcome.duplicate
    assert attempt.social_messages.get(author="agent").text == "x" * 300
    assert not social_reply(attempt=attempt, text="y" * 300, visibility="private", key=None).over_limit


def test_line_breaks_count_once_as_in_the_browser(agent):
    attempt = social_attempt_start(agent=agent, scenario=SocialScenarioFactory())
    outcome = social_reply(attempt=attempt, text="a" * 139 + "\r\n" + "b" * 140, visibility="public", key=None)
    assert len(outcome.message.text) == 280 and not outcome.over_limit


def test_the_same_reply_sent_twice_is_posted_once(agent):
    attempt = social_attempt_start(agent=agent, scenario=SocialScenarioFactory())
    key = uuid.uuid4()
    first = social_reply(attempt=attempt, text="Hi Sarah, so sorry! ^AB", visibility="public", key=key)
    second = social_reply(attempt=attempt, text="Hi Sarah, so sorry! ^AB", visibility="public", key=key)
    assert second.duplicate and second.message.pk == first.message.pk
    assert attempt.social_messages.filter(author="agent").count() == 1


def test_no_reply_after_the_time_limit(agent):
    attempt = social_attempt_start(agent=agent, scenario=SocialScenarioFactory(time_limit_minutes=5))
    attempt = practice_rewind(attempt, 301)
    assert social_inbox_state(attempt=attempt).ended
    with pytest.raises(ValidationError, match="practice has ended"):
        social_reply(attempt=attempt, text="Hi Sarah", visibility="public", key=None)


def test_messages_due_after_the_time_limit_never_arrive(agent):
    scenario = SocialScenarioFactory(
        time_limit_minutes=1, messages=[customer_message("a"), customer_message("late", delay=90)]
    )
    attempt = practice_rewind(social_attempt_start(agent=agent, scenario=scenario), 120)
    assert customer_texts(attempt) == ["a"] and social_inbox_state(attempt=attempt).next_arrival_in_s is None


def test_finishing_needs_a_reply(agent):
    attempt = social_attempt_start(agent=agent, scenario=SocialScenarioFactory())
    with pytest.raises(ValidationError, match="at least once"):
        social_attempt_finish(attempt=attempt)
    assert Attempt.objects.get(pk=attempt.pk).state == Attempt.State.RECORDING


def test_a_practice_that_ran_out_of_time_without_a_reply_has_nothing_to_score(agent):
    attempt = practice_rewind(
        social_attempt_start(agent=agent, scenario=SocialScenarioFactory(time_limit_minutes=1)), 61
    )
    with pytest.raises(ValidationError, match="nothing to score: practise again"):
        social_attempt_finish(attempt=attempt)


def test_no_reply_after_finishing(agent):
    attempt = social_attempt_start(agent=agent, scenario=SocialScenarioFactory())
    social_reply(attempt=attempt, text="Hi Sarah, sorry! DM us. ^AB", visibility="public", key=None)
    social_attempt_finish(attempt=attempt)
    attempt = Attempt.objects.get(pk=attempt.pk)
    with pytest.raises(ValidationError, match="practice has ended"):
        social_reply(attempt=attempt, text="One more thing", visibility="public", key=None)
    assert attempt.social_messages.filter(author=SocialMessage.Author.AGENT).count() == 1


def test_the_finished_practice_is_a_social_transcript(agent):
    scenario = SocialScenarioFactory(
        messages=[customer_message("Broken again!"), customer_message("Hello??", "private", delay=30)]
    )
    attempt = social_attempt_start(agent=agent, scenario=scenario)
    attempt = practice_rewind(attempt, 40)
    social_reply(attempt=attempt, text="Hi @sarahm, sorry! Check your DMs. ^AB", visibility="public", key=None)
    attempt = social_attempt_finish(attempt=attempt)

    transcript = Attempt.objects.get(pk=attempt.pk).transcript
    assert transcript["channel"] == "social" and transcript["language"] == "en"
    assert transcript["customer_name"] == "Sarah Miller" and transcript["customer_handle"] == "@sarahm"
    assert transcript["agent_name"] == agent.first_name
    assert [(s["speaker"], s["visibility"], s["at"]) for s in transcript["segments"]] == [
        ("customer", "public", 0.0),
        ("customer", "private", 30.0),
        ("agent", "public", pytest.approx(40, abs=1)),
    ]
