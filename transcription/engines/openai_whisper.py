"""openai-whisper as a :class:`~transcription.engines.base.SpeechEngine`.

The checkpoint is loaded once per process, on first use, from a path (the offline
``base.pt``) or a standard name where weights can be fetched. It runs in float32: this
engine is for CPUs, where float16 is slower and Whisper refuses it anyway. Windowing,
conditioning on the previous text and the temperature fallback are Whisper's own
``transcribe`` loop; this module adds two measured speed-ups that leave the text as it is.
"""
from __future__ import annotations

import threading
import warnings
from pathlib import Path

import numpy as np
import torch
from torch import nn

from transcription.engines.base import DecodingOptions, RecognisedSegment, RecognisedWord


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

    Whisper's loop encodes the same 30-second window again for every fallback
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


class WhisperEngine:
    name = "openai-whisper"

    def __init__(self, model: str, options: DecodingOptions | None = None) -> None:
        self.model_name = model
        self.options = options or DecodingOptions()
        self._model = None
        self._load_lock = threading.Lock()
        self._lock = threading.Lock()  # one stream at a time: torch already uses every core

    @property
    def model(self):
        with self._load_lock:
            if self._model is None:
                self._model = self._load()
        return self._model

    def _load(self):
        import whisper

        if self.options.threads:
            torch.set_num_threads(self.options.threads)
        model = whisper.load_model(self.model_name, device="cpu")
        if Path(self.model_name).is_file():
            # The offline copy carries the official alignment heads, which word timestamps use.
            heads = torch.load(self.model_name, map_location="cpu", weights_only=True).get("alignment_heads")
            if heads is not None:
                model.set_alignment_heads(heads)
        if self.options.quantization == "int8":
            _quantize_linear_layers(model)
        _fold_beams_into_queries(model)
        _remember_last_encoding(model)
        return model

    def recognise(self, samples: np.ndarray, *, language: str) -> list[RecognisedSegment]:
        """Whisper's own loop over the stream, with word timestamps.

        Sampling (temperature > 0) is seeded, so transcribing the same recording twice
        (a retried job, a benchmark run) gives the same transcript.
        """
        import whisper

        opts = self.options
        search = {"beam_size": opts.beam_size} if opts.beam_size else {}
        with self._lock, torch.inference_mode():
            torch.manual_seed(0)
            result = whisper.transcribe(
                self.model,
                samples,
                language=language,
                task="transcribe",
                temperature=opts.temperatures,
                compression_ratio_threshold=opts.compression_ratio_threshold,
                logprob_threshold=opts.logprob_threshold,
                no_speech_threshold=opts.no_speech_threshold,
                condition_on_previous_text=opts.condition_on_previous_text,
                initial_prompt=opts.prompts.get(language) or None,
                carry_initial_prompt=opts.carry_initial_prompt,
                word_timestamps=True,
                fp16=False,
                best_of=opts.best_of,
                verbose=None,
                **search,
            )
        return [
            RecognisedSegment(
                start=float(seg["start"]),
                end=float(seg["end"]),
                text=seg["text"].strip(),
                words=tuple(
                    RecognisedWord(word=w["word"], start=float(w["start"]), end=float(w["end"]),
                                   probability=float(w["probability"]))
                    for w in seg.get("words", [])
                ),
                avg_logprob=float(seg["avg_logprob"]),
                no_speech_prob=float(seg["no_speech_prob"]),
            )
            for seg in result["segments"]
        ]

    def detect_language(self, samples: np.ndarray, *, candidates: tuple[str, ...]) -> str:
        import whisper

        audio = whisper.pad_or_trim(torch.from_numpy(samples))
        mel = whisper.log_mel_spectrogram(audio, self.model.dims.n_mels).to(self.model.device)
        _, probs = self.model.detect_language(mel)
        return max(candidates, key=lambda code: probs.get(code, 0.0))
