"""The social inbox in real Chromium: an agent who asks for personal data in public fails
`private_channel` with that reply as evidence, then practises again correctly and passes."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from scenarios.social.blocks import customer_message, follow_up
from tests.scenarios.social.factories import SocialScenarioFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PUBLIC_ASK = "Hi Sarah, I'm sorry about the outage. Please post your account number here so we can check your line."
PRIVATE_MOVE = (
    "Hi Sarah, I'm sorry about the outage. It will be fixed by 6 pm today. "
    "Please send us a DM with your account number. Thank you for your patience"
)


@pytest.fixture
def outage(db):
    return SocialScenarioFactory(
        title="Outage on the brand page",
        customer_name="Sarah Miller",
        customer_handle="@sarahm",
        messages=[
            customer_message(
                "@TelcoUK no internet since 8am and I work from home.",
                follow_ups=[
                    follow_up("public", "My account number is 4582 1730.", "public", delay=1),
                ],
            )
        ],
    )


def url(live_server, name: str, **kwargs) -> str:
    with translation.override("en"):
        return live_server.url + reverse(name, kwargs=kwargs)


def reply_in_public(page, text: str) -> None:
    box = page.get_by_label(re.compile("Reply in public as"))
    box.fill(text)
    page.locator(".composer[data-visibility=public] .sign").click()  # the agent's signature, e.g. "^AB"
    expect(box).to_be_focused()
    box.press("Enter")
    expect(page.locator("#feed-public .from-agent").last).to_contain_text(text)


def finish_and_open_report(page):
    page.get_by_role("button", name="Finish and get my coaching report").click()
    page.get_by_role("link", name="Open the report").click()
    return page.locator("#criterion-private_channel")


def test_asking_for_data_in_public_fails_then_moving_to_private_passes(page, login, live_server, agent, outage):
    login(page, agent, "en")
    page.goto(url(live_server, "social:scenario_detail", pk=outage.pk))
    page.get_by_role("button", name="Open the inbox").click()
    expect(page.locator("#feed-public .from-customer")).to_contain_text("no internet since 8am")

    reply_in_public(page, PUBLIC_ASK)
    # Asked in public, the customer posts the account number in public, on the server's schedule.
    expect(page.locator("#feed-public .from-customer").last).to_contain_text("4582 1730")
    criterion = finish_and_open_report(page)
    expect(criterion).to_have_class(re.compile("is-fail"))
    expect(criterion.locator(".evidence q").first).to_contain_text("post your account number here")

    page.go_back()
    page.get_by_role("button", name="Practise again").click()
    expect(page.locator("#feed-public .from-customer")).to_contain_text("no internet since 8am")
    reply_in_public(page, PRIVATE_MOVE)
    criterion = finish_and_open_report(page)
    expect(criterion).to_have_class(re.compile("is-pass"))
    expect(page.locator(".verdict")).to_have_class(re.compile(r"\bpass\b"))


def test_the_counter_warns_over_the_limit_and_a_reload_resumes_the_practice(page, login, live_server, agent):
    scenario = SocialScenarioFactory(
        messages=[
            customer_message("First post"),
            customer_message("Are you there?", "private", delay=3),
        ]
    )
    login(page, agent, "en")
    page.goto(url(live_server, "social:scenario_detail", pk=scenario.pk))
    page.get_by_role("button", name="Open the inbox").click()

    box = page.get_by_label(re.compile("Reply in public as"))
    box.fill("x" * 290)
    expect(page.locator("#count-public")).to_contain_text("290 / 280")
    expect(page.locator(".limit-warning")).to_contain_text("10 characters over the public limit")
    page.get_by_role("button", name="Post publicly").dblclick()
    expect(page.locator(".limit-warning")).to_contain_text("Sent, 10 characters over the public limit")
    expect(page.locator("#feed-public .from-agent")).to_have_count(1)

    page.get_by_label(re.compile("Private message to")).fill("Hi Sarah, a draft")
    expect(page.locator("#feed-private .from-customer")).to_contain_text("Are you there?")  # arrives by itself
    expect(page.locator("#inbox-announce")).to_have_text("New message from Sarah Miller: Are you there?")
    page.reload()
    expect(page.locator("#feed-public .from-agent")).to_have_count(1)
    expect(page.locator("#feed-private .from-customer")).to_contain_text("Are you there?")
    expect(page.get_by_label(re.compile("Private message to"))).to_have_value("Hi Sarah, a draft")
    page.get_by_label(re.compile("Private message to")).fill("")
    page.get_by_role("button", name="Send privately").click()
    expect(page.locator(".composer[data-visibility=private] .reply-error")).to_have_text(
        "Write a reply before sending it."
    )
