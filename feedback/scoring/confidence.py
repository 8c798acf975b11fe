"""What the recogniser was unsure of: a fault found only in words it barely heard is not a fault yet.

A transcript made from a recording carries each word's probability (Whisper's); one
typed or labelled does not, and nothing here changes its results. A criterion that
fails because the agent said something wrong (a deflection, an unprofessional word, a
promise without a time, a hold) is decided by the cue words found; when every cue that
decided it was recognised with a probability under :data:`LOW_PROBABILITY`, the
failure may be a misheard word ("signorce vetti"), so the criterion is not scored and
is marked for the supervisor to check, instead of failing the agent, or the whole call
when the criterion is critical.
"""
from __future__ import annotations

from dataclasses import dataclass

from feedback.scoring.checks.base import FAIL, Outcome
from feedback.scoring.conversation import Cue, Segment, Sentence

# Whisper's word probability under which a word may well be misheard. Chosen on the
# voiced calls of benchmarks/audio_scoring_agreement.py: words it misreads there mostly
# score under 0.3, while the espeak voice's correctly read words mostly score above 0.4.
LOW_PROBABILITY = 0.35

# The cue labels whose presence makes each criterion fail.
FAULT_CUES: dict[str, tuple[str, ...]] = {
    "ownership": ("deflection",),
    "professional_language": ("unprofessional",),
    "commitment_time": ("promise",),
    "hold_etiquette": ("hold",),
}


@dataclass(frozen=True)
class Doubt:
    """The most confident of the words that decided a failure, and how confident that was."""

    word: str
    probability: float


def failure_doubt(key: str, outcome: Outcome) -> Doubt | None:
    """The doubt over a failure decided only by words recognised with low confidence, else None."""
    labels = FAULT_CUES.get(key)
    if outcome.result != FAIL or not labels or not outcome.evidence:
        return None
    heard = [_cue_heard(sentence, cue) for sentence in outcome.evidence for label in labels
             for cue in sentence.found(label)]
    if not heard or any(doubt is None for doubt in heard):
        return None  # a cue without probabilities (a typed transcript) decides for sure
    surest = max(heard, key=lambda doubt: doubt.probability)
    return surest if surest.probability < LOW_PROBABILITY else None


def _cue_heard(sentence: Sentence, cue: Cue) -> Doubt | None:
    """The cue's least probable word, or None when the segment's words carry no probability."""
    segment = sentence.segment
    doc = segment.doc
    begin = doc[cue.start].idx - segment.char_offset
    end = doc[cue.end - 1].idx + len(doc[cue.end - 1]) - segment.char_offset
    words = [word for word, start, stop in _word_spans(segment) if start < end and begin < stop]
    if not words or any("probability" not in word for word in words):
        return None
    weakest = min(words, key=lambda word: word["probability"])
    return Doubt(weakest["word"], weakest["probability"])


def _word_spans(segment: Segment) -> list[tuple[dict, int, int]]:
    """Each recognised word with where it stands in the segment's text (words spell the text in order)."""
    spans, cursor = [], 0
    for word in segment.words or ():
        start = segment.text.find(word["word"], cursor)
        if start < 0:
            return []  # words that do not spell the text cannot be placed
        cursor = start + len(word["word"])
        spans.append((word, start, cursor))
    return spans
