"""Where people speak: Silero VAD over one channel, on the original clock.

Silero ships its model inside the ``silero-vad`` package, so it runs offline. Silences
(dead air) are measured from these regions, never from Whisper's timestamps, which
drift by seconds around pauses; and only these regions are sent to Whisper, which
invents text when it is fed silence.

The model runs on onnxruntime (installed with faster-whisper), not torch: the package's
sequence export (``silero_vad_16k_sequence.onnx``) reads a block of frames per call and
gives the TorchScript model's speech probabilities within 1e-5, so the regions are the
same (all 76 of the sample calls and ``../shared/real-speech``), and a process whose
engine is CTranslate2 loads no torch at all (about 200 MiB and 1.5 s less). The package's
own Python cannot be used for it: ``import silero_vad`` imports torch. So its framing
(``sequence_vad.frame_blocks``) and its rules from probabilities to regions
(``utils_vad.get_speech_timestamps_from_probs``, silero-vad 6.2) are restated here, for
the options used, and ``tests/transcription/test_vad.py`` holds them to the package's.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from transcription.audio import SAMPLE_RATE

MODEL_FILE = "silero_vad_16k_sequence.onnx"
FRAME_SAMPLES = 512  # one speech probability per 32 ms
CONTEXT_SAMPLES = 64  # each frame is read with the end of the frame before it
BLOCK_FRAMES = 512  # frames per onnxruntime call (16 s), as silero-vad's sequence runner
STATE_SHAPE = (1, 1, 128)  # the LSTM's hidden and cell state, carried from block to block
# A region longer than the longest allowed is cut at the longest pause in it at least this long.
MIN_SILENCE_AT_MAX_SPEECH_MS = 98


@dataclass(frozen=True)
class SpeechRegion:
    start: float
    end: float

    @property
    def duration(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class VadOptions:
    threshold: float = 0.5
    min_speech_ms: int = 200
    # Shorter pauses are breaths inside a sentence, not turns or dead air.
    min_silence_ms: int = 300
    # Silero trims tightly; a little padding keeps word onsets and endings for Whisper.
    pad_ms: int = 100
    # A region that long is cut at its quietest point so it fits one Whisper window.
    max_region_s: float = 28.0


@lru_cache(maxsize=1)
def _silero_session():
    """The model file is found without importing ``silero_vad`` (which imports torch)."""
    import onnxruntime

    package = importlib.util.find_spec("silero_vad")
    path = Path(next(iter(package.submodule_search_locations))) / "data" / MODEL_FILE
    options = onnxruntime.SessionOptions()
    options.inter_op_num_threads = 1  # frames are read one after the other: more threads only wait
    options.intra_op_num_threads = 1
    return onnxruntime.InferenceSession(str(path), sess_options=options, providers=["CPUExecutionProvider"])


def _frame_blocks(samples: np.ndarray) -> Iterator[np.ndarray]:
    """Blocks of frames, each frame led by the last samples of the one before (zeros at the
    start) and the last one padded with zeros; built a block at a time, so a long recording
    is not copied whole."""
    context = np.zeros(CONTEXT_SAMPLES, dtype=np.float32)
    block_samples = BLOCK_FRAMES * FRAME_SAMPLES
    for first in range(0, len(samples), block_samples):
        piece = samples[first : first + block_samples]
        frames = np.zeros((-(-len(piece) // FRAME_SAMPLES), FRAME_SAMPLES), dtype=np.float32)
        frames.reshape(-1)[: len(piece)] = piece
        contexts = np.concatenate([context[None], frames[:-1, -CONTEXT_SAMPLES:]])
        context = frames[-1, -CONTEXT_SAMPLES:].copy()
        yield np.concatenate([contexts, frames], axis=1)


def speech_probabilities(samples: np.ndarray) -> np.ndarray:
    """Silero's probability of speech for each 32-ms frame of one 16 kHz channel."""
    session = _silero_session()
    hidden = cell = np.zeros(STATE_SHAPE, dtype=np.float32)
    found = [np.zeros(0, dtype=np.float32)]
    for block in _frame_blocks(np.ascontiguousarray(samples, dtype=np.float32)):
        probabilities, hidden, cell = session.run(
            ["speech_probs", "hn", "cn"], {"input": block, "h": hidden, "c": cell}
        )
        found.append(probabilities.reshape(-1))
    return np.concatenate(found)


def speech_spans(probabilities: Sequence[float], length: int, options: VadOptions = VadOptions()) -> list[list[int]]:
    """[start, end] sample spans of speech from the frames' probabilities, by silero-vad's rules:
    speech starts above the threshold and ends after ``min_silence_ms`` under a lower one; a span
    over ``max_region_s`` is cut at its longest pause, or where it reaches the limit; spans are
    padded by ``pad_ms``, and two closer than twice that meet half-way."""
    rate = SAMPLE_RATE
    threshold = options.threshold
    negative_threshold = max(threshold - 0.15, 0.01)
    min_speech = rate * options.min_speech_ms / 1000
    pad = rate * options.pad_ms / 1000
    max_speech = rate * options.max_region_s - FRAME_SAMPLES - 2 * pad
    min_silence = rate * options.min_silence_ms / 1000
    min_silence_at_max = rate * MIN_SILENCE_AT_MAX_SPEECH_MS / 1000

    spans: list[list[int]] = []
    start: int | None = None  # of the span being read
    silence_start = 0  # where the current pause inside it began (0: none)
    pauses: list[tuple[int, int]] = []  # (start, length) of its pauses long enough to cut at
    for index, probability in enumerate(probabilities):
        sample = FRAME_SAMPLES * index
        if probability >= threshold and silence_start:
            if sample - silence_start > min_silence_at_max:
                pauses.append((silence_start, sample - silence_start))
            silence_start = 0
        if probability >= threshold and start is None:
            start = sample
            continue
        if start is not None and sample - start > max_speech:
            silence_start = 0
            if pauses:  # cut at the longest pause; the speech after it goes on
                cut, pause = max(pauses, key=lambda found: found[1])
                spans.append([start, cut])
                start, pauses = cut + pause, []
            else:  # cut where the limit is reached
                spans.append([start, sample])
                start, pauses = None, []
                continue
        if probability < negative_threshold and start is not None:
            silence_start = silence_start or sample
            if sample - silence_start < min_silence:
                continue
            if silence_start - start > min_speech:
                spans.append([start, silence_start])
            start, silence_start, pauses = None, 0, []
    if start is not None and length - start > min_speech:
        spans.append([start, length])

    for index, span in enumerate(spans):
        if index == 0:
            span[0] = int(max(0, span[0] - pad))
        if index == len(spans) - 1:
            span[1] = int(min(length, span[1] + pad))
            continue
        following = spans[index + 1]
        gap = following[0] - span[1]
        if gap < 2 * pad:
            span[1] += int(gap // 2)
            following[0] = int(max(0, following[0] - gap // 2))
        else:
            span[1] = int(min(length, span[1] + pad))
            following[0] = int(max(0, following[0] - pad))
    return spans


def speech_regions(samples: np.ndarray, options: VadOptions = VadOptions()) -> list[SpeechRegion]:
    """Speech regions of one 16 kHz channel, in seconds from its start."""
    if samples.size < SAMPLE_RATE // 10:
        return []
    spans = speech_spans(speech_probabilities(samples), len(samples), options)
    return [SpeechRegion(start=start / SAMPLE_RATE, end=end / SAMPLE_RATE) for start, end in spans]
