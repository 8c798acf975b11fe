"""Clips recorded apart become one stereo call: each on its party's channel, at its time."""

import numpy as np
import pytest

from transcription.audio import SAMPLE_RATE, decode_audio, probe_audio
from transcription.mixing import Placement, stereo_mix, write_flac


def tone(seconds: float, level: float = 0.5) -> np.ndarray:
    return (level * np.sin(np.arange(int(seconds * SAMPLE_RATE)) * 0.2)).astype(np.float32)


def loud(row: np.ndarray, start_s: float, end_s: float) -> bool:
    return bool(np.abs(row[int(start_s * SAMPLE_RATE) : int(end_s * SAMPLE_RATE)]).max(initial=0) > 0.1)


def test_each_clip_sounds_on_its_channel_from_its_start_and_nowhere_else():
    mixed = stereo_mix([Placement(0.0, tone(1.0)), Placement(3.0, tone(1.0))], [Placement(1.5, tone(1.0))], 4.0)
    agent, customer = mixed
    assert loud(agent, 0.0, 1.0) and loud(agent, 3.0, 4.0) and not loud(agent, 1.05, 2.95)
    assert loud(customer, 1.5, 2.5) and not loud(customer, 0.0, 1.45) and not loud(customer, 2.55, 4.0)


def test_the_call_lasts_until_its_last_clip_ends_even_past_the_announced_duration():
    assert stereo_mix([Placement(2.0, tone(1.5))], [], 3.0).shape == (2, int(3.5 * SAMPLE_RATE))
    assert stereo_mix([], [], 3.0).shape == (2, 3 * SAMPLE_RATE)


def test_overlapping_loud_clips_are_clipped_not_wrapped_around():
    mixed = stereo_mix([Placement(0.0, tone(1.0, 0.9)), Placement(0.0, tone(1.0, 0.9))], [], 1.0)
    assert mixed.max() <= 1.0 and mixed.min() >= -1.0


def test_the_flac_file_decodes_back_to_the_same_two_channels(tmp_path):
    mixed = stereo_mix([Placement(0.5, tone(1.0))], [Placement(2.0, tone(0.5))], 3.0)
    write_flac(tmp_path / "call.flac", mixed)
    info = probe_audio(tmp_path / "call.flac")
    assert (info.codec, info.channels, info.duration_s) == ("flac", 2, pytest.approx(3.0))
    decoded = decode_audio(tmp_path / "call.flac").channels
    assert np.abs(decoded - mixed).max() < 1e-3
