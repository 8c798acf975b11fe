"""Recordings made by the tests themselves (espeak-ng voices, sox silence, PyAV encoders).

Nothing here is committed audio: every clip is generated into a temporary directory,
so the corpus follows the code and stays small.
"""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import av
import numpy as np
import pytest

from transcription.config import ENGINES, engine_settings
from transcription.engine import engine_build, engine_current

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
VOICES = {"en": "en-us", "it": "it"}


def speak(path: Path, text: str, *, language: str = "en", words_per_minute: int = 150) -> Path:
    """A 16 kHz mono WAV of espeak-ng reading ``text``, the same samples on every run (sox's dither
    repeated, ``-R``, as in tests/scenarios/audio_corpus.spoken_wav)."""
    raw = path.with_suffix(".raw.wav")
    subprocess.run(["espeak-ng", "-v", VOICES[language], "-s", str(words_per_minute), "-w", str(raw), text], check=True)
    subprocess.run(["sox", "-R", str(raw), "-r", "16000", "-c", "1", str(path)], check=True)
    raw.unlink()
    return path


def silence(path: Path, seconds: float, *, rate: int = 16000) -> Path:
    subprocess.run(
        ["sox", "-n", "-r", str(rate), "-c", "1", "-b", "16", str(path), "trim", "0", str(seconds)], check=True
    )
    return path


def join(path: Path, *parts: Path) -> Path:
    subprocess.run(["sox", *map(str, parts), str(path)], check=True)
    return path


def encode(source: Path, path: Path, *, container: str, codec: str, rate: int = 16000) -> Path:
    """Re-encode a mono WAV with PyAV into another container, as a browser or phone would."""
    with av.open(str(source)) as src:
        samples = np.concatenate([frame.to_ndarray() for frame in src.decode(audio=0)], axis=1)
    samples = samples.astype(np.float32) / (32768.0 if samples.dtype == np.int16 else 1.0)
    with av.open(str(path), "w", format=container) as out:
        stream = out.add_stream(codec, rate=rate)
        stream.layout = "mono"
        resampler = av.AudioResampler(format=stream.format.name, layout="mono", rate=rate)
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = 16000
        for resampled in resampler.resample(frame) + resampler.resample(None):
            for packet in stream.encode(resampled):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return path


@pytest.fixture
def english_clip(tmp_path) -> Path:
    return speak(tmp_path / "speech.wav", "Thank you for calling. Your order left the warehouse this morning.")


_engines: dict[str, object] = {}


@pytest.fixture(scope="session", params=ENGINES)
def speech_engine(request):
    """Each engine of the product, loaded once for the session: the tests that read speech run against both.

    The configured one is the process-wide engine itself, so its weights load only once.
    """
    name = request.param
    if name not in _engines:
        configured = engine_settings()
        _engines[name] = (
            engine_current() if configured.engine == name else engine_build(replace(configured, engine=name))
        )
    return _engines[name]
