"""Speech regions packed into windows keep every region once, in order, uncut where a
pause allows, and window times map back to the original clock."""

import numpy as np
import pytest

from transcription.audio import SAMPLE_RATE
from transcription.packing import join_regions, pack_regions, widen_regions
from transcription.vad import SpeechRegion


def _regions(*spans):
    return [SpeechRegion(start, end) for start, end in spans]


def test_regions_are_joined_end_to_end_in_order_without_gaps():
    samples = np.zeros(200 * SAMPLE_RATE, dtype=np.float32)

    stream = join_regions(samples, _regions((1, 11), (20, 32), (100, 129)))

    assert len(stream.samples) == (10 + 12 + 29) * SAMPLE_RATE
    assert [(p.packed_start, p.original_start) for p in stream.pieces] == [(0, 1), (10, 20), (22, 100)]


def test_a_stream_time_maps_back_to_the_original_clock():
    samples = np.arange(100 * SAMPLE_RATE, dtype=np.float32)
    stream = join_regions(samples, _regions((10, 14), (40, 45)))

    assert stream.to_original(0.0) == 10.0
    assert stream.to_original(3.5) == 13.5
    assert stream.to_original(4.0) == pytest.approx(40.0)
    assert stream.to_original(6.25) == 42.25
    assert stream.to_original(9.0) == 45.0  # past the end: the last piece's end
    assert stream.samples[int(4.5 * SAMPLE_RATE)] == samples[int(40.5 * SAMPLE_RATE)]


def test_widened_regions_stay_inside_the_audio_and_merge_where_they_meet():
    widened = widen_regions(_regions((0.1, 2.0), (2.5, 4.0), (8.0, 9.9)), 0.3, 10.0)

    assert widened == _regions((0.0, 4.3), (7.7, 10.0))


def test_regions_separated_by_a_short_pause_are_joined_with_the_pause():
    joined = widen_regions(_regions((1.0, 3.0), (4.5, 6.0), (9.0, 10.0)), 0.0, 12.0, join_gap_s=2.0)

    assert joined == _regions((1.0, 6.0), (9.0, 10.0))


def test_regions_are_packed_in_order_into_windows_without_cutting_one():
    regions = _regions((0, 10), (14, 24), (30, 41), (50, 58))

    packs = pack_regions(regions, 60.0, pad_s=0.0, join_gap_s=0.0, max_s=30.0)

    assert packs == [_regions((0, 10), (14, 24)), _regions((30, 41), (50, 58))]
    assert all(sum(r.duration for r in pack) <= 30.0 for pack in packs)


def test_a_span_of_joined_regions_longer_than_a_window_is_cut_in_a_pause_between_them():
    regions = _regions((0, 12), (13, 25), (26, 38))

    packs = pack_regions(regions, 40.0, pad_s=0.0, join_gap_s=2.0, max_s=30.0)

    assert packs == [_regions((0, 25.5)), _regions((25.5, 38))]


def test_speech_longer_than_a_window_without_a_pause_is_cut_at_the_window_length():
    packs = pack_regions(_regions((0, 70)), 70.0, pad_s=0.0, join_gap_s=0.0, max_s=30.0)

    assert packs == [_regions((0, 30)), _regions((30, 60)), _regions((60, 70))]
