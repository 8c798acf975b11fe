"""What the pipeline needs from a speech recogniser, so another one can replace Whisper.

An engine only turns one short piece of 16 kHz audio (at most one 30-second window)
into timed segments and words. Decoding, voice activity, packing, hallucination
filters and the transcript JSON are the pipeline's, so every engine yields the same
transcript.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

# Hesitations written out in the prompt make Whisper transcribe them verbatim instead
# of cleaning them away, which the filler-word criterion depends on.
FILLER_PROMPTS = {
    "it": "Ehm, allora... uhm, sì, ehm, mi dica. Eh, va bene, uhm.",
    "en": "Um, so... uh, yeah, uhm, let me see. Ehm, okay, uh.",
}


@dataclass(frozen=True)
class DecodingOptions:
    """Decoding choices; the defaults are the ones measured best by benchmarks/transcribe_speed.py."""

    beam_size: int | None = None  # None: greedy (best_of candidates at temperature > 0)
    best_of: int = 5
    # Temperature fallback re-decodes a window that loops or makes no sense; without it
    # Whisper repeats itself for minutes ("ma ma ma ...").
    temperatures: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
    compression_ratio_threshold: float = 2.4
    logprob_threshold: float = -1.0
    no_speech_threshold: float = 0.6
    threads: int | None = None  # torch intra-op threads; None keeps torch's default (all cores)
    # Speech regions are packed into windows this long; 0 sends each region alone (slower:
    # the encoder pays for 30 s either way).
    pack_window_s: float = 30.0
    # Audio kept around each speech region when it is sent to the engine: the VAD trims
    # soft onsets ("th" of "thanks"), and Whisper reads them better with some context.
    region_pad_s: float = 0.0
    # Each window is prompted with the text recognised in the channel's previous window
    # (Whisper's condition_on_previous_text): names and words already heard are read the
    # same way again.
    condition_on_previous_text: bool = True
    prompts: dict[str, str] = field(default_factory=lambda: dict(FILLER_PROMPTS))

    @classmethod
    def from_dict(cls, values: dict) -> "DecodingOptions":
        """Build from settings, ignoring nothing silently: an unknown key is an error."""
        values = dict(values)
        if "temperatures" in values:
            values["temperatures"] = tuple(values["temperatures"])
        return cls(**values)


@dataclass(frozen=True)
class RecognisedWord:
    word: str  # as the engine spells it, with its leading space and punctuation
    start: float
    end: float
    probability: float


@dataclass(frozen=True)
class RecognisedSegment:
    start: float
    end: float
    text: str
    words: tuple[RecognisedWord, ...]
    avg_logprob: float
    no_speech_prob: float
    temperature: float = 0.0  # of the decoding pass that produced it; a hot one is a guess


class SpeechEngine(Protocol):
    """A recogniser loaded once per process; times are seconds from the start of ``samples``."""

    name: str
    options: DecodingOptions

    def recognise(self, samples: np.ndarray, *, language: str, context: str = "") -> list[RecognisedSegment]:
        """``context`` is what was said just before ``samples`` on the same channel."""

    def detect_language(self, samples: np.ndarray, *, candidates: tuple[str, ...]) -> str: ...
