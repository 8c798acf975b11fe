"""Each packed window is prompted with the text of the channel's window before it, as
Whisper's own loop does, except after a garbled (hot) window or a hallucination."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from transcription.audio import SAMPLE_RATE
from transcription.engine import recognise_regions
from transcription.engines.base import DecodingOptions, RecognisedSegment
from transcription.vad import SpeechRegion

# Three 20-second regions: each fills a window of its own.
REGIONS = [SpeechRegion(0.0, 20.0), SpeechRegion(25.0, 45.0), SpeechRegion(50.0, 70.0)]
SAMPLES = np.zeros(75 * SAMPLE_RATE, dtype=np.float32)


@dataclass
class ScriptedEngine:
    """Says the scripted segment for each window in turn and notes the context it was given."""

    script: list[RecognisedSegment]
    options: DecodingOptions = field(default_factory=DecodingOptions)
    name: str = "scripted"
    contexts: list[str] = field(default_factory=list)

    def recognise(self, samples: np.ndarray, *, language: str, context: str = "") -> list[RecognisedSegment]:
        self.contexts.append(context)
        return [self.script[len(self.contexts) - 1]]

    def detect_language(self, samples: np.ndarray, *, candidates: tuple[str, ...]) -> str:
        return candidates[0]


def _said(text: str, *, temperature: float = 0.0) -> RecognisedSegment:
    return RecognisedSegment(0.0, 20.0, text, (), -0.3, 0.05, temperature)


def test_a_window_is_prompted_with_what_the_window_before_it_said():
    engine = ScriptedEngine([_said("Sono Giulia di Velamobile."), _said("Mi conferma la data?"), _said("Grazie.")])

    recognise_regions(engine, SAMPLES, REGIONS, "it")

    assert engine.contexts == ["", "Sono Giulia di Velamobile.", "Mi conferma la data?"]


def test_a_window_decoded_hot_or_invented_is_not_passed_on():
    engine = ScriptedEngine([_said("ma ma ma ma", temperature=0.8), _said("Thanks for watching!"), _said("Grazie.")])

    recognise_regions(engine, SAMPLES, REGIONS, "it")

    assert engine.contexts == ["", "", ""]


def test_conditioning_can_be_turned_off_in_the_decoding_options():
    engine = ScriptedEngine([_said("Uno."), _said("Due."), _said("Tre.")], DecodingOptions(condition_on_previous_text=False))

    recognise_regions(engine, SAMPLES, REGIONS, "it")

    assert engine.contexts == ["", "", ""]
