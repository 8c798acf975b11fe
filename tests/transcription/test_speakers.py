"""Mono recordings: speakers are estimated by voice, the first voice being the agent's."""

import json

import numpy as np
import pytest

from tests.transcription.conftest import SAMPLES
from transcription.audio import decode_audio
from transcription.speakers import speakers_estimate
from transcription.vad import SpeechRegion, speech_regions


def _speaker_at(segments, region):
    return max(segments, key=lambda s: min(s["end"], region.end) - max(s["start"], region.start))["speaker"]


@pytest.mark.parametrize("name", ["phone-en-1", "phone-it-1"])
def test_most_speech_of_a_call_mixed_to_mono_goes_to_the_right_speaker(name):
    mono = decode_audio(SAMPLES / "audio" / f"{name}.wav").channels.mean(axis=0)
    reference = json.loads((SAMPLES / "transcripts" / f"{name}.json").read_text())["segments"]
    regions = speech_regions(mono)

    labels = speakers_estimate(mono, regions)

    right = [label == _speaker_at(reference, region) for label, region in zip(labels, regions)]
    assert labels[0] == "agent"
    assert sum(right) / len(right) >= 0.8


def test_a_single_stretch_of_speech_is_the_agent():
    assert speakers_estimate(np.zeros(16000, dtype=np.float32), [SpeechRegion(0.1, 0.9)]) == ["agent"]
