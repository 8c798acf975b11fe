"""How a packed window is decoded and read, the same for every Whisper engine.

Both engines (openai-whisper and CTranslate2) run the same Whisper weights; what makes
their transcripts alike is that they share these rules: the prompt before a window,
when a decoded window is judged silent or worth decoding again warmer, and how its
tokens are cut into segments. Each engine only supplies its own tokenizer and decoder.
The tokenizer here is either library's: both have ``encode``, ``decode``, ``eot`` and
``timestamp_begin``.
"""

from __future__ import annotations

import os
import threading
import zlib
from dataclasses import dataclass

import numpy as np

from transcription.context import CallContext
from transcription.engines.base import DecodingOptions, RecognisedSegment, RecognisedWord
from transcription.prompt import compose_prompt

TIME_PER_TOKEN = 0.02  # seconds between Whisper's timestamp tokens
SENTENCE_ENDS = (".", "?", "!", "…")
# Whisper's decoder holds 448 tokens: the prompt may take half, and a window's text at
# most the other half (openai-whisper's sample_len; CTranslate2 halves the length it is given),
# which also bounds a decoder loop.
TEXT_CONTEXT = 448
PROMPT_ROOM = TEXT_CONTEXT // 2 - 1
WINDOW_SAMPLES = 30 * 16000  # the encoder reads 30 s of 16 kHz audio at once


class WhisperWeights:
    """What both engines hold: weights loaded on first use, once, however many threads ask.

    Windows are read one at a time (``_lock``): each library already uses every core.
    """

    window_s = 30.0  # the encoder's fixed input

    def __init__(self, model: str | os.PathLike, options: DecodingOptions | None = None) -> None:
        self.model_name = str(model)
        self.options = options or DecodingOptions()
        self._model = None
        self._load_lock = threading.Lock()
        self._lock = threading.Lock()

    @property
    def model(self):
        with self._load_lock:
            if self._model is None:
                self._model = self._load()
        return self._model

    def _load(self):
        raise NotImplementedError


@dataclass(frozen=True)
class Decoded:
    """One decoding pass over a window: its text tokens and how sure Whisper was of them."""

    tokens: list[int]
    avg_logprob: float
    no_speech_prob: float
    compression_ratio: float


def window_samples(samples: np.ndarray) -> np.ndarray:
    """The window as the encoder reads it; a window longer than the encoder reads is refused."""
    if len(samples) > WINDOW_SAMPLES + 160:  # 10 ms: each packed piece may round up by a sample
        raise ValueError("A window holds at most 30 s of audio; pack longer speech first.")
    return samples[:WINDOW_SAMPLES]


def compression_ratio(text: str) -> float:
    """How well the text compresses: a decoder stuck in a loop writes text that compresses well."""
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data))


def prompt_tokens(
    options: DecodingOptions, tokenizer, language: str, previous_text: str, context: CallContext | None = None
) -> list[int]:
    """The call's expected words, the call phrases, the filler prompt and the text before the window
    (:func:`transcription.prompt.compose_prompt`), cut to the decoder's prompt length."""
    return compose_prompt(
        tokenizer.encode,
        room=PROMPT_ROOM,
        initial=options.prompts.get(language, ""),
        previous_text=previous_text if options.condition_on_previous_text else "",
        context=context,
        carry_initial=options.carry_initial_prompt,
        phrases=options.phrases.get(language, ""),
    )


def is_silence(options: DecodingOptions, decoded: Decoded) -> bool:
    """Whisper's own verdict that the window holds no speech, trusted only when it is unsure of the text too."""
    return decoded.no_speech_prob > options.no_speech_threshold and decoded.avg_logprob < options.logprob_threshold


def says_twice(tokens: list[int], length: int) -> bool:
    """Whether the tokens hold a stretch of at least ``length`` tokens followed at once by itself."""
    for size in range(length, len(tokens) // 2 + 1):
        for start in range(len(tokens) - 2 * size + 1):
            if tokens[start : start + size] == tokens[start + size : start + 2 * size]:
                return True
    return False


def is_looping(options: DecodingOptions, decoded: Decoded) -> bool:
    """Whether the decoder went round in a loop: its text compresses too well (Whisper's rule, which
    needs many rounds) or says one stretch of it twice in a row (a loop caught in its second round)."""
    if decoded.compression_ratio > options.compression_ratio_threshold:
        return True
    return options.repeated_tokens is not None and says_twice(decoded.tokens, options.repeated_tokens)


def is_acceptable(options: DecodingOptions, decoded: Decoded) -> bool:
    """Whether the temperature fallback stops here: the text neither loops nor makes no sense, or there is none."""
    looping = is_looping(options, decoded)
    unsure = decoded.avg_logprob < options.logprob_threshold
    return is_silence(options, decoded) or not (looping or unsure)


def segments_from_tokens(tokens: list[int], tokenizer, *, duration: float) -> list[dict]:
    """The decoded tokens cut into segments at Whisper's timestamp tokens and at sentence ends.

    Text after the last timestamp is kept as a segment running to the window's end:
    a packed window ends where speech ends, so the text is whole, not cut off. Cutting
    at sentence ends too keeps each sentence a segment of its own when the window is
    decoded without timestamps, so the hallucination filter drops a stock phrase alone,
    not with the speech before it. Word alignment then sets each segment's times.
    """
    segments: list[dict] = []
    start, text = 0.0, []

    def close(end: float) -> None:
        if text:
            segments.append({"seek": 0, "start": start, "end": max(end, start), "tokens": list(text)})
            text.clear()

    sentence_ended = False
    for token in tokens:
        if token >= tokenizer.timestamp_begin:
            time = (token - tokenizer.timestamp_begin) * TIME_PER_TOKEN
            close(time)
            start = time
        elif token < tokenizer.eot:
            if sentence_ended:
                close(duration)
            text.append(token)
            sentence_ended = tokenizer.decode([token]).rstrip().endswith(SENTENCE_ENDS)
    close(duration)
    for segment in segments:
        segment["text"] = tokenizer.decode(segment["tokens"])
    return segments


def recognised_segments(segments: list[dict], decoded: Decoded) -> list[RecognisedSegment]:
    """The word-timed segments of a window, each carrying how sure Whisper was of the window."""
    return [
        RecognisedSegment(
            start=float(segment["start"]),
            end=float(segment["end"]),
            text=segment["text"].strip(),
            words=tuple(
                RecognisedWord(
                    word=w["word"], start=float(w["start"]), end=float(w["end"]), probability=float(w["probability"])
                )
                for w in segment["words"]
            ),
            avg_logprob=float(decoded.avg_logprob),
            no_speech_prob=float(decoded.no_speech_prob),
        )
        for segment in segments
    ]
