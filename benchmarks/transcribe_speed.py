"""Speed and accuracy of transcription, per engine and decoding configuration, side by side.

    .venv/bin/python benchmarks/transcribe_speed.py [--configs default,ct2,faster-whisper,...] [--voiced N]

For each configuration it prints the real-time factor (processing seconds / seconds of
audio, both channels counted; wall clock and CPU seconds / cores, since the CPU may be
shared), the WER of each speaker channel of ../shared/samples/audio, the WER per
language on the real human clips of ../shared/real-speech, the words emitted where that
speaker is silent, the time to transcribe one guided turn of about 5 s with the engine
loaded (the best of three), the model load time and the peak memory. Every text, reference
and transcript of every engine alike, is normalised the same way before WER (:func:`_normalised`):
lower case, accents folded, punctuation dropped. Dropped means taken out of the word it stands in:
an English apostrophe joins what it separates ("Mariana's" is "marianas", "isn't" "isnt"), as do
a dot or comma inside a word or number ("a.m.", "1,000"). What stands between two words is a word
boundary, not punctuation inside one, and becomes a space: hyphens and dashes ("water-level"),
the slash, and in Italian the apostrophe of an elision or apocope, which ends a word of its own
("l'estremità" is "l estremita", the article and the noun; "un po'" is "un po").
Each configuration runs in its own process, so its load time, memory and thread count
are its own; the CPU is shared with other work, so compare configurations of one run.

The default configurations are the two engines of the product (openai-whisper, the
default, and CTranslate2) and their peer: faster-whisper's own ``transcribe`` with its
Silero VAD on the same CTranslate2 weights (int8, beam 5, word timestamps), each
channel on its own.

``--worker`` adds the memory of a task worker process per engine, after each step of its
life (set up, engine loaded, three guided turns, the two sample calls), with the wall and
CPU time of a turn in that loaded worker; ``--worker-only`` prints only that.

Two files are few words (the Italian agent says 76): ``--voiced N`` adds the labelled
conversations phone-<lang>-2…N of ../shared/samples, voiced with espeak-ng the same way
(agent left, customer right, each segment at its start time), and the WER columns then
sum the errors of all calls of a language.

``--diff`` then prints, for every channel and clip whose text differs between the configurations,
each one's errors and the words where it departs from the first configuration: where the words
are lost. ``default-ct2-beam`` is the default engine with one rule of its beam search replaced by
CTranslate2's (which finished hypotheses are kept, :func:`_ctranslate2_beam_rule`), the one
decoding rule in which the two engines differ and which no CTranslate2 option changes;
``ct2-openai-beam`` the other way round, the CTranslate2 engine choosing among its finished
hypotheses as openai-whisper would have (:class:`_OpenAIBeamRule`). ``ct2-f32-encoder`` and
``ct2-f32-decoder`` run one half of the model in float32, ``ct2-openai-mel`` takes openai-whisper's
mel features, and ``ct2-closest`` all that makes CTranslate2 read as openai-whisper does (float32,
30-s windows, its mel and beam rule): where each engine's words come from. ``default-pad29``,
``ct2-pad31`` and the like keep 10 or 20 ms more or less audio around each speech region: the
figures' noise.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SAMPLES = ROOT.parent / "shared" / "samples"
REAL_SPEECH = ROOT.parent / "shared" / "real-speech"
TURN = REAL_SPEECH / "it" / "it-picovoice-test_it.wav"  # 5.5 s of one real Italian voice
SPEAKERS = ("agent", "customer")
LANGUAGES = ("en", "it")
SILENCE_TOLERANCE_S = 0.5

# name: (what it shows, engine, DecodingOptions fields, voice-activity gating and packing on)
CONFIGS = {
    "default": (
        "openai-whisper (the default engine): VAD regions packed into 30-s windows, beam 5, filler prompt",
        "openai",
        {},
        True,
    ),
    "ct2": ("CTranslate2 engine: the same pipeline and options, int8", "ctranslate2", {}, True),
    "faster-whisper": (
        "peer: faster-whisper's own transcribe, its Silero VAD, int8, beam 5, word timestamps",
        "faster-whisper",
        {},
        False,
    ),
    "ct2-30s": (
        "CTranslate2 engine, the encoder always reading 30 s",
        "ctranslate2",
        {"encoder_step_s": None},
        True,
    ),
    "ct2-5s-least": (
        "CTranslate2 engine, the encoder reading a short window in 5 s, not its usual least 10 s",
        "ctranslate2",
        {"encoder_min_s": 0.0},
        True,
    ),
    "ct2-float32": ("CTranslate2 engine in float32", "ctranslate2", {"quantization": "float32"}, True),
    "default-ct2-beam": (
        "default, its beam search keeping finished hypotheses as CTranslate2's does",
        "openai+ct2-beam",
        {},
        True,
    ),
    "ct2-openai-beam": (
        "CTranslate2 engine, choosing among its finished hypotheses as openai-whisper's beam search would",
        "ctranslate2+openai-beam",
        {},
        True,
    ),
    "ct2-f32-encoder": (
        "CTranslate2 engine, its encoder in float32, its decoder int8",
        "ctranslate2+f32-encoder",
        {},
        True,
    ),
    "ct2-f32-decoder": (
        "CTranslate2 engine, its encoder int8, its decoder in float32",
        "ctranslate2+f32-decoder",
        {},
        True,
    ),
    "ct2-f32-30s": (
        "CTranslate2 engine in float32, the encoder always reading 30 s (as openai-whisper's does)",
        "ctranslate2",
        {"quantization": "float32", "encoder_step_s": None},
        True,
    ),
    "ct2-openai-mel": (
        "CTranslate2 engine, its mel features computed by openai-whisper",
        "ctranslate2+openai-mel",
        {},
        True,
    ),
    "ct2-closest": (
        "CTranslate2 engine as close to the default as it goes: float32, 30 s, openai-whisper's mel and beam rule",
        "ctranslate2+openai-mel+openai-beam",
        {"quantization": "float32", "encoder_step_s": None},
        True,
    ),
    "ct2-greedy": ("CTranslate2 engine, greedy decoding", "ctranslate2", {"beam_size": None}, True),
    "timestamps": ("default, with Whisper's timestamp tokens", "openai", {"timestamp_tokens": True}, True),
    "greedy": ("default, greedy decoding", "openai", {"beam_size": None}, True),
    "carry-prompt": ("default, filler prompt before every window", "openai", {"carry_initial_prompt": True}, True),
    "no-prompt": ("default, no filler prompt (Italian fillers are lost)", "openai", {"prompts": {}}, True),
    "no-context": (
        "default, windows not conditioned on the previous text",
        "openai",
        {"condition_on_previous_text": False},
        True,
    ),
    "tight": (
        "default, VAD regions as found (no padding, no pauses kept)",
        "openai",
        {"region_pad_s": 0.0, "join_gap_s": 0.0},
        True,
    ),
    "threads1": ("default on 1 thread", "openai", {"threads": 1}, True),
    "int8": ("default, Linear layers quantised to int8", "openai", {"quantization": "int8"}, True),
    "whole-greedy": ("whole channels, no VAD, greedy", "openai", {"beam_size": None}, False),
    "whole-beam5": ("whole channels, no VAD, beam 5", "openai", {}, False),
}
# A draw of noise: the audio kept around each speech region 10 or 20 ms shorter or longer than the
# setting's 0.3 s. Whisper reads the same speech, but which words it gets wrong moves, and with them
# each set's WER: how far a set's figure moves under such a change is how far apart two configurations
# must be before the difference is theirs.
for _pad in (0.28, 0.29, 0.31, 0.32):
    for _config, _engine in (("default", "openai"), ("ct2", "ctranslate2")):
        CONFIGS[f"{_config}-pad{round(_pad * 100)}"] = (
            f"{_config}, {_pad} s kept around each speech region",
            _engine,
            {"region_pad_s": _pad},
            True,
        )
SIDE_BY_SIDE = "default,ct2,faster-whisper"


WORD_BOUNDARIES = "-\u2010\u2011\u2012\u2013\u2014\u2015/"  # hyphens, dashes, slash: between two words
APOSTROPHES = "'\u2019\u02bc"  # in Italian an elided word ends at one: "l'", "dell'", "po'"


def _normalised(text: str, language: str) -> str:
    """Lower case, accents folded, punctuation dropped: the one normalisation of every WER here.

    Punctuation inside a word is taken out and joins what it separated; hyphens, dashes, slashes
    and the apostrophe of an Italian elision are word boundaries and become spaces (module docstring).
    """
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    boundaries = WORD_BOUNDARIES + (APOSTROPHES if language == "it" else "")
    spaced = "".join(" " if c in boundaries else c for c in folded)
    return " ".join("".join(c for c in spaced if c.isalnum() or c.isspace()).split())


def _whole_channel_segments(engine, path: Path, language: str) -> list[dict]:
    """Each full channel through Whisper's own ``transcribe`` loop, as if there were no
    voice-activity gate and no packing: the baseline the product is measured against."""
    import torch
    import whisper

    from transcription.audio import decode_audio

    options = engine.options
    search = {"beam_size": options.beam_size} if options.beam_size else {}
    segments = []
    for samples, speaker in zip(decode_audio(path).channels, SPEAKERS):
        with torch.inference_mode():
            result = whisper.transcribe(
                engine.model,
                samples,
                language=language,
                temperature=options.temperatures,
                initial_prompt=options.prompts.get(language),
                word_timestamps=True,
                fp16=False,
                best_of=options.best_of,
                **search,
            )
        words = [w for seg in result["segments"] for w in seg.get("words", [])]
        segments.append(
            {
                "speaker": speaker,
                "text": " ".join(seg["text"] for seg in result["segments"]),
                "words": [{"word": w["word"].strip(), "start": w["start"], "end": w["end"]} for w in words],
            }
        )
    return segments


def _words_in_silence(reference: list[dict], segments: list[dict], speaker: str) -> int:
    spoken = [
        (r["start"] - SILENCE_TOLERANCE_S, r["end"] + SILENCE_TOLERANCE_S) for r in reference if r["speaker"] == speaker
    ]
    return sum(
        1
        for seg in segments
        if seg["speaker"] == speaker
        for w in seg["words"]
        if not any(start <= (w["start"] + w["end"]) / 2 <= end for start, end in spoken)
    )


def _voiced_call(reference: dict, path: Path) -> dict:
    """A stereo WAV of a labelled conversation, each segment spoken by espeak-ng at its start time.

    Returns the reference with each segment's end where its voice ends, so words are
    counted as "in silence" against the audio actually written.
    """
    import wave

    import numpy as np

    from tests.scenarios.audio_corpus import spoken_wav
    from transcription.audio import SAMPLE_RATE, decode_audio

    tracks = {speaker: np.zeros(int((reference["duration"] + 30) * SAMPLE_RATE), np.float32) for speaker in SPEAKERS}
    end = 0
    with tempfile.TemporaryDirectory() as tmp:
        for segment in reference["segments"]:
            voice = decode_audio(
                spoken_wav(Path(tmp) / "line.wav", segment["text"], language=reference["language"])
            ).channels[0]
            start = int(segment["start"] * SAMPLE_RATE)
            track = tracks[segment["speaker"]]
            track[start : start + len(voice)] = voice[: len(track) - start]
            segment["end"] = round((start + len(voice)) / SAMPLE_RATE, 2)
            end = max(end, start + len(voice))
    pcm = (np.clip(np.stack([tracks[s][: end + SAMPLE_RATE // 2] for s in SPEAKERS]), -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(pcm.T.tobytes())
    return {**reference, "duration": round(pcm.shape[1] / SAMPLE_RATE, 2)}


def _calls(voiced: int, directory: Path) -> list[tuple[str, Path, dict]]:
    """(name, audio, reference) of the sample recordings, and of the voiced conversations asked for."""
    paths = [
        SAMPLES / "transcripts" / f"phone-{language}-{number}.json"
        for language in ("en", "it")
        for number in range(1, max(voiced, 1) + 1)
    ]
    return _labelled_calls(paths, directory)


def _labelled_calls(paths: list[Path], directory: Path) -> list[tuple[str, Path, dict]]:
    """(name, audio, reference) of labelled transcripts: the recording ../shared/samples/audio holds
    under the transcript's name, or else the conversation voiced with espeak-ng into ``directory``.
    A transcript without times is left out: it cannot be voiced on its clock."""
    calls = []
    for path in paths:
        name, reference = path.stem, json.loads(path.read_text())
        if any(segment.get("start") is None for segment in reference["segments"]):
            continue
        audio = SAMPLES / "audio" / f"{name}.wav"
        if not audio.exists():
            audio, voiced_reference = directory / f"{name}.wav", directory / f"{name}.json"
            if not audio.exists():
                voiced_reference.write_text(json.dumps(_voiced_call(reference, audio)))
            reference = json.loads(voiced_reference.read_text())
        calls.append((name, audio, reference))
    return calls


def _ctranslate2_beam_rule() -> None:
    """openai-whisper's beam search made to keep finished hypotheses as CTranslate2's does.

    Both take the same live beams at each step: the five best candidates that do not end the
    text. openai-whisper also keeps every end-of-text candidate ranked above its fifth live beam
    (at most five kept in all) and stops once five are kept; CTranslate2 keeps an end-of-text
    candidate only among the five best of the step, keeps all of those, and so searches longer
    (CTranslate2 src/decoding.cc, BeamSearch::search). Both then rank the kept ones by log-probability
    over length. Applied to the default engine in this process only.
    """
    import torch
    import torch.nn.functional as F
    from whisper.decoding import BeamSearchDecoder

    def update(self, tokens, logits, sum_logprobs):
        audios = tokens.shape[0] // self.beam_size
        if self.finished_sequences is None:
            self.finished_sequences = [{} for _ in range(audios)]
        logprobs = F.log_softmax(logits.float(), dim=-1)
        next_tokens, sources = [], []
        for audio in range(audios):
            scores, origin = {}, {}
            for beam in range(audio * self.beam_size, (audio + 1) * self.beam_size):
                prefix = tokens[beam].tolist()
                for logprob, token in zip(*logprobs[beam].topk(2 * self.beam_size)):
                    sequence = (*prefix, token.item())
                    scores[sequence], origin[sequence] = (sum_logprobs[beam] + logprob).item(), beam
            ranked = sorted(scores, key=scores.get, reverse=True)[: 2 * self.beam_size]
            spare = iter(sequence for sequence in ranked[self.beam_size :] if sequence[-1] != self.eot)
            for sequence in ranked[: self.beam_size]:
                if sequence[-1] == self.eot:
                    self.finished_sequences[audio][sequence] = scores[sequence]
                    sequence = next(spare)
                sum_logprobs[len(next_tokens)] = scores[sequence]
                next_tokens.append(sequence)
                sources.append(origin[sequence])
        self.inference.rearrange_kv_cache(sources)
        done = all(len(finished) >= self.max_candidates for finished in self.finished_sequences)
        return torch.tensor(next_tokens, device=tokens.device), done

    BeamSearchDecoder.update = update


class _OpenAIBeamRule:
    """The CTranslate2 engine's model, its beam search made to choose as openai-whisper's would.

    CTranslate2 searches as before and returns its five finished hypotheses with their scores.
    openai-whisper stops at the first step by which five end-of-text candidates were ranked above
    its fifth live beam (each among its beam's six best tokens); at every step where it keeps one,
    CTranslate2 keeps one too (the best end of text of such a step is among the step's five best
    candidates), and an end of text openai-whisper alone keeps ranks below the one CTranslate2 keeps
    at that step. So openai-whisper's choice is the best of CTranslate2's hypotheses no longer than
    its stop, and the candidates CTranslate2 does not keep only bring the stop forward. They are
    counted from each step's log-probabilities over the vocabulary, got by a second pass that forces
    the hypotheses through the decoder one token at a time (greedy, ``return_logits_vocab``: the
    beam search itself returns one step's only), needed only when the best hypothesis is not the
    shortest. Where fewer than five beams entering a step are known (the others left no finished
    hypothesis), the fifth live beam is the fifth of the known candidates: an end of text may be
    counted that openai-whisper would not. Measured and not kept (README).
    """

    BLANK = 220  # " ", which Whisper never writes first

    def __init__(self, model, eot: int) -> None:
        self.model, self.eot = model, eot

    def __getattr__(self, name: str):
        return getattr(self.model, name)

    def generate(self, features, prompts: list[list[int]], **options) -> list:
        from types import SimpleNamespace

        beam = options.get("beam_size", 1)
        if beam == 1:
            return self.model.generate(features, prompts, **options)
        result = self.model.generate(features, prompts, **{**options, "num_hypotheses": beam})[0]
        hypotheses = result.sequences_ids
        sums = [score * len(tokens) for score, tokens in zip(result.scores, hypotheses)]
        pick = self._choice(features, prompts[0], hypotheses, sums, options, beam)
        return [
            SimpleNamespace(
                sequences_ids=[hypotheses[pick]], scores=[result.scores[pick]], no_speech_prob=result.no_speech_prob
            )
        ]

    def _step_log_probs(self, features, prompt: list[int], hypotheses: list[list[int]], depth: int, options):
        """Per known beam (a hypothesis's first t tokens, t <= depth): its log-probability and the
        log-probabilities of the next token."""
        import ctranslate2
        import numpy as np

        batch = np.ascontiguousarray(np.repeat(np.array(features), len(hypotheses), 0))
        steps = depth + 1
        forced = self.model.generate(
            ctranslate2.StorageView.from_array(batch),
            [prompt + tokens[:depth] for tokens in hypotheses],
            beam_size=1,
            max_length=max(2 * steps, steps + len(prompt) - 1),  # CTranslate2 generates min(max/2, max - prompt)
            return_logits_vocab=True,
            suppress_blank=False,  # it would forbid the end of text after the forced tokens
            suppress_tokens=options["suppress_tokens"],
        )
        beams = {}
        for tokens, result in zip(hypotheses, forced):
            total = 0.0
            for step in range(min(depth, len(tokens)) + 1):
                logits = np.array(result.logits[0][step], dtype=np.float64)
                if step == 0:
                    logits[[self.BLANK, self.eot]] = -np.inf
                log_probs = logits - logits.max() - np.log(np.exp(logits - logits.max()).sum())
                beams.setdefault(tuple(tokens[:step]), (total, log_probs))
                if step < len(tokens):
                    total += log_probs[tokens[step]]
        return beams

    def _choice(self, features, prompt, hypotheses, sums, options, beam: int) -> int:
        """The index of the hypothesis openai-whisper's rule keeps (ranked by log-probability over length)."""
        import numpy as np

        lengths = [len(tokens) for tokens in hypotheses]
        average = [total / max(length, 1) for total, length in zip(sums, lengths)]
        best = max(range(len(hypotheses)), key=average.__getitem__)
        ends = sorted({length for length in lengths if length < lengths[best]})
        if not ends:
            return best
        beams = self._step_log_probs(features, prompt, hypotheses, ends[-1], options)
        kept = 0
        for step in ends:
            candidates = []
            for prefix, (total, log_probs) in beams.items():
                if len(prefix) == step:
                    top = np.argpartition(-log_probs, beam + 1)[: beam + 1]
                    candidates += [(total + log_probs[token], token == self.eot, prefix) for token in top]
            candidates.sort(key=lambda candidate: -candidate[0])
            ended, live = set(), 0
            for _, is_end, prefix in candidates:
                if is_end:
                    ended.add(prefix)
                elif (live := live + 1) == beam:
                    break
            here = sorted((i for i, length in enumerate(lengths) if length == step), key=lambda i: -sums[i])
            ended |= {tuple(hypotheses[i]) for i in here}
            if kept + len(ended) >= beam:
                shorter = [i for i, length in enumerate(lengths) if length < step]
                return max(shorter + here[: beam - kept], key=average.__getitem__)
            kept += len(ended)
        return best


def _peer_segments(model, path: Path, language: str) -> list[dict]:
    """Each channel through faster-whisper's own ``transcribe``, with its own Silero VAD: the peer."""
    from transcription.audio import decode_audio

    segments = []
    for samples, speaker in zip(decode_audio(path).channels, SPEAKERS):
        found, _ = model.transcribe(samples, language=language, beam_size=5, vad_filter=True, word_timestamps=True)
        found = list(found)
        segments.append(
            {
                "speaker": speaker,
                "text": " ".join(seg.text for seg in found),
                "words": [{"word": w.word.strip(), "start": w.start, "end": w.end} for seg in found for w in seg.words],
            }
        )
    return segments


class _OpenAIMel:
    """The CTranslate2 engine's feature extractor, its mel spectrogram computed by openai-whisper's
    code (torch's STFT in float32) instead of faster-whisper's (numpy's, in float64)."""

    def __init__(self, extractor) -> None:
        self.extractor = extractor

    def __getattr__(self, name: str):
        return getattr(self.extractor, name)

    def __call__(self, samples):
        import torch
        from whisper.audio import N_FRAMES, N_SAMPLES, log_mel_spectrogram

        mel = log_mel_spectrogram(torch.from_numpy(samples), self.extractor.mel_filters.shape[0], padding=N_SAMPLES)
        return mel[:, : mel.shape[-1] - N_FRAMES + 1].numpy()  # as faster-whisper's: one frame past the audio


class _Split:
    """Two CTranslate2 models of the same weights in other precisions: one encodes, the other decodes."""

    def __init__(self, encoder, decoder) -> None:
        self.encoder, self.decoder = encoder, decoder

    def encode(self, *args, **kwargs):
        return self.encoder.encode(*args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self.decoder, name)


def _float32(model: str, ct2_model: str):
    """The CTranslate2 model of the same weights in float32, loaded as the engine loads its own."""
    from transcription.config import EngineSettings
    from transcription.engine import engine_build

    settings = EngineSettings(
        engine="ctranslate2", model=model, ct2_model=ct2_model, decoding=(("quantization", "float32"),)
    )
    return engine_build(settings).model.model


class Subject:
    """What one configuration runs: an engine of the product through its pipeline, or the peer."""

    def __init__(self, name: str, model: str, ct2_model: str) -> None:
        from transcription.config import EngineSettings
        from transcription.engine import engine_build

        _, self.kind, decoding, self.gated = CONFIGS[name]
        if self.kind == "faster-whisper":
            from faster_whisper import WhisperModel

            from transcription.engines.ct2_weights import weights_ensure

            self.model = WhisperModel(
                str(weights_ensure(ct2_model)), device="cpu", compute_type="int8", cpu_threads=os.cpu_count() or 1
            )
        else:
            engine, *changes = self.kind.split("+")  # the engine, then what the benchmark changes in it
            self.engine = engine_build(
                EngineSettings(engine=engine, model=model, ct2_model=ct2_model, decoding=tuple(decoding.items()))
            )
            loaded = self.engine.model  # the weights load here
            for change in changes:
                if change == "openai-mel":
                    loaded.feature_extractor = _OpenAIMel(loaded.feature_extractor)
                elif change == "ct2-beam":
                    _ctranslate2_beam_rule()
                elif change == "openai-beam":
                    loaded.model = _OpenAIBeamRule(loaded.model, self.engine._tokenizer("en").eot)
                elif change == "f32-encoder":
                    loaded.model = _Split(_float32(model, ct2_model), loaded.model)
                elif change == "f32-decoder":
                    loaded.model = _Split(loaded.model, _float32(model, ct2_model))

    def call(self, path: Path, language: str) -> list[dict]:
        from transcription.engine import transcribe_file

        if self.kind == "faster-whisper":
            return _peer_segments(self.model, path, language)
        if not self.gated:
            return _whole_channel_segments(self.engine, path, language)
        return transcribe_file(path, language=language, stereo_speakers=SPEAKERS, engine=self.engine)["segments"]

    def text(self, path: Path, language: str) -> str:
        """All that was read in a one-voice recording."""
        from transcription.audio import decode_audio
        from transcription.engine import transcribe_clip

        if self.kind == "faster-whisper":
            found, _ = self.model.transcribe(
                decode_audio(path).mono(), language=language, beam_size=5, vad_filter=True, word_timestamps=True
            )
            return " ".join(seg.text for seg in found)
        return " ".join(
            seg["text"] for seg in transcribe_clip(path, language=language, speaker="agent", engine=self.engine)
        )


def _errors(reference: str, hypothesis: str, language: str) -> tuple[int, int]:
    """(errors, reference words) after the one normalisation."""
    import jiwer

    measures = jiwer.process_words(_normalised(reference, language), _normalised(hypothesis, language))
    return (
        measures.substitutions + measures.deletions + measures.insertions,
        measures.hits + measures.substitutions + measures.deletions,
    )


def _add(counts: dict, key: str, errors: tuple[int, int]) -> None:
    total = counts.setdefault(key, [0, 0])
    total[0] += errors[0]
    total[1] += errors[1]


def _add_item(figures: dict, column: str, item: str, reference: str, hypothesis: str, language: str) -> None:
    """Count one channel's or clip's errors in its column and keep its texts for ``--diff``."""
    errors = _errors(reference, hypothesis, language)
    _add(figures["errors"], column, errors)
    figures["texts"][item] = [errors[0], _normalised(reference, language), _normalised(hypothesis, language)]


def print_differences(runs: list[dict]) -> None:
    """Each item read differently by the configurations: their errors, and the words where each
    departs from the first configuration (``- its words + these words``)."""
    first = runs[0]
    print(f"\nwhere the texts differ from {first['config']} (errors; words replaced: - {first['config']} + other):")
    for item, (_, reference, text) in first["texts"].items():
        others = [(run["config"], *run["texts"][item]) for run in runs[1:] if run["texts"][item][2] != text]
        if not others:
            continue
        errors = ", ".join(f"{run['config']} {run['texts'][item][0]}" for run in runs)
        print(f"{item}: {errors} (of {len(reference.split())} words)")
        words = text.split()
        for config, _, _, other in others:
            changed = difflib.SequenceMatcher(a=words, b=other.split(), autojunk=False).get_opcodes()
            edits = "; ".join(
                f"- {' '.join(words[i1:i2])} + {' '.join(other.split()[j1:j2])}".replace("-  +", "+").rstrip(" +")
                for tag, i1, i2, j1, j2 in changed
                if tag != "equal"
            )
            print(f"    {config}: {edits}")


def run_one(name: str, model: str, ct2_model: str, voiced: int, directory: Path) -> dict:
    started = time.perf_counter()
    subject = Subject(name, model, ct2_model)
    figures: dict = {
        "config": name,
        "load_s": round(time.perf_counter() - started, 2),
        "calls": [],
        "errors": {},
        "words_in_silence": 0,
        "texts": {},  # item (a call's channel, a real clip): [errors, reference, hypothesis], normalised
    }
    audio_s = wall_s = cpu_s = 0.0
    for call, path, reference in _calls(voiced, directory):
        wall, cpu = time.perf_counter(), time.process_time()
        segments = subject.call(path, reference["language"])
        wall_s += time.perf_counter() - wall
        cpu_s += time.process_time() - cpu
        audio_s += 2 * reference["duration"]
        for speaker in SPEAKERS:
            _add_item(
                figures,
                f"{reference['language']}-{speaker}",
                f"{call} {speaker}",
                " ".join(r["text"] for r in reference["segments"] if r["speaker"] == speaker),
                " ".join(s["text"] for s in segments if s["speaker"] == speaker),
                reference["language"],
            )
            figures["words_in_silence"] += _words_in_silence(reference["segments"], segments, speaker)
        figures["calls"].append(call)
    figures["rtf_wall"] = round(wall_s / audio_s, 3)
    figures["rtf_cpu"] = round(cpu_s / (os.cpu_count() or 1) / audio_s, 3)
    for language in LANGUAGES:
        for clip in sorted((REAL_SPEECH / language).glob(f"{language}-*.*")):
            if clip.suffix != ".txt":
                _add_item(
                    figures,
                    f"real-{language}",
                    clip.name,
                    clip.with_suffix(".txt").read_text(),
                    subject.text(clip, language),
                    language,
                )
    turn_s = []
    for _ in range(3):
        wall = time.perf_counter()
        subject.text(TURN, "it")
        turn_s.append(time.perf_counter() - wall)
    figures["turn_s"] = round(min(turn_s), 2)
    figures["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return figures


COLUMNS = [f"{language}-{speaker}" for language in LANGUAGES for speaker in SPEAKERS] + [
    f"real-{lang}" for lang in LANGUAGES
]
HEADER = (
    "config          RTF wall RTF cpu  en-agent en-cust it-agent it-cust real-en real-it"
    "  silence-words turn-s load-s peak-MiB"
)


def _row(figures: dict) -> str:
    wers = " ".join(
        f"{100 * errors / words:7.1f}" for errors, words in (figures["errors"][column] for column in COLUMNS)
    )
    return (
        f"{figures['config']:<15} {figures['rtf_wall']:7.3f} {figures['rtf_cpu']:7.3f}  {wers}  "
        f"{figures['words_in_silence']:13d} {figures['turn_s']:6.2f} {figures['load_s']:6.2f} {figures['peak_mib']:8d}"
    )


# A task worker process, started as run_worker starts it (Django with every app, the C
# allocator set as run_worker sets it unless told not to, the modules of the jobs it runs, the engine
# loaded), then three guided turns and the sample calls; prints its memory after each step.
WORKER = """
import json, statistics, sys, time
import django
django.setup()
from academy.platform.malloc import malloc_for_worker
if sys.argv[2] == "run_worker malloc":
    malloc_for_worker()
import academy.platform.tasks, feedback.reports.tasks, scenarios.tasks
from transcription.apps import engine_load
from transcription.engine import transcribe_clip, transcribe_file
def memory():
    status = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return [int(status[key].split()[0]) // 1024 for key in ("VmRSS", "VmHWM")]
figures = {"setup": memory()}
engine_load()
figures["loaded"] = memory()
turns = []
for _ in range(3):
    wall, cpu = time.perf_counter(), time.process_time()
    transcribe_clip(sys.argv[1], language="it", speaker="agent")
    turns.append((time.perf_counter() - wall, time.process_time() - cpu))
figures["turns"] = memory()
for call in sys.argv[3:]:
    transcribe_file(call, language=None, stereo_speakers=None)
figures["calls"] = memory()
figures["turn"] = [statistics.median(turn[0] for turn in turns), statistics.median(turn[1] for turn in turns)]
figures["torch"] = "torch" in sys.modules
print(json.dumps(figures))
"""
# (engine, malloc): as run_worker starts, and the CTranslate2 worker with glibc's defaults
WORKERS = (("ctranslate2", "run_worker malloc"), ("ctranslate2", "glibc default"), ("openai", "run_worker malloc"))
STEPS_OF_WORKER = ("setup", "loaded", "turns", "calls")


def worker_memory(engine: str, malloc: str) -> dict:
    """Memory (RSS, peak) in MiB of a worker process with the given engine (WHISPER_ENGINE) after
    each step, and the wall and CPU seconds of a guided turn (median of three)."""
    calls = [str(SAMPLES / "audio" / f"phone-{language}-1.wav") for language in LANGUAGES]
    done = subprocess.run(
        [sys.executable, "-c", WORKER, str(TURN), malloc, *calls],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "WHISPER_ENGINE": engine, "DJANGO_SETTINGS_MODULE": "academy.settings.base"},
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def print_worker_memory() -> None:
    print(
        "worker memory, MiB now (peak): Django with every app and the job modules; the engine loaded;"
        f" 3 turns of {TURN.name}; the 2 sample calls. Load average"
        f" {' '.join(f'{value:.2f}' for value in os.getloadavg())}"
    )
    print(f"{'worker':<32} {'set-up':>10} {'loaded':>10} {'3 turns':>10} {'2 calls':>10} {'turn wall/cpu':>14}  torch")
    for engine, malloc in WORKERS:
        figures = worker_memory(engine, malloc)
        steps = " ".join(f"{f'{now} ({peak})':>10}" for now, peak in (figures[step] for step in STEPS_OF_WORKER))
        wall, cpu = figures["turn"]
        print(f"{f'{engine}, {malloc}':<32} {steps} {f'{wall:.2f}/{cpu:.2f}':>14}  {figures['torch']}", flush=True)


def main() -> None:
    from transcription.config import DEFAULT_CT2_MODEL, DEFAULT_MODEL

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--configs", default=SIDE_BY_SIDE, help=f"comma-separated, of: {', '.join(CONFIGS)}")
    parser.add_argument("--model", default=os.environ.get("WHISPER_MODEL", DEFAULT_MODEL))
    parser.add_argument("--ct2-model", default=os.environ.get("WHISPER_CT2_MODEL", str(DEFAULT_CT2_MODEL)))
    parser.add_argument("--voiced", type=int, default=0, help="also voice phone-<lang>-2..N of the labelled samples")
    parser.add_argument("--diff", action="store_true", help="print the words where the configurations read differently")
    parser.add_argument("--worker", action="store_true", help="also measure a worker process's memory per engine")
    parser.add_argument("--worker-only", action="store_true", help="only measure a worker process's memory")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--directory", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.model, args.ct2_model, args.voiced, args.directory)))
        return
    if args.worker_only:
        print_worker_memory()
        return
    with tempfile.TemporaryDirectory(prefix="transcribe-bench-") as directory:
        calls = [name for name, _, _ in _calls(args.voiced, Path(directory))]
        print(f"calls: {', '.join(calls)}; real speech: {REAL_SPEECH}; turn: {TURN.name}; {os.cpu_count()} cores")
        print(HEADER)
        runs = []
        for name in args.configs.split(","):
            done = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--one",
                    name,
                    "--model",
                    args.model,
                    "--ct2-model",
                    args.ct2_model,
                    "--voiced",
                    str(args.voiced),
                    "--directory",
                    directory,
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
            print(_row(runs[-1]), f" # {CONFIGS[name][0]}", flush=True)
    if args.diff:
        print_differences(runs)
    if args.worker:
        print_worker_memory()
    print(
        "Attempt timings (last guided turn -> scored attempt, 3-minute upload -> scored attempt):"
        " benchmarks/attempt_latency.py, through the scenarios pipeline."
    )


if __name__ == "__main__":
    main()
