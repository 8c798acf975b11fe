"""openai-whisper as a :class:`~transcription.engines.base.SpeechEngine`.

The checkpoint is loaded once per process, on first use, from a path (the offline
``base.pt``) or a standard name where weights can be fetched. It runs in float32: this
engine is for CPUs, where float16 is slower and Whisper refuses it anyway.
"""
from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import torch

from transcription.engines.base import DecodingOptions, RecognisedSegment, RecognisedWord


class WhisperEngine:
    name = "openai-whisper"

    def __init__(self, model: str, options: DecodingOptions | None = None) -> None:
        self.model_name = model
        self.options = options or DecodingOptions()
        self._model = None
        self._lock = threading.Lock()

    @property
    def model(self):
        with self._lock:
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
        return model

    def recognise(self, samples: np.ndarray, *, language: str) -> list[RecognisedSegment]:
        opts = self.options
        decode = {"beam_size": opts.beam_size} if opts.beam_size else {}
        result = self.model.transcribe(
            samples,
            language=language,
            task="transcribe",
            fp16=False,
            word_timestamps=True,
            initial_prompt=opts.prompts.get(language),
            condition_on_previous_text=False,
            temperature=opts.temperatures,
            best_of=opts.best_of,
            compression_ratio_threshold=opts.compression_ratio_threshold,
            logprob_threshold=opts.logprob_threshold,
            no_speech_threshold=opts.no_speech_threshold,
            verbose=None,
            **decode,
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
