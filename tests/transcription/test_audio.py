"""Reading recordings: every supported format decodes; every unusable file is refused
with one line that says why (probe at upload time, decode before transcription)."""

from __future__ import annotations

import subprocess

import numpy as np
import pytest

from tests.scenarios.audio_corpus import noise_wav
from tests.transcription.conftest import encode, join, silence
from transcription.audio import decode_audio, is_silent, probe_audio
from transcription.engine import transcribe_file
from transcription.errors import AudioError

SUPPORTED_FORMATS = pytest.mark.parametrize(
    ("container", "codec", "suffix"),
    [
        ("mp3", "libmp3lame", "mp3"),
        ("mp4", "aac", "m4a"),
        ("ogg", "libopus", "ogg"),
        ("webm", "libopus", "webm"),
        ("flac", "flac", "flac"),
        ("wav", "pcm_s16le", "wav"),
    ],
)


def encoded(source, tmp_path, container: str, codec: str, suffix: str):
    rate = 48000 if codec == "libopus" else 16000
    return encode(source, tmp_path / f"{source.stem}.{suffix}", container=container, codec=codec, rate=rate)


@SUPPORTED_FORMATS
def test_every_supported_format_decodes_to_16khz_float32(tmp_path, english_clip, container, codec, suffix):
    path = encoded(english_clip, tmp_path, container, codec, suffix)

    info = probe_audio(path)
    audio = decode_audio(path)

    assert info.channels == 1
    expected = decode_audio(english_clip).duration_s
    assert info.duration_s == pytest.approx(expected, abs=0.15)
    assert audio.channels.dtype == np.float32 and audio.channels.shape[0] == 1
    assert audio.duration_s == pytest.approx(expected, abs=0.15)
    assert 0.05 < np.abs(audio.channels).max() < 1.1  # lossy codecs overshoot full scale a little


def test_stereo_channels_stay_apart(tmp_path, english_clip):
    quiet = silence(tmp_path / "quiet.wav", decode_audio(english_clip).duration_s)
    stereo = tmp_path / "stereo.wav"
    subprocess.run(["sox", "-M", str(english_clip), str(quiet), str(stereo)], check=True)

    left, right = decode_audio(stereo).channels

    assert np.abs(left).max() > 0.05
    assert np.abs(right).max() < 1e-3


def _renamed_text(tmp_path):
    path = tmp_path / "notes.wav"
    path.write_text("Meeting notes: call the customer back on Monday.\n" * 20)
    return path


def _empty(tmp_path):
    path = tmp_path / "empty.wav"
    path.touch()
    return path


def _truncated(tmp_path, english_clip):
    data = english_clip.read_bytes()
    path = tmp_path / "cut.wav"
    path.write_bytes(data[: len(data) // 3])
    return path


def _header_only(tmp_path, english_clip):
    path = tmp_path / "header.wav"
    path.write_bytes(english_clip.read_bytes()[:20])
    return path


def _garbage_after_header(tmp_path, english_clip):
    path = tmp_path / "garbage.mp3"
    path.write_bytes(b"ID3\x04\x00\x00\x00\x00\x00\x00" + np.random.default_rng(1).bytes(20_000))
    return path


def _too_slow_sample_rate(tmp_path, english_clip):
    path = tmp_path / "low.wav"
    subprocess.run(["sox", str(english_clip), "-r", "4000", str(path)], check=True)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp, clip: _renamed_text(tmp), "not a readable audio recording"),
        (lambda tmp, clip: _empty(tmp), "empty"),
        (_truncated, "truncated"),
        (_header_only, "not a readable audio recording"),
        (_garbage_after_header, "not a readable audio recording"),
        (_too_slow_sample_rate, "Unsupported audio format"),
    ],
    ids=["text-renamed-wav", "empty", "truncated", "header-only", "random-bytes-mp3", "4-khz"],
)
def test_unusable_files_are_refused_with_one_clear_line(tmp_path, english_clip, make, message):
    path = make(tmp_path, english_clip)

    with pytest.raises(AudioError, match=message) as refused:
        probe_audio(path)

    assert "\n" not in str(refused.value)


