"""Where people speak: Silero VAD over one channel, on the original clock.

Silero ships its model inside the ``silero-vad`` package, so it runs offline. Silences
(dead air) are measured from these regions, never from Whisper's timestamps, which
drift by seconds around pauses; and only these regions are sent to Whisper, which
invents text when it is fed silence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import torch

from transcription.audio import SAMPLE_RATE


@dataclass(frozen=True)
class SpeechRegion:
    start: float
    end: float

    @property
    def duration(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class VadOptions:
    threshold: float = 0.5
    min_speech_ms: int = 200
    # Shorter pauses are breaths inside a sentence, not turns or dead air.
    min_silence_ms: int = 300
    # Silero trims tightly; a little padding keeps word onsets and endings for Whisper.
    pad_ms: int = 100
    # A region that long is cut at its quietest point so it fits one Whisper window.
    max_region_s: float = 28.0


@lru_cache(maxsize=1)
def _silero_model():
    from silero_vad import load_silero_vad

    return load_silero_vad()


def speech_regions(samples: np.ndarray, options: VadOptions = VadOptions()) -> list[SpeechRegion]:
    """Speech regions of one 16 kHz channel, in seconds from its start."""
    from silero_vad import get_speech_timestamps

    if samples.size < SAMPLE_RATE // 10:
        return []
    with torch.inference_mode():
        stamps = get_speech_timestamps(
            torch.from_numpy(samples),
            _silero_model(),
            threshold=options.threshold,
            sampling_rate=SAMPLE_RATE,
            min_speech_duration_ms=options.min_speech_ms,
            min_silence_duration_ms=options.min_silence_ms,
            speech_pad_ms=options.pad_ms,
            max_speech_duration_s=options.max_region_s,
        )
    return [SpeechRegion(start=s["start"] / SAMPLE_RATE, end=s["end"] / SAMPLE_RATE) for s in stamps]
