"""The live call over HTTP, as its page's script uses it: the customer's line, the agent's reply
(typed here; spoken in the browser test), the next line chosen by what the reply said; hints,
hanging up, a second tab, the customer's voice, and the path kept for the report."""

import pytest
from django.urls import reverse
from django.utils import translation

from scenarios.models import Attempt
from scenarios.services.attempts import attempt_start_guided
from tests.scenarios.roleplay.factories import LATE_DELIVERY, roleplay_page

pytestmark = pytest.mark.django_db


def url(name: str, **kwargs) -> str:
    with translation.override("en"):
        return reverse(name, kwargs=kwargs)


@pytest.fixture
def call(agent, client_for):
    attempt = attempt_start_guided(agent=agent, scenario=roleplay_page(LATE_DELIVERY["en"]))
    client = client_for(agent)
    client.get(url("scenarios:attempt_detail", pk=attempt.pk))  # sets the CSRF cookie, as the page does
    client.attempt = attempt
    return client


def reply(client, turn: int, text: str, line: str = ""):
    return client.post(
        url("scenarios:call_reply", pk=client.attempt.pk),
        {"turn": str(turn), "text": text, "line": line},
        HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value,
    )


def test_the_page_shows_nothing_of_the_script_and_the_state_only_the_line_said(call):
    page = call.get(url("scenarios:attempt_detail", pk=call.attempt.pk)).content.decode()
    assert "Start the call" in page and "router" not in page and "courier" not in page
    state = call.get(url("scenarios:call_state", pk=call.attempt.pk)).json()
    assert state["turn"] == 0 and state["ended"] is False
    assert state["line"]["id"] == "opening" and "ten days for a router" in state["line"]["say"]
    assert "protest" not in str(state)


def test_the_customer_reacts_to_what_the_agent_just_said(call):
    deflected = reply(call, 0, "Hello, this is Dan. That's not my department, you'll have to call the courier.").json()
    assert "ownership:fail" in deflected["decided"]
    assert deflected["call"]["line"]["id"] == "protest" and deflected["ended"] is False
    calmed = reply(call, 1, "I'm so sorry, you're right, I'll deal with it myself.").json()
    assert calmed["call"]["line"]["id"] == "order"
    vague = reply(call, 2, "We'll get back to you as soon as possible.").json()
    assert vague["call"]["line"]["say"] == "As soon as possible when, exactly? I need a day."


def test_silence_gets_are_you_there(call):
    silent = reply(call, 0, "").json()
    assert silent["decided"] == ["silence"] and silent["call"]["line"]["say"] == "Hello? Are you there?"


def test_a_second_tab_cannot_fork_the_call(call):
    assert reply(call, 0, "Hello, this is Dan, I'm sorry about the wait.", line="opening").status_code == 200
    stale = reply(call, 0, "Hello again from the other tab.", line="opening")
    assert stale.status_code == 409 and "another tab" in stale.json()["error"]
    wrong_line = reply(call, 1, "Hello.", line="opening")
    assert wrong_line.status_code == 409
    assert call.attempt.turns.count() == 1


def test_a_hint_helps_with_the_current_line(call):
    hint = call.get(url("scenarios:call_hint", pk=call.attempt.pk)).json()["hint"]
    assert hint == "Introduce yourself, apologise for the wait and take ownership."


def test_the_customer_is_voiced_by_the_server_when_the_line_has_no_clip(call):
    audio = call.get(url("scenarios:call_line_audio", pk=call.attempt.pk, index=0))
    assert audio.status_code == 200 and audio["Content-Type"] == "audio/x-wav"
    first = b"".join(audio.streaming_content)
    assert first[:4] == b"RIFF" and len(first) > 10_000
    again = b"".join(call.get(url("scenarios:call_line_audio", pk=call.attempt.pk, index=0)).streaming_content)
    assert again == first  # made once, then served from private storage
    assert call.get(url("scenarios:call_line_audio", pk=call.attempt.pk, index=1)).status_code == 404  # not said yet


def test_hanging_up_keeps_what_was_said_and_shows_the_path(call, django_capture_on_commit_callbacks):
    reply(call, 0, "Hello, this is Dan. That's not my department.")
    with django_capture_on_commit_callbacks(execute=False):
        response = call.post(
            url("scenarios:call_hang_up", pk=call.attempt.pk), HTTP_X_CSRFTOKEN=call.cookies["csrftoken"].value
        )
    assert response.status_code == 302
    attempt = Attempt.objects.get(pk=call.attempt.pk)
    assert attempt.state == Attempt.State.TRANSCRIBING and attempt.call["ended"] is True
    assert [line["id"] for line in attempt.call["said"]] == ["opening", "protest"]
    page = call.get(url("scenarios:attempt_detail", pk=attempt.pk)).content.decode()
    assert "The call&#x27;s path" in page or "The call's path" in page
    assert "That&#x27;s not my department." in page and "<code>ownership:fail</code>" in page
    assert reply(call, 1, "Too late.").status_code == 400


def test_a_customer_out_of_patience_hangs_up_and_the_call_is_scored(call, django_capture_on_commit_callbacks):
    deflect = "That's not my department, you'll have to call the courier."
    reply(call, 0, deflect)
    with django_capture_on_commit_callbacks(execute=False):
        last = reply(call, 1, deflect).json()
    assert last["ended"] is True and last["next"] is True
    assert last["call"]["line"]["id"] == "#hang-up" and "forget it" in last["call"]["line"]["say"].lower()
    assert Attempt.objects.get(pk=call.attempt.pk).state == Attempt.State.TRANSCRIBING


def test_the_report_of_a_live_call_shows_its_path_with_each_reply(call, agent, client_for):
    from feedback.reports.services import scorecard_create

    reply(call, 0, "Hello, this is Dan. That's not my department.")
    attempt = Attempt.objects.get(pk=call.attempt.pk)
    attempt.scorecard = scorecard_create(
        agent=agent,
        transcript={
            "language": "en",
            "channel": "phone",
            "segments": [{"speaker": "agent", "text": "That's not my department."}],
        },
        title="Late delivery",
    )
    attempt.save(update_fields=["scorecard"])
    report = call.get(url("reports:scorecard_detail", pk=attempt.scorecard_id)).content.decode()
    assert 'id="call-path"' in report and "<code>ownership:fail</code>" in report and "<code>protest</code>" in report
