"""What the recogniser was unsure of: a fault found only in words it barely heard is not a fault yet.

A transcript made from a recording carries each word's probability (Whisper's); one
typed or labelled does not, and nothing here changes its results. A criterion that
fails because the agent said something wrong (a deflection, an unprofessional word, a
promise without a time, a hold) is decided by the cue words found; when every cue that
decided it was recognised with a probability under :data:`LOW_PROBABILITY`, the
failure may be a misheard word ("signorce vetti"), so the criterion is not scored and
is marked for the supervisor to check, instead of failing the agent, or the whole call
when the criterion is critical.

The words that decide a cue are its words of :data:`MIN_DECIDING_LETTERS` letters or more
(all of them when it has none): Whisper is often unsure of an article, a preposition or a
clitic it read right ("give 'em a ring" with "a" at 0.15; "metterla in attesa" with "in"
at 0.03), and such a word does not make the cue, nor does one re-read as another ("la metto
di attesa" read "in attesa", misheard.py). Measured on 12 sample and voiced calls
(benchmarks/audio_scoring_agreement.py --keep, words aligned with the reference): under
LOW_PROBABILITY fall 14 % of the Italian words of one or two letters read right (19/134),
against 2 % of the longer ones (7/314).
"""

from __future__ import annotations

from dataclasses import dataclass

from feedback.scoring.checks.base import FAIL, Outcome
from feedback.scoring.conversation import Cue, Sentence
from feedback.scoring.misheard import LOW_PROBABILITY

MIN_DECIDING_LETTERS = 3

# The cue labels whose presence makes each criterion fail.
FAULT_CUES: dict[str, tuple[str, ...]] = {
    "ownership": ("deflection",),
    "professional_language": ("unprofessional",),
    "commitment_time": ("promise", "investigation"),
    "hold_etiquette": ("hold",),
}


@dataclass(frozen=True)
class Doubt:
    """The most confident of the words that decided a failure, how confident that was, and
    what was heard when the word was re-read (misheard.py)."""

    word: str
    probability: float
    heard: str = ""

    @property
    def unsure(self) -> bool:
        return bool(self.heard) or self.probability < LOW_PROBABILITY


def failure_doubt(key: str, outcome: Outcome) -> Doubt | None:
    """The doubt over a failure decided only by words recognised with low confidence, else None."""
    labels = FAULT_CUES.get(key)
    if outcome.result != FAIL or not labels or not outcome.evidence:
        return None
    heard = [
        _cue_heard(sentence, cue) for sentence in outcome.evidence for label in labels for cue in sentence.found(label)
    ]
    if not heard or any(doubt is None or not doubt.unsure for doubt in heard):
        return None  # a cue without probabilities (a typed transcript) decides for sure
    return max(heard, key=lambda doubt: (not doubt.heard, doubt.probability))


def _cue_heard(sentence: Sentence, cue: Cue) -> Doubt | None:
    """The cue's deciding word re-read, else its least probable one; None when the segment's
    words carry no probability."""
    words = sentence.segment.heard_words(cue.start, cue.end)
    if not words or any("probability" not in word for word in words):
        return None
    deciding = [word for word in words if sum(char.isalpha() for char in word["word"]) >= MIN_DECIDING_LETTERS] or words
    reread = [word for word in deciding if "heard" in word]
    weakest = reread[0] if reread else min(deciding, key=lambda word: word["probability"])
    return Doubt(weakest["word"], weakest["probability"], weakest.get("heard", ""))
