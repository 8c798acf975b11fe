"""What the pipeline needs from a speech recogniser, so another one can replace Whisper.

An engine only turns one window of 16 kHz speech (some of a channel's speech regions,
laid end to end) into timed segments and words. Decoding, voice activity, packing
regions into windows, hallucination filters and the transcript JSON are the
pipeline's, so every engine yields the same transcript.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from transcription.context import CallContext
from transcription.prompt import CALL_PHRASES, FILLER_PROMPTS

QUANTIZATIONS = (None, "int8", "float32")  # None: the engine's own default


@dataclass(frozen=True)
class DecodingOptions:
    """Decoding choices; the defaults are the ones measured best by benchmarks/transcribe_speed.py."""

    # Beam search reads the robotic Italian voice markedly better than greedy decoding
    # and, with the beams batched (engines/openai_whisper.py), stays well inside the
    # real-time budget. None: greedy.
    beam_size: int | None = 5
    best_of: int = 5  # candidates sampled at temperature > 0
    # Temperature fallback re-decodes a window that loops or makes no sense; without it
    # Whisper repeats itself for minutes ("ma ma ma ...").
    temperatures: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
    compression_ratio_threshold: float = 2.4
    # A loop too short for the compression ratio (a 10-s window read as one sentence said three
    # times) is decoded again too: the text says a stretch of at least this many tokens twice in
    # a row (measured on the voiced set, benchmarks/transcribe_speed.py). None: not checked.
    repeated_tokens: int | None = 8
    logprob_threshold: float = -1.0
    no_speech_threshold: float = 0.6
    threads: int | None = None  # the engine's threads; None: every core (CTranslate2), one (openai-whisper)
    # The weights' precision; None is each engine's measured default. openai-whisper:
    # float32; its "int8" (dynamic int8 quantisation of the Linear layers) is faster
    # (RTF 0.073 against 0.101 on the sample calls) but reads the robotic Italian voice
    # worse (agent WER 53 against 41), and its peak memory is hardly lower, since the
    # float weights load first. CTranslate2: int8, see engines/ctranslate2_whisper.py.
    quantization: str | None = None
    # CTranslate2: the encoder reads a window padded with at least 1 s of silence to the next
    # multiple of this many seconds, not always to 30 s (whisper.cpp's "audio_ctx"): a 5-s turn
    # costs a third of the encoder's time and is read as well (measured on real speech and the
    # sample calls, benchmarks/transcribe_speed.py). None: always 30 s. openai-whisper's encoder
    # takes 30 s only.
    encoder_step_s: float | None = 5.0
    # ...and never fewer than this many seconds: the further a window falls short of the 30 s
    # Whisper was trained on, the more its decoder strays; a 3.9-s real English clip read in 5 s
    # lost a tense ("walks" for "walked") that it kept in 8, 10 and 30 s, while longer windows
    # read the same (benchmarks/transcribe_speed.py, real speech and the voiced calls).
    encoder_min_s: float = 10.0
    # Audio kept around each speech region, and pauses shorter than the join gap kept
    # inside it: the VAD trims soft onsets, and Whisper reads whole phrases, with their
    # pauses, better than words cut out one breath at a time (faster-whisper's choice).
    region_pad_s: float = 0.3
    join_gap_s: float = 2.0
    # Each window is prompted with the text read before it (Whisper's
    # condition_on_previous_text): names and words already heard are read the same way.
    condition_on_previous_text: bool = True
    # The filler prompt leads the prompt only until the text read before a window
    # pushes it out of the decoder's prompt length (as Whisper's initial prompt does);
    # keeping it before every window cost accuracy (measured on the voiced set).
    carry_initial_prompt: bool = False
    # Whisper's timestamp tokens, which cut its text into timed segments. A packed
    # window ends where speech ends, words are timed by alignment and turns by the VAD,
    # so they add nothing; without them Whisper reads better and a little faster
    # (measured on the sample calls and the voiced set).
    timestamp_tokens: bool = False
    prompts: dict[str, str] = field(default_factory=lambda: dict(FILLER_PROMPTS))
    # Sentences an agent says on a call, before every window of a recording with a call context
    # (transcription/prompt.py): set phrases said in an unclear voice are read as said. {}: none.
    phrases: dict[str, str] = field(default_factory=lambda: dict(CALL_PHRASES))

    def __post_init__(self) -> None:
        if self.quantization not in QUANTIZATIONS:
            raise ValueError(f"Unknown quantization {self.quantization!r}; expected one of {QUANTIZATIONS}.")

    @classmethod
    def from_dict(cls, values: dict) -> DecodingOptions:
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
    probability: float  # the engine's confidence in the word, 0-1; scoring treats low ones with care


@dataclass(frozen=True)
class RecognisedSegment:
    start: float
    end: float
    text: str
    words: tuple[RecognisedWord, ...]
    avg_logprob: float
    no_speech_prob: float


class SpeechEngine(Protocol):
    """A recogniser loaded once per process; times are seconds from the start of ``samples``."""

    name: str  # the WHISPER_ENGINE setting that selects it
    options: DecodingOptions
    window_s: float  # the longest stretch of audio read at once

    def recognise(
        self, samples: np.ndarray, *, language: str, previous_text: str = "", context: CallContext | None = None
    ) -> list[RecognisedSegment]:
        """Segments of one window (at most ``window_s``) that ends where speech ends.

        ``previous_text`` is what was read just before the window, so names and words
        already heard are read the same way; ``context`` holds the words the call is
        likely to contain. Both reach the decoder through
        :func:`transcription.prompt.prompt_tokens`, the prompt every engine shares.
        """

    def detect_language(self, samples: np.ndarray, *, candidates: tuple[str, ...]) -> str: ...
