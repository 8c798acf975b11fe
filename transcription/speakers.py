"""Who speaks when, for a mono recording where both parties share one channel.

A documented simple method, not a diarisation model: every stretch of speech found by
the VAD (pauses of 0.3 s split them, so regions of different speakers rarely share one) is described by the mean and spread of its log-mel spectrum, which
mostly captures the voice's timbre and pitch range, and the regions are split into two
groups by k-means. The group that speaks first is the agent, who answers the call.
Good enough to start from when the two voices differ (a man and a woman, two
different phones); wrong when they sound alike, which is why the transcript is marked
``"speaker_attribution": "estimated"`` and people can swap or relabel speakers.

The log-mel spectrum is Whisper's, computed by faster-whisper's numpy feature extractor
(within 1e-4 of openai-whisper's torch one), so estimating speakers loads no torch.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from transcription.audio import SAMPLE_RATE
from transcription.vad import SpeechRegion

ITERATIONS = 50


@lru_cache(maxsize=1)
def _log_mel():
    from faster_whisper.feature_extractor import FeatureExtractor

    return FeatureExtractor()


def _voice_features(samples: np.ndarray, regions: list[SpeechRegion]) -> np.ndarray:
    rows = []
    for region in regions:
        chunk = samples[int(region.start * SAMPLE_RATE) : int(region.end * SAMPLE_RATE)]
        mel = _log_mel()(np.ascontiguousarray(chunk), padding=0)
        rows.append(np.concatenate([mel.mean(axis=1), mel.std(axis=1)]))
    features = np.stack(rows)
    spread = features.std(axis=0)
    return (features - features.mean(axis=0)) / np.where(spread > 0, spread, 1.0)


def _two_means(features: np.ndarray) -> np.ndarray:
    """k-means with k=2, seeded deterministically by the two most different regions."""
    distances = np.linalg.norm(features[:, None] - features[None], axis=2)
    first, second = np.unravel_index(np.argmax(distances), distances.shape)
    centres = features[[first, second]]
    labels = np.zeros(len(features), dtype=int)
    for _ in range(ITERATIONS):
        new = np.argmin(np.linalg.norm(features[:, None] - centres[None], axis=2), axis=1)
        if np.array_equal(new, labels) and _ > 0:
            break
        labels = new
        centres = np.stack([features[labels == k].mean(axis=0) if np.any(labels == k) else centres[k] for k in (0, 1)])
    return labels


def speakers_estimate(
    samples: np.ndarray, regions: list[SpeechRegion], *, speakers: tuple[str, str] = ("agent", "customer")
) -> list[str]:
    """One speaker label per region; the first region's voice is ``speakers[0]``."""
    if len(regions) < 2:
        return [speakers[0]] * len(regions)
    labels = _two_means(_voice_features(samples, regions))
    return [speakers[0] if label == labels[0] else speakers[1] for label in labels]
