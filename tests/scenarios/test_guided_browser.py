"""The guided role-play in real Chromium: with a fake microphone playing a spoken answer, an
agent records every turn, submits, and watches the attempt become ready without reloading;
without a microphone the page says so and offers the upload instead."""
import re

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from scenarios.models import Attempt
from tests.scenarios.audio_corpus import padded, spoken_wav
from tests.scenarios.factories import ScenarioFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ANSWER = "Good morning, my name is Laura from Telco. I am sorry about your bill, I will fix it today."


def url(live_server, name: str, **kwargs) -> str:
    with translation.override("en"):
        return live_server.url + reverse(name, kwargs=kwargs)


@pytest.fixture
def scenario(db):
    return ScenarioFactory(title="Billing error practice", lines=["Hello, my bill is wrong.", "Thanks, goodbye."])


@pytest.mark.whisper
def test_an_agent_records_each_turn_submits_and_sees_the_attempt_become_ready(
    browser_factory, live_server, login, agent, scenario, tmp_path
):
    voice = padded(tmp_path / "answer.wav", spoken_wav(tmp_path / "raw.wav", ANSWER), after=1.0)
    browser = browser_factory("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                              f"--use-file-for-fake-audio-capture={voice}")
    page = browser.new_context(locale="en-GB").new_page()
    page.set_default_timeout(30_000)
    login(page, agent, "en")
    page.goto(url(live_server, "scenarios:scenario_detail", pk=scenario.pk))
    page.get_by_role("button", name="Start the role-play").click()
    page.wait_for_url(re.compile(r"/attempts/\d+/$"))
    attempt = Attempt.objects.get(agent=agent)

    for index in range(3):
        turn = page.locator(f"li.turn[data-index='{index}']")
        expect(turn).to_have_class(re.compile("active"))
        if index:
            expect(turn.locator(".customer-line")).to_contain_text(scenario.customer_turns[index - 1]["text"])
        turn.locator("button.record").click()
        expect(turn.locator(".recording-indicator")).to_be_visible()
        page.wait_for_function(
            f"() => parseFloat(document.querySelector(\"li.turn[data-index='{index}'] .level-bar\").style.width) > 0")
        page.wait_for_timeout(3500)
        turn.locator("button.stop").click()
        expect(turn.locator(".turn-status")).to_contain_text("Saved", timeout=120_000)

    # Every answer was transcribed while the call went on: the page shows what was heard.
    for index in range(3):
        expect(page.locator(f"li.turn[data-index='{index}'] .heard")).to_contain_text("Heard:", timeout=120_000)
    page.get_by_role("button", name="Submit for coaching").click()
    expect(page.locator("#attempt-state")).to_have_text("Ready", timeout=180_000)
    expect(page.locator("#attempt-result")).to_contain_text("Your coaching report is ready")
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.READY
    assert [s["speaker"] for s in attempt.transcript["segments"]][:2] == ["agent", "customer"]
    assert attempt.turns.count() == 3 and all(turn.segments for turn in attempt.turns.all())


def test_without_a_microphone_the_agent_is_told_and_offered_the_upload(browser_factory, live_server, login, agent, scenario):
    page = browser_factory().new_context(locale="en-GB").new_page()
    login(page, agent, "en")
    page.goto(url(live_server, "scenarios:scenario_detail", pk=scenario.pk))
    page.get_by_role("button", name="Start the role-play").click()
    page.locator("li.turn.active button.record").click()
    alert = page.locator("#guided .mic-error")
    expect(alert).to_be_visible()
    expect(alert).to_contain_text("microphone")
    alert.get_by_role("link", name="Upload a recorded call").click()
    expect(page.locator("#upload")).to_be_visible()
    assert not Attempt.objects.get(agent=agent).turns.exists()
