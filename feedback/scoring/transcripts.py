"""Reading transcripts: the JSON of ../shared/specs/interfaces.md and the plain-text form.

Everything that reaches the checks has been through `transcript_from_dict`, so
the checks can trust types and never meet a half-valid conversation. Errors are
`TranscriptError`s with one line a user can act on.

Plain text, one turn a line::

    [00:04] Operatore: Buongiorno, sono Laura di Telco Italia.
    [00:09.5] Cliente: Buongiorno, ...

Labels are ``Agent``/``Customer`` or ``Operatore``/``Cliente`` (any case); the
``[mm:ss]``/``[mm:ss.s]``/``[hh:mm:ss]`` prefix is optional but, when used, must be
on every line. A line lasts until the next one starts; the last line is given
0.4 s a word (150 words a minute). Optional ``key: value`` header lines before
the first turn set ``language``, ``channel``, ``agent_name``, ``customer_name``,
``customer_handle`` and ``requires_verification``. Without a ``language`` header
the language is Italian when the labels are Italian, else the language whose
common words the text uses most; the channel defaults to ``phone``.
"""

from __future__ import annotations

import json
import re
from typing import Any

LANGUAGES = ("it", "en")
CHANNELS = ("phone", "social")
SPEAKERS = ("agent", "customer")
VISIBILITIES = ("public", "private")
SECONDS_PER_WORD = 0.4

_SPEAKER_LABELS = {
    "agent": ("agent", "en"),
    "customer": ("customer", "en"),
    "operator": ("agent", "en"),
    "operatore": ("agent", "it"),
    "operatrice": ("agent", "it"),
    "cliente": ("customer", "it"),
    "agente": ("agent", "it"),
}
_LINE = re.compile(r"^\s*(?:\[(?P<time>[\d:.]+)\]\s*)?(?P<label>[A-Za-zà-ù_]+)\s*:\s*(?P<text>.*)$")
_TIME = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$")
_HEADER_KEYS = ("language", "channel", "agent_name", "customer_name", "customer_handle", "requires_verification")
_COMMON_WORDS = {
    "it": {
        "il",
        "la",
        "che",
        "di",
        "non",
        "per",
        "un",
        "una",
        "sono",
        "mi",
        "le",
        "grazie",
        "della",
        "è",
        "ho",
        "buongiorno",
    },
    "en": {
        "the",
        "to",
        "and",
        "you",
        "i",
        "it",
        "is",
        "for",
        "of",
        "my",
        "your",
        "that",
        "thanks",
        "can",
        "hi",
        "have",
    },
}


class TranscriptError(ValueError):
    """A transcript the engine cannot read; the message is one line for the user."""


def parse_transcript(text: str) -> dict[str, Any]:
    """A normalised transcript dict from JSON or plain text."""
    if not text.strip():
        raise TranscriptError("the transcript is empty")
    if _looks_like_json(text.lstrip()):
        try:
            data = json.loads(text)
        except ValueError as error:
            raise TranscriptError(f"malformed JSON: {error}") from None
        return transcript_from_dict(data)
    return transcript_from_dict(_plain_text_to_dict(text))


def _looks_like_json(text: str) -> bool:
    # "[00:04] Agent: …" opens with a bracket too.
    return text.startswith("{") or (text.startswith("[") and not _LINE.match(text.split("\n", 1)[0]))


def transcript_from_dict(data: Any) -> dict[str, Any]:
    """Validate a transcript dict and return a clean copy the checks can rely on."""
    if not isinstance(data, dict):
        raise TranscriptError("a transcript must be a JSON object with language, channel and segments")
    language = data.get("language")
    if language not in LANGUAGES:
        raise TranscriptError(f"unknown language {language!r} (use it or en)")
    channel = data.get("channel")
    if channel not in CHANNELS:
        raise TranscriptError(f"unknown channel {channel!r} (use phone or social)")
    segments = data.get("segments")
    if not isinstance(segments, list):
        raise TranscriptError("'segments' must be a list")
    clean = [_segment(item, number, channel) for number, item in enumerate(segments, start=1)]
    clean = [segment for segment in clean if segment["text"]]
    if not clean:
        raise TranscriptError("the transcript has no segments with text")
    transcript: dict[str, Any] = {"language": language, "channel": channel}
    for key in ("agent_name", "customer_name", "customer_handle"):
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise TranscriptError(f"'{key}' must be a string")
        if value and value.strip():
            transcript[key] = value.strip()
    verification = data.get("requires_verification")
    if verification is not None and not isinstance(verification, bool):
        raise TranscriptError("'requires_verification' must be true or false")
    transcript["requires_verification"] = verification is True
    duration = data.get("duration")
    if duration is not None:
        transcript["duration"] = _seconds(duration, "'duration'")
    transcript["segments"] = clean
    return transcript


