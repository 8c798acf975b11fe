"""Packing speech regions into Whisper windows keeps every region once and maps
window times back to the original clock."""
import numpy as np
import pytest

from transcription.audio import SAMPLE_RATE
from transcription.packing import pack_regions, widen_regions
from transcription.vad import SpeechRegion


def _regions(*spans):
    return [SpeechRegion(start, end) for start, end in spans]


def test_regions_fill_windows_of_at_most_thirty_seconds_in_order():
    samples = np.zeros(200 * SAMPLE_RATE, dtype=np.float32)
    regions = _regions((1, 11), (20, 32), (50, 58), (100, 129), (150, 152))

    windows = pack_regions(samples, regions)

    assert [len(w.pieces) for w in windows] == [3, 1, 1]  # 10 + 12 + 8 s fill the first exactly
    assert all(len(w.samples) <= 30 * SAMPLE_RATE for w in windows)
    assert [p.original_start for w in windows for p in w.pieces] == [1, 20, 50, 100, 150]


def test_a_window_time_maps_back_to_the_original_clock():
    samples = np.arange(100 * SAMPLE_RATE, dtype=np.float32)
    (window,) = pack_regions(samples, _regions((10, 14), (40, 45)))

    assert window.to_original(0.0) == 10.0
    assert window.to_original(3.5) == 13.5
    assert window.to_original(4.0) == pytest.approx(40.0)
    assert window.to_original(6.25) == 42.25
    assert window.samples[int(4.5 * SAMPLE_RATE)] == samples[int(40.5 * SAMPLE_RATE)]


def test_a_region_longer_than_a_window_is_cut_into_windows():
    samples = np.zeros(80 * SAMPLE_RATE, dtype=np.float32)

    windows = pack_regions(samples, _regions((5, 70)))

    assert [w.pieces[0].original_start for w in windows] == [5, 35, 65]
    assert windows[-1].to_original(4.9) == pytest.approx(69.9)


def test_widened_regions_stay_inside_the_audio_and_merge_where_they_meet():
    widened = widen_regions(_regions((0.1, 2.0), (2.5, 4.0), (8.0, 9.9)), 0.3, 10.0)

    assert widened == _regions((0.0, 4.3), (7.7, 10.0))
