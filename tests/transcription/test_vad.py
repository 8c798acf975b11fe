"""Silences are measured on the audio by the voice-activity detector: silero-vad's model and
rules, run without torch."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.transcription.conftest import SAMPLES, join, silence, speak
from transcription.audio import SAMPLE_RATE, decode_audio
from transcription.vad import VadOptions, speech_regions, speech_spans

ROOT = Path(__file__).resolve().parents[2]


def _silero_arguments(options: VadOptions) -> dict:
    return {
        "threshold": options.threshold,
        "sampling_rate": SAMPLE_RATE,
        "min_speech_duration_ms": options.min_speech_ms,
        "min_silence_duration_ms": options.min_silence_ms,
        "speech_pad_ms": options.pad_ms,
        "max_speech_duration_s": options.max_region_s,
    }


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


@pytest.mark.parametrize("name", ["phone-en-1", "phone-it-1"])
def test_the_regions_of_each_channel_are_those_of_silero_vads_own_torch_model(name):
    import torch
    from silero_vad import get_speech_timestamps, load_silero_vad

    model = load_silero_vad()
    for samples in decode_audio(SAMPLES / "audio" / f"{name}.wav").channels:
        theirs = get_speech_timestamps(torch.from_numpy(samples.copy()), model, **_silero_arguments(VadOptions()))

        ours = speech_regions(samples)

        assert [(region.start, region.end) for region in ours] == [
            (span["start"] / SAMPLE_RATE, span["end"] / SAMPLE_RATE) for span in theirs
        ]


def _speech_probabilities(generator: np.random.Generator) -> list[float]:
    """Stretches of speech, silence and doubt, some far longer than a region may be."""
    probabilities: list[float] = []
    while len(probabilities) < generator.integers(50, 3000):
        level = generator.choice([0.9, 0.55, 0.4, 0.3, 0.05])
        stretch = generator.integers(1, 600 if level > 0.5 else 40)
        probabilities += list(np.clip(level + generator.normal(0, 0.1, stretch), 0, 1))
    return probabilities


def test_speech_is_cut_from_the_probabilities_by_silero_vads_own_rules():
    from silero_vad import get_speech_timestamps_from_probs

    generator = np.random.default_rng(19)
    for _ in range(300):
        probabilities = _speech_probabilities(generator)
        length = 512 * len(probabilities) - int(generator.integers(0, 512))
        options = VadOptions(
            max_region_s=float(generator.choice([2.0, 5.0, 28.0])), min_silence_ms=int(generator.choice([100, 300]))
        )
        theirs = get_speech_timestamps_from_probs(
            probabilities, audio_length_samples=length, **_silero_arguments(options)
        )

        assert speech_spans(probabilities, length, options) == [[span["start"], span["end"]] for span in theirs]


def test_finding_speech_and_telling_speakers_apart_load_no_torch():
    script = (
        "import sys\n"
        "from transcription.audio import decode_audio\n"
        "from transcription.speakers import speakers_estimate\n"
        "from transcription.vad import speech_regions\n"
        f"mono = decode_audio({str(SAMPLES / 'audio' / 'phone-en-1.wav')!r}).channels.mean(axis=0)\n"
        "regions = speech_regions(mono)\n"
        "print(len(regions), len(set(speakers_estimate(mono, regions))), 'torch' in sys.modules)\n"
    )

    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)

    regions, speakers, torch_loaded = done.stdout.split()
    assert int(regions) > 10 and speakers == "2"
    assert torch_loaded == "False"
