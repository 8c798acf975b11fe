"""The live role-play in real Chromium: a fake microphone plays an espeak-ng reply, the page plays
the customer's line, finds the end of the agent's turn by silence, and the customer answers what
was said, down different paths in English and Italian; without a microphone the agent types."""

import re
import subprocess
import wave
from pathlib import Path

import pytest
from django.core.files.storage import storages
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from scenarios.models import Attempt
from scenarios.roleplay.scenario import scenario_read
from scenarios.services.calls import line_voice
from tests.scenarios.audio_corpus import silence_wav, spoken_wav
from tests.scenarios.roleplay.factories import LATE_DELIVERY, roleplay_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

REPLY = {
    "en": "Hello, this is Dan. That's not my department, you'll have to call the courier.",
    # Two marks of empathy: espeak-ng's Italian through the browser's codec is sometimes misheard
    # ("mi distiace"), and this test is about the branch, not about recognition.
    "it": "Buongiorno, sono Giulia di Fibra Italia. Capisco, mi dispiace molto per l'attesa, me ne occupo io.",
}
NEXT_LINE = {
    "en": "What do you mean? I bought the router from you",  # deflection → protest
    "it": "Grazie. L'ordine è il 5 5 1 2 0",  # empathy → the order number
}
START = {"en": "Start the call", "it": "Inizia la chiamata"}


def microphone(tmp_path: Path, text: str | None, language: str) -> Path:
    """What the fake microphone hears from the start of the call: silence while the customer's
    first line plays and a little more, then the reply (if any), then silence.

    The fake device plays from the moment the call starts, so a reply begun before the agent's
    turn opens would be heard only in part: the first line is synthesised here (the server then
    serves it from its cache, however loaded the machine) and the silence lasts as long as it
    plus six seconds, well inside the twelve the page waits for a first word."""
    first = scenario_read(LATE_DELIVERY[language])
    voice = storages["private"].path(line_voice(text=first.line(first.start).say, language=language))
    with wave.open(voice) as clip:
        seconds = clip.getnframes() / clip.getframerate()
    parts = [silence_wav(tmp_path / "before.wav", seconds + 6.0)]
    if text:
        parts.append(spoken_wav(tmp_path / "reply.wav", text, language=language))
    parts.append(silence_wav(tmp_path / "after.wav", 20.0))
    out = tmp_path / "microphone.wav"
    subprocess.run(["sox", *map(str, parts), str(out)], check=True, capture_output=True)
    return out


def open_call(browser_factory, live_server, login, agent, language: str, *flags: str):
    scenario = roleplay_page(LATE_DELIVERY[language])
    browser = browser_factory("--autoplay-policy=no-user-gesture-required", *flags)
    page = browser.new_context(locale="en-GB" if language == "en" else "it-IT").new_page()
    page.set_default_timeout(30_000)
    login(page, agent, language)
    with translation.override(language):
        page.goto(live_server.url + reverse("scenarios:scenario_detail", kwargs={"pk": scenario.pk}))
    page.locator("form[action$='/start/'] button[type=submit]").click()
    page.wait_for_url(re.compile(r"/attempts/\d+/$"))
    expect(page.locator("#call")).not_to_contain_text("router")  # nothing of the script before it is said
    expect(page.locator("#end-turn")).to_be_hidden()
    return page


@pytest.mark.whisper
@pytest.mark.parametrize("language", ["en", "it"])
def test_the_customer_answers_what_the_agent_said_aloud(browser_factory, live_server, login, agent, language, tmp_path):
    voice = microphone(tmp_path, REPLY[language], language)
    page = open_call(
        browser_factory,
        live_server,
        login,
        agent,
        language,
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={voice}",
    )
    page.get_by_role("button", name=START[language]).click()
    expect(page.locator("#caption-text")).to_contain_text("router" if language == "en" else "modem")
    expect(page.locator("#end-turn")).to_be_enabled(timeout=30_000)  # the customer finished: the agent's turn
    expect(page.locator("#caption-text")).to_contain_text(NEXT_LINE[language], timeout=120_000)
    expect(page.locator("#heard")).not_to_be_empty()
    turn = Attempt.objects.get(agent=agent).turns.get(index=0)  # the fake microphone loops: more may follow
    assert turn.recording and turn.duration_s > 3
    assert ("ownership:fail" if language == "en" else "empathy:pass") in turn.decided, (turn.duration_s, turn.segments)

    page.get_by_role("button", name="Hint" if language == "en" else "Suggerimento").click()
    expect(page.locator("#hint-text")).to_be_visible()
    page.locator("#captions-on").uncheck()
    expect(page.locator("#caption")).to_be_hidden()
    page.locator("#hang-up").click()
    expect(page.locator("#attempt-state")).not_to_have_text(re.compile("Recording|Registrazione"), timeout=30_000)
    attempt = Attempt.objects.get(agent=agent)
    assert attempt.call["ended"] is True and len(attempt.call["said"]) >= 2


@pytest.mark.whisper
def test_a_silent_agent_is_asked_whether_they_are_there(browser_factory, live_server, login, agent, tmp_path):
    voice = microphone(tmp_path, None, "en")
    page = open_call(
        browser_factory,
        live_server,
        login,
        agent,
        "en",
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={voice}",
    )
    page.get_by_role("button", name="Start the call").click()
    expect(page.locator("#caption-text")).to_contain_text("Hello? Are you there?", timeout=90_000)
    assert Attempt.objects.get(agent=agent).turns.get().decided == ["silence"]


def test_without_a_microphone_the_agent_types_and_the_call_goes_on(browser_factory, live_server, login, agent):
    page = open_call(browser_factory, live_server, login, agent, "it")
    page.get_by_role("button", name="Inizia la chiamata").click()
    alert = page.locator("#mic-error")
    expect(alert).to_be_visible()
    expect(alert).to_contain_text("microfono")
    expect(alert.get_by_role("link")).to_have_attribute("href", re.compile(r"#upload$"))
    page.get_by_label("La tua risposta").fill("Buongiorno, sono Giulia, mi dispiace molto per l'attesa.")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # the send button, by keyboard
    expect(page.locator("#caption-text")).to_contain_text("L'ordine è il 5 5 1 2 0", timeout=60_000)
    page.get_by_label("La tua risposta").fill("La richiamiamo al più presto.")
    page.get_by_role("button", name="Invia la risposta").click()
    expect(page.locator("#caption-text")).to_contain_text("Al più presto quando, esattamente?", timeout=60_000)
    assert [turn.line_id for turn in Attempt.objects.get(agent=agent).turns.order_by("index")] == ["apertura", "ordine"]
