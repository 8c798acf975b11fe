"""Silences are measured on the audio by the voice-activity detector."""

import pytest

from tests.transcription.conftest import join, silence, speak
from transcription.audio import decode_audio
from transcription.vad import speech_regions


def test_a_long_pause_between_two_sentences_is_measured_to_a_few_tenths_of_a_second(tmp_path):
    first = speak(tmp_path / "first.wav", "I will check that for you now.")
    second = speak(tmp_path / "second.wav", "Thank you for waiting, I found your order.")
    call = join(tmp_path / "call.wav", first, silence(tmp_path / "pause.wav", 7), second)
    first_ends = decode_audio(first).duration_s

    regions = speech_regions(decode_audio(call).channels[0])

    assert len(regions) == 2
    pause = regions[1].start - regions[0].end
    assert pause == pytest.approx(7.0, abs=0.6)
    assert regions[1].start == pytest.approx(first_ends + 7.0, abs=0.4)


def test_digital_silence_holds_no_speech(tmp_path):
    assert speech_regions(decode_audio(silence(tmp_path / "quiet.wav", 5)).channels[0]) == []
