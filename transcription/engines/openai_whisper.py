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


HOP_SECONDS = 0.01  # one mel frame
TOKEN_SECONDS = 0.02  # one timestamp token


def _timed_segments(tokens: list[int], tokenizer, duration: float) -> list[dict]:
    """Split decoded tokens at Whisper's timestamp tokens; an unfinished last segment ends with the window."""
    segments: list[dict] = []
    start: float | None = None
    text: list[int] = []
    for token in tokens:
        if token >= tokenizer.timestamp_begin:
            time = (token - tokenizer.timestamp_begin) * TOKEN_SECONDS
            if text:
                segments.append({"start": start or 0.0, "end": time, "tokens": text})
                text, start = [], None
            else:
                start = time
        elif token < tokenizer.eot:
            text.append(token)
    if text:
        segments.append({"start": start or 0.0, "end": duration, "tokens": text})
    return segments


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


class WhisperEngine:
    name = "openai-whisper"

    def __init__(self, model: str, options: DecodingOptions | None = None) -> None:
        self.model_name = model
        self.options = options or DecodingOptions()
        self._model = None
        self._load_lock = threading.Lock()
        self._lock = threading.Lock()  # one window at a time: torch already uses every core

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
        _fold_beams_into_queries(model)
        if Path(self.model_name).is_file():
            # The offline copy carries the official alignment heads, which word timestamps use.
            heads = torch.load(self.model_name, map_location="cpu", weights_only=True).get("alignment_heads")
            if heads is not None:
                model.set_alignment_heads(heads)
        return model

    def recognise(self, samples: np.ndarray, *, language: str, context: str = "") -> list[RecognisedSegment]:
        """One decoding pass over one window (at most 30 s), with temperature fallback.

        ``model.transcribe`` would decode the tail after the last timestamp again, paying
        a second encoder pass per window for a fraction of a second of audio; a packed
        window has no audio after its end, so its last unfinished segment is kept as is.
        """
        from whisper.audio import N_FRAMES, N_SAMPLES, log_mel_spectrogram, pad_or_trim
        from whisper.timing import add_word_timestamps
        from whisper.tokenizer import get_tokenizer

        model = self.model
        tokenizer = get_tokenizer(model.is_multilingual, num_languages=model.num_languages, language=language, task="transcribe")
        mel = log_mel_spectrogram(torch.from_numpy(samples), model.dims.n_mels, padding=N_SAMPLES)
        frames = min(mel.shape[-1] - N_FRAMES, N_FRAMES)
        mel = pad_or_trim(mel[:, :frames], N_FRAMES)
        prompt = " ".join(filter(None, (self.options.prompts.get(language, "").strip(), context.strip())))
        with self._lock, torch.inference_mode():
            features = model.embed_audio(mel[None])  # encoded once, for decoding and word alignment
            prompt_tokens = tokenizer.encode(" " + prompt) if prompt else []
            result = self._decode_with_fallback(features, prompt_tokens, language)
            if result.no_speech_prob > self.options.no_speech_threshold and result.avg_logprob < self.options.logprob_threshold:
                return []  # Whisper's own verdict: this window holds no speech
            segments = _timed_segments(result.tokens, tokenizer, frames * HOP_SECONDS)
            for segment in segments:
                segment["seek"] = 0
            # Word alignment runs the whole model on the mel again; hand it the features instead.
            model.encoder.forward = lambda _mel: features
            try:
                add_word_timestamps(
                    segments=segments, model=model, tokenizer=tokenizer, mel=mel, num_frames=frames, last_speech_timestamp=0.0
                )
            finally:
                del model.encoder.forward
        return [
            RecognisedSegment(
                start=float(seg["start"]),
                end=float(seg["end"]),
                text=tokenizer.decode([t for t in seg["tokens"] if t < tokenizer.eot]).strip(),
                words=tuple(
                    RecognisedWord(word=w["word"], start=float(w["start"]), end=float(w["end"]),
                                   probability=float(w["probability"]))
                    for w in seg.get("words", [])
                ),
                avg_logprob=float(result.avg_logprob),
                no_speech_prob=float(result.no_speech_prob),
                temperature=float(result.temperature),
            )
            for seg in segments
        ]

    def _decode_with_fallback(self, features: torch.Tensor, prompt: list[int], language: str):
        """Whisper's rule: decode again, hotter, while the text loops or makes no sense.

        Two changes to it: when every temperature fails, the most likely non-looping
        candidate wins instead of the last, hottest one (as faster-whisper chooses); and
        sampling is seeded per window, so transcribing the same recording twice (a
        retried job, a benchmark run) gives the same transcript.
        """
        import whisper

        opts = self.options
        failed = []
        for temperature in opts.temperatures:
            search = {"beam_size": opts.beam_size} if temperature == 0 else {"best_of": opts.best_of}
            torch.manual_seed(0)
            (result,) = self.model.decode(
                features,
                whisper.DecodingOptions(
                    language=language, task="transcribe", temperature=temperature, prompt=prompt, fp16=False,
                    **({} if temperature == 0 and not opts.beam_size else search),
                ),
            )
            repetitive = result.compression_ratio > opts.compression_ratio_threshold
            unlikely = result.avg_logprob < opts.logprob_threshold
            silent = result.no_speech_prob > opts.no_speech_threshold and unlikely
            if silent or not (repetitive or unlikely):
                return result
            failed.append((repetitive, -result.avg_logprob, result))
        return min(failed, key=lambda candidate: candidate[:2])[2]

    def detect_language(self, samples: np.ndarray, *, candidates: tuple[str, ...]) -> str:
        import whisper

        audio = whisper.pad_or_trim(torch.from_numpy(samples))
        mel = whisper.log_mel_spectrogram(audio, self.model.dims.n_mels).to(self.model.device)
        _, probs = self.model.detect_language(mel)
        return max(candidates, key=lambda code: probs.get(code, 0.0))
