"""Text Whisper writes that nobody said.

Voice-activity gating removes most of it; what remains are segments Whisper itself
is unsure of and the stock phrases of the subtitled videos it was trained on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transcription.engines.base import RecognisedSegment

HALLUCINATED_PHRASES = {
    "it": (
        "sottotitoli a cura di",
        "sottotitoli creati dalla comunità amara",
        "sottotitoli e revisione a cura di",
        "grazie per la visione",
        "grazie a tutti per la visione",
        "iscriviti al canale",
        "amara.org",
    ),
    "en": (
        "thanks for watching",
        "thank you for watching",
        "subtitles by the amara.org community",
        "subtitles by",
        "please subscribe",
        "like and subscribe",
        "amara.org",
    ),
}

_NOT_WORD = re.compile(r"[^\w\s.']+")


@dataclass(frozen=True)
class SegmentFilter:
    # A segment this unlikely, after the temperature fallback, is noise read as words.
    min_avg_logprob: float = -1.5
    # Whisper's own verdict that the window holds no speech, trusted when it is unsure of the text too.
    max_no_speech_prob: float = 0.6
    no_speech_logprob: float = -0.7


def normalise(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", text.lower()).split())


def is_hallucination(segment: RecognisedSegment, language: str, rules: SegmentFilter = SegmentFilter()) -> bool:
    text = normalise(segment.text)
    if not text:
        return True
    if segment.avg_logprob < rules.min_avg_logprob:
        return True
    if segment.no_speech_prob > rules.max_no_speech_prob and segment.avg_logprob < rules.no_speech_logprob:
        return True
    phrases = HALLUCINATED_PHRASES.get(language, ()) + HALLUCINATED_PHRASES["en"]
    return any(phrase in text for phrase in phrases)
