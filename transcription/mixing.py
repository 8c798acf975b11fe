"""One stereo recording assembled from clips recorded apart: agent left, customer right.

A guided role-play is recorded turn by turn. Laying the clips on the call's clock in one
file lets a reviewer hear the call as it went and jump to any moment a report quotes,
as with an uploaded call. FLAC: lossless, half the size of WAV, played by current browsers.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import av
import numpy as np

from transcription.audio import SAMPLE_RATE


@dataclass(frozen=True)
class Placement:
    start_s: float
    samples: np.ndarray  # mono float32 at SAMPLE_RATE


def stereo_mix(left: list[Placement], right: list[Placement], duration_s: float) -> np.ndarray:
    """Two rows of float32 samples, each clip at its start; the file lasts until the last clip ends."""

    def bounds(placement: Placement) -> tuple[int, int]:
        start = round(placement.start_s * SAMPLE_RATE)
        return start, start + len(placement.samples)

    length = max([round(duration_s * SAMPLE_RATE), *(bounds(p)[1] for p in (*left, *right))])
    mixed = np.zeros((2, length), np.float32)
    for row, placements in enumerate((left, right)):
        for placement in placements:
            start, end = bounds(placement)
            mixed[row, start:end] += placement.samples
    return np.clip(mixed, -1.0, 1.0)


def write_flac(path: str | os.PathLike, channels: np.ndarray) -> None:
    """16-bit FLAC at :data:`SAMPLE_RATE`, one channel per row of ``channels``."""
    pcm = (channels * 32767).astype("<i2")
    layout = "stereo" if pcm.shape[0] == 2 else "mono"
    with av.open(str(path), "w", format="flac") as container:
        stream = container.add_stream("flac", rate=SAMPLE_RATE, layout=layout)
        frame = av.AudioFrame.from_ndarray(pcm.T.reshape(1, -1), format="s16", layout=layout)
        frame.sample_rate = SAMPLE_RATE
        for packet in (*stream.encode(frame), *stream.encode(None)):
            container.mux(packet)
