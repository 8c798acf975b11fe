"""A report never contradicts itself: for every criterion of every call, the verdict, the message,
the evidence and the tip agree.

Run over the labelled samples and variants of them (other names, cut short at every turn,
without times) plus calls built to sit on each metric's threshold, so every criterion meets
every result it can take.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest

from feedback.scoring import score_transcript
from feedback.scoring.confidence import LOW_PROBABILITY
from feedback.scoring.defaults import DEFAULT_PARAMS, default_rubric_definition
from feedback.scoring.nlp import fold
from feedback.scoring.transcripts import parse_transcript
from tests.feedback.scoring.builders import call

SAMPLES = Path(__file__).resolve().parents[3].parent / "shared" / "samples" / "transcripts"
OTHER_NAMES = {"it": ("Giulia", "Anna Galli"), "en": ("Siobhan", "Daniel Okafor")}
# Names the templates once used as examples, besides every name of the samples.
EXAMPLE_NAMES = {"Laura", "Rossi", "Smith", "Kate", "Marta", "Mario"}
AT_MOST = {
    "filler_words": "max_per_100",
    "dead_air": "max_gap_s",
    "talk_ratio": "max_ratio",
    "reply_length": "max_chars",
    "response_time": "max_seconds",
}
QUOTED = re.compile(r"[“«](.+?)[”»]")
NUMBER = re.compile(r"\d+(?:[.,]\d+)?")  # 1.4 in English, 1,4 in Italian


def _samples() -> list[dict[str, Any]]:
    return [
        parse_transcript(path.read_text(encoding="utf-8"))
        for path in sorted(SAMPLES.iterdir())
        if path.suffix in (".json", ".txt")
    ]


def _variants(transcript: dict[str, Any]) -> list[dict[str, Any]]:
    """Other names, every prefix of the call, the call without times, and as if barely heard."""
    agent, customer = OTHER_NAMES[transcript["language"]]
    renamed = {**copy.deepcopy(transcript), "agent_name": agent, "customer_name": customer}
    untimed = copy.deepcopy(transcript)
    for segment in untimed["segments"]:
        for key in ("start", "end", "at", "words"):
            segment.pop(key, None)
    unsure = copy.deepcopy(transcript)
    for segment in unsure["segments"]:
        segment["words"] = [
            {
                "word": word,
                "start": segment.get("start", 0.0),
                "end": segment.get("start", 0.0),
                "probability": LOW_PROBABILITY / 2,
            }
            for word in segment["text"].split()
        ]
    prefixes = [
        {**copy.deepcopy(transcript), "segments": transcript["segments"][:n]}
        for n in range(1, len(transcript["segments"]))
    ]
    return [transcript, renamed, untimed, unsure, *prefixes]


def _on_thresholds() -> list[dict[str, Any]]:
    """Calls whose talk share, pace, fillers and silence sit just over or under the limits."""
    calls = []
    for language, agent, customer in (
        ("en", "A: Hello, this is Sam, how can I help you today my friend?", "C: Hi."),
        ("it", "A: Buongiorno, sono Sara, come posso aiutarla oggi signora?", "C: Salve."),
    ):
        for agent_seconds in (6.45, 6.5, 6.52, 6.55, 6.6):  # talk share around 65 %
            transcript = call(language, agent, customer, customer_name="Anna Galli")
            transcript["segments"][0].update(start=0.0, end=agent_seconds)
            transcript["segments"][1].update(start=agent_seconds, end=10.0)
            calls.append(transcript)
        for gap in (4.96, 5.0, 5.04):  # the longest silence around 5 s
            transcript = call(language, agent, customer, agent, seconds_per_word=0.4)
            transcript["segments"][2]["start"] = transcript["segments"][1]["end"] + gap
            transcript["segments"][2]["end"] = transcript["segments"][2]["start"] + 4
            calls.append(transcript)
        for words_per_minute in (109.6, 110.4, 179.6, 180.4):  # pace around its bounds
            line = " ".join(["parola" if language == "it" else "word"] * 60)
            transcript = call(language, f"A: {line}", customer)
            transcript["segments"][0].update(start=0.0, end=round(60 * 60 / words_per_minute, 3))
            transcript["segments"][1].update(start=40.0, end=41.0)
            calls.append(transcript)
        filler = "ehm" if language == "it" else "um"
        for fillers in (2, 3, 4):  # 100 words, fillers around 3 per 100
            line = " ".join([filler] * fillers + ["parola" if language == "it" else "word"] * (100 - fillers))
            calls.append(call(language, f"A: {line}", customer, seconds_per_word=0.4))
    return calls


CALLS = [variant for sample in _samples() for variant in _variants(sample)] + _on_thresholds()
FOREIGN_NAMES = EXAMPLE_NAMES | {
    part for sample in _samples() for key in ("agent_name", "customer_name") for part in sample.get(key, "").split()
}


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", fold(text)).split())


def _problems(transcript: dict[str, Any], result: dict[str, Any]) -> list[str]:
    own_names = {part for key in ("agent_name", "customer_name") for part in transcript.get(key, "").split()}
    agent_turns = _agent_turns(transcript)
    problems = []
    for item in result["criteria"]:
        key, verdict, message, tip = item["key"], item["result"], item["message"], item["tip"]
        evidence = [_norm(e["text"]) for e in item["evidence"]]

        def problem(what: str) -> None:
            problems.append(f"{key} {verdict}: {what} | {message} | {tip} | {item['evidence']}")

        if not message or "{" in message + tip or "}" in message + tip:
            problem("a message is missing or a placeholder is left")
        if item.get("review") and (
            verdict != "na" or not item["confidence"] < LOW_PROBABILITY or not re.search("supervis", message)
        ):
            problem("a criterion left for review is scored, or does not say why")
        if verdict == "na" and tip:
            problem("a criterion not scored gives a tip")
        if verdict == "pass" and tip and not tip.startswith(("Good", "Bene")):
            problem("a passed criterion gets a correction")
        advice = QUOTED.sub(
            lambda quote: "" if any(_norm(quote[1].rstrip("…")) in text for text in evidence) else quote[0], tip
        )
        for name in FOREIGN_NAMES - own_names:
            if re.search(rf"\b{re.escape(name)}\b", advice):
                problem(f"the tip names {name}, who is not in this call")
        if verdict == "fail":
            for example in QUOTED.findall(tip):
                said = _norm(example.replace("…", " "))
                quoting_the_agent = any(text.startswith(said) for text in evidence)
                if len(said.split()) > 2 and not quoting_the_agent and any(said in text for text in evidence):
                    problem(f"the tip asks for “{example}”, which the evidence shows was said")
        if key in AT_MOST and verdict in ("pass", "fail"):
            numbers = [float(n.replace(",", ".")) for n in NUMBER.findall(message)]
            limit = DEFAULT_PARAMS[key][AT_MOST[key]] * (100 if key == "talk_ratio" else 1)
            if (numbers[0] > limit) != (verdict == "fail") or (verdict == "fail" and numbers[0] == numbers[1]):
                problem("the figure shown is on the wrong side of the limit")
        if key == "speaking_pace" and verdict in ("pass", "fail"):
            value, params = float(NUMBER.findall(message)[0].replace(",", ".")), DEFAULT_PARAMS["speaking_pace"]
            if (params["min_wpm"] <= value <= params["max_wpm"]) != (verdict == "pass"):
                problem("the pace shown is on the wrong side of the ideal range")
        if key == "closing" and verdict == "pass" and transcript["channel"] == "phone":
            if (
                not all(text in agent_turns[-1] for text in evidence)
                or len(agent_turns) == 1
                and all(text in agent_turns[0][: len(text) + 1] for text in evidence)
            ):
                problem("the closing is not evidenced by the last turn, or is the opening")
        if key == "greeting" and verdict == "pass" and transcript["channel"] == "phone":
            if not all(text in agent_turns[0] for text in evidence):
                problem("the greeting is not evidenced by the first turn")
        if key == "customer_name" and verdict == "fail" and transcript.get("customer_name"):
            if transcript["customer_name"] not in message or transcript["customer_name"].split()[-1] not in tip:
                problem("the customer's real name is not the one the message and tip use")
    return problems


def _agent_turns(transcript: dict[str, Any]) -> list[str]:
    turns: list[list[str]] = []
    previous = None
    for segment in transcript["segments"]:
        if segment["speaker"] == "agent":
            if previous != "agent":
                turns.append([])
            turns[-1].append(_norm(segment["text"]))
        previous = segment["speaker"]
    return [" ".join(turn) for turn in turns]


def test_the_consistency_check_covers_every_criterion_in_every_result():
    seen = {
        (item["key"], item["result"])
        for transcript in CALLS
        for item in score_transcript(transcript, default_rubric_definition(transcript["channel"]))["criteria"]
    }
    phone = default_rubric_definition("phone").criteria
    assert {(c.key, "pass") for c in phone} | {(c.key, "fail") for c in phone} <= seen


@pytest.mark.parametrize("transcript", CALLS, ids=lambda t: f"{t['channel']}-{t['language']}-{len(t['segments'])}")
def test_verdict_message_evidence_and_tip_agree(transcript):
    result = score_transcript(transcript, default_rubric_definition(transcript["channel"]))

    assert _problems(transcript, result) == []
