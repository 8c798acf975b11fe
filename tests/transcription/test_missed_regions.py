"""Which stretches of speech got no words: each recognised word belongs to the region nearest
its middle, a region counts as skipped only when Whisper heard nothing there, and skipped
regions in a row form one stretch, read again whole."""

from __future__ import annotations

from transcription.engine import Word, stretches_missed
from transcription.vad import SpeechRegion

REGIONS = [
    SpeechRegion(1.31, 1.83),
    SpeechRegion(2.04, 3.62),
    SpeechRegion(6.49, 9.92),
    SpeechRegion(10.3, 11.72),
    SpeechRegion(12.16, 14.31),
]


def _word(start: float, end: float) -> Word:
    return Word(" word", start, end, 0.9)


def test_a_region_without_words_is_missed_and_one_with_a_word_inside_is_not():
    words = [_word(1.4, 1.7), _word(2.2, 2.5), _word(6.6, 7.0), _word(12.5, 12.9)]

    assert stretches_missed(REGIONS, words) == [[SpeechRegion(10.3, 11.72)]]


def test_a_word_timed_in_the_audio_kept_before_a_region_belongs_to_that_region():
    """ "Hello." at 1.00–1.56: its middle falls 0.03 s before the region the VAD found."""
    words = [_word(1.0, 1.56), _word(2.2, 2.5), _word(6.6, 7.0), _word(10.4, 10.8), _word(12.5, 12.9)]

    assert stretches_missed(REGIONS, words) == []


def test_a_word_in_a_pause_belongs_to_the_nearer_region_only():
    words = [_word(1.4, 1.7), _word(2.2, 2.5), _word(9.95, 10.05), _word(12.5, 12.9)]  # 0.08 s after, 0.3 s before

    assert stretches_missed(REGIONS, words) == [[SpeechRegion(10.3, 11.72)]]


def test_skipped_regions_in_a_row_are_one_stretch_and_a_heard_one_between_splits_them():
    words = [_word(2.2, 2.5), _word(10.4, 10.8)]

    assert stretches_missed(REGIONS, words) == [
        [SpeechRegion(1.31, 1.83)],
        [SpeechRegion(6.49, 9.92)],
        [SpeechRegion(12.16, 14.31)],
    ]


def test_with_no_words_the_whole_channel_is_one_stretch():
    assert stretches_missed(REGIONS, []) == [REGIONS]
