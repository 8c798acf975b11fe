"""Small transcripts written the way people read them.

    call("it", "A: Buongiorno, sono Laura.", "C: Buongiorno.", agent_name="Laura")
    thread("en", "[0] C pub: My bill is wrong", "[120] A pub: Hi Kate ... ^LB")

Phone lines are "A:" (agent) or "C:" (customer); with ``seconds_per_line`` every
line gets a start and end (``gap`` seconds of silence after each, or per line with
a "[+8] " prefix for an 8-second silence before it). Social lines are
"A pub:", "A dm:", "C pub:", "C dm:", optionally prefixed by "[seconds] " for ``at``.
"""

from __future__ import annotations

import re
from typing import Any

from feedback.scoring import score_transcript
from feedback.scoring.defaults import default_rubric_definition

_PHONE = re.compile(r"^(?:\[\+(?P<silence>[\d.]+)\]\s*)?(?P<who>[AC]):\s*(?P<text>.*)$")
_SOCIAL = re.compile(r"^(?:\[(?P<at>[\d.]+)\]\s*)?(?P<who>[AC]) (?P<where>pub|dm):\s*(?P<text>.*)$")
_SPEAKERS = {"A": "agent", "C": "customer"}


def call(
    language: str, *lines: str, seconds_per_word: float | None = None, gap: float = 0.5, **fields: Any
) -> dict[str, Any]:
    segments, clock = [], 0.0
    for line in lines:
        match = _PHONE.match(line)
        assert match, f"not a phone line: {line!r}"
        segment: dict[str, Any] = {"speaker": _SPEAKERS[match["who"]], "text": match["text"]}
        if seconds_per_word:
            clock += float(match["silence"] or 0)
            segment["start"] = round(clock, 2)
            clock += seconds_per_word * len(match["text"].split())
            segment["end"] = round(clock, 2)
            clock += gap
        segments.append(segment)
    return {"language": language, "channel": "phone", **fields, "segments": segments}


def thread(language: str, *lines: str, **fields: Any) -> dict[str, Any]:
    segments = []
    for line in lines:
        match = _SOCIAL.match(line)
        assert match, f"not a social line: {line!r}"
        segment: dict[str, Any] = {
            "speaker": _SPEAKERS[match["who"]],
            "text": match["text"],
            "visibility": "public" if match["where"] == "pub" else "private",
        }
        if match["at"] is not None:
            segment["at"] = float(match["at"])
        segments.append(segment)
    return {"language": language, "channel": "social", **fields, "segments": segments}


def score(transcript: dict[str, Any]) -> dict[str, Any]:
    return score_transcript(transcript, default_rubric_definition(transcript["channel"]))


def result(transcript: dict[str, Any], key: str) -> str:
    """The pass/fail/na of one criterion of the channel's default rubric."""
    return criterion(transcript, key)["result"]


def criterion(transcript: dict[str, Any], key: str) -> dict[str, Any]:
    return next(item for item in score(transcript)["criteria"] if item["key"] == key)


def recorded(transcript: dict[str, Any], doubtful: dict[str, float]) -> dict[str, Any]:
    """Give every word a probability, as a recording's transcript has: ``doubtful`` words their own,
    the others 0.98 (heard for sure)."""
    for segment in transcript["segments"]:
        segment["words"] = [
            {"word": word, "start": 0.0, "end": 0.0, "probability": doubtful.get(word.strip(".,?!"), 0.98)}
            for word in segment["text"].split()
        ]
    return transcript
