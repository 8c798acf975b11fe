"""A channel's speech regions packed into windows of at most 30 s, and times mapped back.

Only speech reaches Whisper: it invents text when fed silence. Whisper's encoder always
reads a 30-second window, so transcribing each short region alone would pay for a full
window per region; the regions are packed, in order, into windows of up to 30 s
instead. A region is never cut between two windows: a word split at a window's edge
is misread on both sides of it. Each window then ends where speech ends, and Whisper
reads it in one pass, never seeking back into a remainder it would decode alone (and
fill with invented repetitions).

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
        # Looked up twice per recognised word.
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
        chunk = samples[int(region.start * SAMPLE_RATE) : int(region.end * SAMPLE_RATE)]
        pieces.append(Piece(packed_start=length, original_start=region.start, duration=len(chunk) / SAMPLE_RATE))
        parts.append(chunk)
        length += len(chunk) / SAMPLE_RATE
    return SpeechStream(samples=np.concatenate(parts) if parts else np.zeros(0, np.float32), pieces=tuple(pieces))


def _fitted(span: SpeechRegion, regions: list[SpeechRegion], max_s: float) -> list[SpeechRegion]:
    """``span`` cut into pieces of at most ``max_s``, in the pauses between the regions inside it.

    Only a region itself longer than ``max_s`` (no voice-activity gate in front) is cut
    in the middle of speech.
    """
    pauses = [
        (earlier.end + later.start) / 2
        for earlier, later in zip(regions, regions[1:])
        if span.start < earlier.end and later.start < span.end
    ]
    pieces: list[SpeechRegion] = []
    start = span.start
    while span.end - start > max_s:
        cuts = [pause for pause in pauses if start < pause <= start + max_s]
        cut = cuts[-1] if cuts else start + max_s
        pieces.append(SpeechRegion(start, cut))
        start = cut
    return [*pieces, SpeechRegion(start, span.end)]


def pack_regions(
    regions: list[SpeechRegion], duration_s: float, *, pad_s: float, join_gap_s: float, max_s: float
) -> list[list[SpeechRegion]]:
    """Regions, widened and joined (:func:`widen_regions`), grouped in order into packs
    of at most ``max_s`` seconds of audio each."""
    packs: list[list[SpeechRegion]] = []
    size = 0.0
    for span in widen_regions(regions, pad_s, duration_s, join_gap_s):
        for piece in _fitted(span, regions, max_s):
            if packs and size + piece.duration <= max_s:
                packs[-1].append(piece)
                size += piece.duration
            else:
                packs.append([piece])
                size = piece.duration
    return packs
