"""openai-whisper as a :class:`~transcription.engines.base.SpeechEngine`.

The checkpoint is loaded once per process, on first use, from a path (the offline
``base.pt``) or a standard name where weights can be fetched. It runs in float32: this
engine is for CPUs, where float16 is slower and Whisper refuses it anyway.

The pipeline hands over one window at a time, packed so that it ends where speech ends
(:mod:`transcription.packing`). Each window is read once, with Whisper's own decoder,
temperature fallback and word alignment; Whisper's ``transcribe`` loop is not used, since
its one job beyond that, seeking back into a window's unfinished remainder, is what a
packed window must not do. By default the window is decoded without timestamp tokens
(see ``DecodingOptions.timestamp_tokens``): its words are timed by alignment anyway. Two
measured speed-ups leave the text as it is.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import torch
from torch import nn

from transcription.context import CallContext
from transcription.engines.base import RecognisedSegment
from transcription.engines.decoding import (
    Decoded,
    WhisperWeights,
    is_acceptable,
    is_silence,
    prompt_tokens,
    recognised_segments,
    segments_from_tokens,
    window_samples,
)


def _fold_beams_into_queries(model) -> None:
    """Cross-attention over one window's audio, for several beams, as one batch-1 call.

    Whisper keeps a single copy of the audio keys for the beam (or best-of) candidates
    and lets PyTorch broadcast it; on CPU, attention with a broadcast batch runs about 15
    times slower than the same work laid out as one batch. Each candidate's query only
    attends to the audio (no mask), so the candidates can stand side by side as query
    positions of batch 1: the same numbers, in a fraction of the time (measured on the
    Italian sample call, beam 5: 25 s of 44 s went to this attention).
    """
    for block in model.decoder.blocks:
        attention = block.cross_attn
        broadcast = attention.qkv_attention

        def qkv_attention(q, k, v, mask=None, broadcast=broadcast):
            candidates, positions, width = q.shape
            if candidates == 1 or k.shape[0] != 1 or mask is not None:
                return broadcast(q, k, v, mask)
            out, qk = broadcast(q.reshape(1, candidates * positions, width), k, v, None)
            if qk is not None:
                qk = qk.unflatten(2, (candidates, positions)).squeeze(0).transpose(0, 1)
            return out.reshape(candidates, positions, width), qk

        attention.qkv_attention = qkv_attention


def _remember_last_encoding(model) -> None:
    """The encoder's output for the window it saw last, reused while the window stays.

    Whisper's decoder encodes the same 30-second window again for every fallback
    temperature and once more for word timestamps; the encoder is most of the cost.
    """
    encode = model.encoder.forward
    last: dict[str, torch.Tensor] = {}

    def forward(mel: torch.Tensor) -> torch.Tensor:
        if "mel" not in last or last["mel"].shape != mel.shape or not torch.equal(last["mel"], mel):
            last["features"] = encode(mel)
            last["mel"] = mel.clone()
        return last["features"]

    model.encoder.forward = forward


def _quantize_linear_layers(model) -> None:
    """Dynamic int8 quantisation of every Linear layer, in place.

    Whisper's layers are its own subclass of ``nn.Linear`` (it casts weights for fp16);
    PyTorch's quantiser matches layer types exactly and would silently skip them all.
    """
    from torch.ao.quantization import quantize_dynamic

    for module in model.modules():
        if isinstance(module, nn.Linear):
            module.__class__ = nn.Linear
    with warnings.catch_warnings():
        # PyTorch announces that torch.ao quantisation will move to torchao; it still
        # works in the pinned torch, and this off-by-default option does not justify
        # another dependency.
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", UserWarning)
        quantize_dynamic(model, {nn.Linear}, dtype=torch.qint8, inplace=True)


class WhisperEngine(WhisperWeights):
    name = "openai"  # the WHISPER_ENGINE setting that selects it

    def _load(self):
        import whisper

        # One thread unless WHISPER_THREADS says otherwise: every figure of this engine was
        # measured so, since importing silero-vad (the VAD, before it ran without torch) set
        # torch to one thread for the whole process. With both cores, torch's threads spin while
        # they wait: on a shared machine a 5.5-s clip took 19 CPU-seconds instead of 7.
        torch.set_num_threads(self.options.threads or 1)
        model = whisper.load_model(self.model_name, device="cpu")
        if Path(self.model_name).is_file():
            # The offline copy carries the official alignment heads, which word timestamps use.
            # Mapped, not read: only the heads are taken from it, not a second copy of the
            # weights (0.09 → 0.02 CPU-s).
            heads = torch.load(self.model_name, map_location="cpu", weights_only=True, mmap=True).get("alignment_heads")
            if heads is not None:
                model.set_alignment_heads(heads)
        if self.options.quantization == "int8":
            _quantize_linear_layers(model)
        _fold_beams_into_queries(model)
        _remember_last_encoding(model)
        return model

    def recognise(
        self, samples: np.ndarray, *, language: str, previous_text: str = "", context: CallContext | None = None
    ) -> list[RecognisedSegment]:
        """Segments of one window of speech, with word timestamps.

        The decoder is prompted with the call's expected words, the filler prompt and
        the text read just before the window (:mod:`transcription.prompt`). Sampling (temperature > 0) is
        seeded, so transcribing the same recording twice (a retried job, a benchmark
        run) gives the same transcript.
        """
        from whisper.audio import HOP_LENGTH, N_FRAMES, N_SAMPLES, SAMPLE_RATE, log_mel_spectrogram, pad_or_trim
        from whisper.timing import add_word_timestamps
        from whisper.tokenizer import get_tokenizer

        samples = window_samples(samples)
        model = self.model
        tokenizer = get_tokenizer(
            model.is_multilingual, num_languages=model.num_languages, language=language, task="transcribe"
        )
        with self._lock, torch.inference_mode():
            torch.manual_seed(0)
            mel = log_mel_spectrogram(torch.from_numpy(samples), model.dims.n_mels, padding=N_SAMPLES)
            frames = mel.shape[-1] - N_FRAMES
            window = pad_or_trim(mel[:, :frames], N_FRAMES)
            result = self._decode(
                window, prompt_tokens(self.options, tokenizer, language, previous_text, context), language
            )
            if is_silence(self.options, result):
                return []
            segments = segments_from_tokens(result.tokens, tokenizer, duration=frames * HOP_LENGTH / SAMPLE_RATE)
            add_word_timestamps(
                segments=segments,
                model=model,
                tokenizer=tokenizer,
                mel=window,
                num_frames=frames,
                last_speech_timestamp=0.0,
            )
        return recognised_segments(segments, result)

    def _decode(self, window: torch.Tensor, prompt: list[int], language: str) -> Decoded:
        """Whisper's temperature fallback: decode again, warmer, while the text loops or makes no sense."""
        from whisper.decoding import DecodingOptions as WhisperDecodingOptions

        opts = self.options
        for temperature in opts.temperatures:
            if temperature > 0:
                search = {"best_of": opts.best_of}
            else:
                search = {"beam_size": opts.beam_size} if opts.beam_size else {}
            result = self.model.decode(
                window,
                WhisperDecodingOptions(
                    task="transcribe",
                    language=language,
                    temperature=temperature,
                    prompt=prompt,
                    fp16=False,
                    without_timestamps=not opts.timestamp_tokens,
                    **search,
                ),
            )
            decoded = Decoded(result.tokens, result.avg_logprob, result.no_speech_prob, result.compression_ratio)
            if is_acceptable(opts, decoded):
                break
        return decoded

    def detect_language(self, samples: np.ndarray, *, candidates: tuple[str, ...]) -> str:
        import whisper

        audio = whisper.pad_or_trim(torch.from_numpy(samples))
        mel = whisper.log_mel_spectrogram(audio, self.model.dims.n_mels).to(self.model.device)
        _, probs = self.model.detect_language(mel)
        return max(candidates, key=lambda code: probs.get(code, 0.0))