def test_a_recording_over_the_length_limit_is_refused(tmp_path, english_clip):
    with pytest.raises(AudioError, match=r"too long \(\d s; the limit is 2 s\)"):
        probe_audio(english_clip, max_seconds=2)


def test_the_default_limit_is_fifteen_minutes(tmp_path):
    long_call = silence(tmp_path / "long.wav", 15 * 60 + 5, rate=8000)

    with pytest.raises(AudioError, match="too long .* limit is 15 min"):
        probe_audio(long_call)


def test_a_file_over_the_size_limit_is_refused(english_clip):
    with pytest.raises(AudioError, match="too large"):
        probe_audio(english_clip, max_bytes=1000)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(AudioError, match="No such audio file"):
        probe_audio(tmp_path / "nowhere.wav")


def test_a_silent_recording_is_refused_before_whisper_runs(tmp_path, english_clip):
    quiet = silence(tmp_path / "quiet.wav", 8)

    with pytest.raises(AudioError, match="No speech found"):
        transcribe_file(quiet, language="en", stereo_speakers=None)


def test_a_recording_with_speech_between_silences_is_accepted_by_the_probe(tmp_path, english_clip):
    quiet = silence(tmp_path / "quiet.wav", 2)
    call = join(tmp_path / "call.wav", quiet, english_clip, quiet)

    assert probe_audio(call).duration_s == pytest.approx(decode_audio(english_clip).duration_s + 4, abs=0.1)


# --- Silence, told at upload time from the loudest sample (threshold: -50 dBFS)


@SUPPORTED_FORMATS
def test_digital_silence_is_silent_in_every_supported_format(tmp_path, container, codec, suffix):
    quiet = encoded(silence(tmp_path / "quiet.wav", 5), tmp_path, container, codec, suffix)

    assert is_silent(quiet)


@SUPPORTED_FORMATS
def test_speech_is_not_silent_in_any_supported_format(tmp_path, english_clip, container, codec, suffix):
    assert not is_silent(encoded(english_clip, tmp_path, container, codec, suffix))


def test_the_hiss_of_a_muted_microphone_is_silent(tmp_path):
    hiss = noise_wav(tmp_path / "hiss.wav", 5, volume=0.001)  # peaks near -57 dBFS

    assert is_silent(hiss)


def test_noise_loud_enough_to_hear_is_not_silent(tmp_path):
    """Noise without a voice is for the worker's speech detection: the level check lets it through."""
    assert not is_silent(noise_wav(tmp_path / "noise.wav", 5))


@pytest.mark.parametrize(("peak_dbfs", "silent"), [(-45, False), (-55, True)], ids=["-45 dBFS", "-55 dBFS"])
def test_a_voice_counts_when_its_loudest_sample_reaches_minus_50_dbfs(tmp_path, english_clip, peak_dbfs, silent):
    faint = tmp_path / "faint.wav"
    subprocess.run(["sox", str(english_clip), str(faint), "gain", "-n", str(peak_dbfs)], check=True)

    assert is_silent(faint) is silent


def test_the_whole_recording_is_heard_not_only_its_start(tmp_path, english_clip):
    late = join(tmp_path / "late.wav", silence(tmp_path / "quiet.wav", 120), english_clip)

    assert not is_silent(late)


def test_a_voice_on_either_channel_is_enough(tmp_path, english_clip):
    quiet = silence(tmp_path / "quiet.wav", decode_audio(english_clip).duration_s)
    right_only = tmp_path / "right-only.wav"
    subprocess.run(["sox", "-M", str(quiet), str(english_clip), str(right_only)], check=True)

    assert not is_silent(right_only)
