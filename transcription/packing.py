"""A channel's speech regions laid end to end as one stream, and times mapped back.

Only speech reaches Whisper: it invents text when fed silence. Whisper then cuts the
stream into its 30-second windows itself, seeking to the end of the last whole
sentence, so a sentence is never split at a window edge; transcribing each short
region alone would pay the encoder's 30-second cost per region instead.

Regions are joined without a gap, as faster-whisper does: a stretch of digital silence
inside a window looks to Whisper like the zero padding after the end of the audio,
and it stops transcribing there. Pauses shorter than a couple of seconds are kept
inside a region (:func:`widen_regions`), so Whisper hears the speaker's own rhythm.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from transcription.audio import SAMPLE_RATE
from transcription.vad import SpeechRegion


@dataclass(frozen=True)
class Piece:
    packed_start: float
    original_start: float
    duration: float


@dataclass(frozen=True)
class SpeechStream:
    samples: np.ndarray
    pieces: tuple[Piece, ...]

    @cached_property
    def _starts(self) -> list[float]:
        # Looked up twice per recognised word; a whole channel's stream has many pieces.
        return [piece.packed_start for piece in self.pieces]

    def to_original(self, t: float) -> float:
        """A stream time on the original clock; a time past a piece's end sticks to that end."""
        piece = self.pieces[max(bisect.bisect_right(self._starts, t) - 1, 0)]
        offset = min(max(t - piece.packed_start, 0.0), piece.duration)
        return round(piece.original_start + offset, 3)


def widen_regions(
    regions: list[SpeechRegion], pad_s: float, duration_s: float, join_gap_s: float = 0.0
) -> list[SpeechRegion]:
    """Regions grown by ``pad_s`` on each side, clipped to the audio, and joined where
    fewer than ``join_gap_s`` seconds separate them."""
    widened: list[SpeechRegion] = []
    for region in regions:
        start, end = max(region.start - pad_s, 0.0), min(region.end + pad_s, duration_s)
        if widened and start <= widened[-1].end + join_gap_s:
            widened[-1] = SpeechRegion(widened[-1].start, max(widened[-1].end, end))
        else:
            widened.append(SpeechRegion(start, end))
    return widened


def join_regions(samples: np.ndarray, regions: list[SpeechRegion]) -> SpeechStream:
    """Every region once, in order, end to end."""
    parts: list[np.ndarray] = []
    pieces: list[Piece] = []
    length = 0.0
    for region in regions:
        chunk = samples[int(region.start * SAMPLE_RATE): int(region.end * SAMPLE_RATE)]
        pieces.append(Piece(packed_start=length, original_start=region.start, duration=len(chunk) / SAMPLE_RATE))
        parts.append(chunk)
        length += len(chunk) / SAMPLE_RATE
    return SpeechStream(samples=np.concatenate(parts) if parts else np.zeros(0, np.float32), pieces=tuple(pieces))
