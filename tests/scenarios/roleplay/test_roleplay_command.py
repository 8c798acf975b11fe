"""`manage.py roleplay` as interfaces.md fixes it: the same scenario down different paths by what the
agent says, in Italian and English; typed, spoken and silent replies; exit 2 with one line on bad input."""

import json
import os
import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.scenarios.audio_corpus import spoken_wav, tone_wav
from tests.scenarios.roleplay.factories import LATE_DELIVERY, ROOT, SAMPLE

pytestmark = pytest.mark.django_db

REPLIES = {
    "it": {
        "deflection": "Buongiorno, sono Giulia. Guardi, le consegne non sono di mia competenza, deve chiamare il corriere.",
        "empathy": "Buongiorno, sono Giulia di Fibra Italia, mi dispiace molto per l'attesa, me ne occupo io.",
        "vague": "La richiamiamo al più presto.",
        "timed": "Riceverà il modem giovedì entro le dodici.",
    },
    "en": {
        "deflection": "Hello, this is Dan. That's not my department, you'll have to call the courier.",
        "empathy": "Hello, this is Dan from Fibre Direct, I'm so sorry about the wait, I'll deal with it.",
        "vague": "We'll get back to you as soon as possible.",
        "timed": "You'll receive it on Thursday by noon.",
    },
}
# The lines of the two demo files, by what they are for.
PROTEST = {"it": "protesta", "en": "protest"}
ORDER = {"it": "ordine", "en": "order"}
WHEN_EXACTLY = {"it": "quando", "en": "when"}
ARE_YOU_THERE = {"it": "pronto", "en": "hello"}
THANKS = {"it": "saluti", "en": "thanks"}


def play(scenario, *replies, format="json"):
    out = StringIO()
    call_command(
        "roleplay",
        str(scenario),
        *[arg for reply in replies for arg in ("--reply", str(reply))],
        "--format",
        format,
        stdout=out,
    )
    return json.loads(out.getvalue()) if format == "json" else out.getvalue()


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_deflection_takes_the_protest_branch(language):
    played = play(LATE_DELIVERY[language], REPLIES[language]["deflection"])
    assert played["lines"][1] == PROTEST[language]
    assert "ownership:fail" in played["turns"][0]["decided"]
    assert played["ended"] is False


@pytest.mark.parametrize("language", ["it", "en"])
def test_empathy_calms_and_a_vague_promise_gets_when_exactly(language):
    played = play(
        LATE_DELIVERY[language],
        REPLIES[language]["empathy"],
        REPLIES[language]["vague"],
        REPLIES[language]["timed"],
        "",
    )
    assert played["lines"] == [played["lines"][0], ORDER[language], WHEN_EXACTLY[language], THANKS[language]]
    assert [turn["decided"] for turn in played["turns"]][1:] == [
        ["commitment_time:fail"],
        ["commitment_time:pass"],
        ["silence"],
    ]
    assert played["ended"] is True
    assert played["result"]["rubric"] == "phone" and played["result"]["language"] == language
    ownership = next(item for item in played["result"]["criteria"] if item["key"] == "ownership")
    assert ownership["result"] == "pass"


@pytest.mark.parametrize("language", ["it", "en"])
def test_silence_gets_are_you_there(language):
    played = play(LATE_DELIVERY[language], "")
    assert played["lines"][1] == ARE_YOU_THERE[language]
    assert played["turns"][0] == {
        "line": played["lines"][0],
        "customer": played["turns"][0]["customer"],
        "agent": "",
        "decided": ["silence"],
    }


def test_the_sample_takes_the_path_its_readme_gives():
    replies = [
        "Buongiorno, sono Giulia. Guardi, le consegne non sono di mia competenza.",
        "Mi scusi, ha ragione.",
        "Mi dice il numero d'ordine, per favore?",
        "La richiamiamo al più presto.",
        "Il modem arriva giovedì entro le dodici.",
        "Grazie a lei, buona giornata.",
        "Left over, ignored.",
    ]
    played = play(SAMPLE, *replies)
    assert played["lines"] == ["apertura", "protesta", "insiste", "ordine", "quando", "saluti"]
    assert played["ended"] is True and len(played["turns"]) == 6
    straight = play(
        SAMPLE,
        "Buongiorno, sono Giulia di Fibra Italia, mi dispiace molto per l'attesa. Mi conferma il numero d'ordine?",
    )
    assert straight["lines"] == ["apertura", "ordine"]


def test_a_customer_out_of_patience_hangs_up():
    deflect = REPLIES["en"]["deflection"]
    played = play(LATE_DELIVERY["en"], deflect, deflect, "Sorry, wait!")
    assert played["lines"] == ["opening", "protest", "#hang-up"]  # patience 2: the second deflection is the last
    assert len(played["turns"]) == 2 and played["ended"] is True  # the customer hung up: no reply to the last words
    said = [segment["text"] for segment in played["result"]["criteria"][0]["evidence"]]
    assert said and "Sorry, wait!" not in json.dumps(played)
    text = play(LATE_DELIVERY["en"], deflect, deflect, format="text")
    assert "Path: opening → protest → #hang-up" in text and "ownership:fail" in text


@pytest.mark.whisper
@pytest.mark.parametrize("language", ["it", "en"])
def test_spoken_replies_are_transcribed_and_noise_is_silence(tmp_path, language):
    spoken = spoken_wav(tmp_path / "deflection.wav", REPLIES[language]["deflection"], language=language)
    played = play(LATE_DELIVERY[language], spoken, tone_wav(tmp_path / "noise.wav", 2.0))
    assert played["lines"][1:3] == [PROTEST[language], played["lines"][2]]
    assert "ownership:fail" in played["turns"][0]["decided"]
    assert played["turns"][1]["decided"] == ["silence"] and played["turns"][1]["agent"] == ""
    assert played["result"]["metrics"]["agent_words"] > 5  # timed: the reply was placed on the call's clock


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("missing.json",), "missing.json: no such file"),
        (("bad.json",), "bad.json: the scenario is not valid JSON"),
        (("loop.json",), "loop.json: lines a → b form a cycle that can never end"),
        ((str(SAMPLE), "--reply", "nowhere.wav"), "reply 1: nowhere.wav: no such audio file"),
        ((str(SAMPLE), "--reply", "corrupt.wav"), "reply 1: corrupt.wav:"),
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.json").write_text("{nope")
    (tmp_path / "loop.json").write_text(
        json.dumps(
            {
                "language": "en",
                "lines": [
                    {"id": "a", "say": "One", "next": [{"goto": "b"}]},
                    {"id": "b", "say": "Two", "next": [{"goto": "a"}]},
                ],
            }
        )
    )
    (tmp_path / "corrupt.wav").write_bytes(b"RIFF not really a wave file")
    with pytest.raises(CommandError, match=message) as error:
        call_command("roleplay", *args, stdout=StringIO())
    assert error.value.returncode == 2 and "\n" not in str(error.value)


def test_in_a_bare_checkout_without_a_database(tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path}/missing/academy.sqlite3",
        "DJANGO_SETTINGS_MODULE": "academy.settings.base",
    }
    proc = subprocess.run(
        [sys.executable, "manage.py", "roleplay", str(SAMPLE), "--reply", ""],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    played = json.loads(proc.stdout)
    assert played["lines"] == ["apertura", "insiste"] and played["turns"][0]["decided"] == ["silence"]