def _segment(item: Any, number: int, channel: str) -> dict[str, Any]:
    where = f"segment {number}"
    if not isinstance(item, dict):
        raise TranscriptError(f"{where} must be an object with speaker and text")
    speaker = item.get("speaker")
    if speaker not in SPEAKERS:
        raise TranscriptError(f"{where}: unknown speaker {speaker!r} (use agent or customer)")
    text = item.get("text")
    if not isinstance(text, str):
        raise TranscriptError(f"{where}: 'text' must be a string")
    segment: dict[str, Any] = {"speaker": speaker, "text": " ".join(text.split())}
    for key in ("start", "end", "at"):
        if item.get(key) is not None:
            segment[key] = _seconds(item[key], f"{where}: '{key}'")
    if "start" in segment and "end" in segment and segment["end"] < segment["start"]:
        raise TranscriptError(f"{where} ends before it starts")
    visibility = item.get("visibility")
    if visibility is not None and visibility not in VISIBILITIES:
        raise TranscriptError(f"{where}: unknown visibility {visibility!r} (use public or private)")
    if channel == "social":
        segment["visibility"] = visibility or "public"
    if item.get("probability") is not None:
        segment["probability"] = _probability(item["probability"], f"{where}: 'probability'")
    words = item.get("words")
    if words is not None:
        segment["words"] = _words(words, where)
        if segment["words"] and "start" not in segment:
            segment["start"] = segment["words"][0]["start"]
        if segment["words"] and "end" not in segment:
            segment["end"] = segment["words"][-1]["end"]
    return segment


def _words(words: Any, where: str) -> list[dict[str, Any]]:
    if not isinstance(words, list):
        raise TranscriptError(f"{where}: 'words' must be a list")
    clean = []
    for word in words:
        if not isinstance(word, dict) or not isinstance(word.get("word"), str):
            raise TranscriptError(f"{where}: every word needs a 'word' string")
        item = {
            "word": word["word"].strip(),
            "start": _seconds(word.get("start"), f"{where}: word start"),
            "end": _seconds(word.get("end"), f"{where}: word end"),
        }
        if word.get("probability") is not None:
            item["probability"] = _probability(word["probability"], f"{where}: word probability")
        clean.append(item)
    return clean


def _probability(value: Any, what: str) -> float:
    """The recogniser's confidence in a word or segment (optional): a number from 0 to 1."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise TranscriptError(f"{what} must be a number from 0 to 1")
    return float(value)


def _seconds(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0 or value != value:
        raise TranscriptError(f"{what} must be a number of seconds ≥ 0")
    return float(value)


def _plain_text_to_dict(text: str) -> dict[str, Any]:
    header: dict[str, Any] = {}
    segments: list[dict[str, Any]] = []
    label_languages: set[str] = set()
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        match = _LINE.match(raw)
        label = match.group("label").lower() if match else ""
        if match and not segments and not match.group("time") and label in _HEADER_KEYS:
            header[label] = _header_value(label, match.group("text").strip())
            continue
        if not match or label not in _SPEAKER_LABELS:
            raise TranscriptError(
                f"line {number}: expected '[mm:ss] Agent: …' or 'Customer: …' (or Operatore/Cliente), got {raw.strip()[:40]!r}"
            )
        speaker, label_language = _SPEAKER_LABELS[label]
        label_languages.add(label_language)
        segment: dict[str, Any] = {"speaker": speaker, "text": match.group("text").strip()}
        if match.group("time"):
            segment["start"] = _clock(match.group("time"), number)
        segments.append(segment)
    if not segments:
        raise TranscriptError("the transcript has no 'Agent:' or 'Customer:' lines")
    _plain_text_times(segments)
    language = header.get("language") or ("it" if "it" in label_languages else _guess_language(segments))
    return {"channel": "phone", **header, "language": language, "segments": segments}


def _header_value(key: str, value: str) -> Any:
    if key == "requires_verification":
        if value.lower() not in ("true", "false", "yes", "no", "sì", "si"):
            raise TranscriptError("header requires_verification must be true or false")
        return value.lower() in ("true", "yes", "sì", "si")
    return value


def _clock(value: str, number: int) -> float:
    match = _TIME.match(value)
    if not match:
        raise TranscriptError(f"line {number}: time {value!r} is not [mm:ss] or [mm:ss.s]")
    hours, minutes, seconds = match.groups()
    return int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds)


def _plain_text_times(segments: list[dict[str, Any]]) -> None:
    timed = ["start" in segment for segment in segments]
    if any(timed) and not all(timed):
        raise TranscriptError("some lines have a [mm:ss] time and others do not")
    if not all(timed):
        return
    for current, following in zip(segments, segments[1:]):
        if following["start"] < current["start"]:
            raise TranscriptError("the [mm:ss] times must not go backwards")
        current["end"] = following["start"]
    last = segments[-1]
    last["end"] = last["start"] + SECONDS_PER_WORD * max(1, len(last["text"].split()))


def _guess_language(segments: list[dict[str, Any]]) -> str:
    words = [word.strip(".,;:!?").lower() for segment in segments for word in segment["text"].split()]
    scores = {language: sum(word in common for word in words) for language, common in _COMMON_WORDS.items()}
    return "it" if scores["it"] > scores["en"] else "en"
