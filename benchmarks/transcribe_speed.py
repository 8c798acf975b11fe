"""Speed and accuracy of transcription on the sample calls, per decoding configuration.

    .venv/bin/python benchmarks/transcribe_speed.py [--configs default,beam5,...] [--model PATH] [--voiced N]

For each configuration it prints the real-time factor (processing seconds / seconds of
audio, both channels counted; wall clock and CPU seconds / cores, since the CPU may be
shared), the WER of each speaker channel of ../shared/samples/audio (lowercase,
punctuation stripped, numbers as written), the words emitted where that speaker is
silent, the model load time and the peak memory. Each configuration runs in its own
process, so its load time, memory and thread count are its own.

Two files are few words (the Italian agent says 76): ``--voiced N`` adds the labelled
conversations phone-<lang>-2…N of ../shared/samples, voiced with espeak-ng the same way
(agent left, customer right, each segment at its start time), and the WER columns then
sum the errors of all calls of a language.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SAMPLES = ROOT.parent / "shared" / "samples"
SPEAKERS = ("agent", "customer")
SILENCE_TOLERANCE_S = 0.5

# name: (what it shows, DecodingOptions fields, voice-activity gating on)
CONFIGS = {
    "default": ("VAD regions packed into 30-s windows, beam 5, filler prompt, no timestamp tokens", {}, True),
    "timestamps": ("default, with Whisper's timestamp tokens", {"timestamp_tokens": True}, True),
    "greedy": ("default, greedy decoding", {"beam_size": None}, True),
    "carry-prompt": ("default, filler prompt before every window", {"carry_initial_prompt": True}, True),
    "no-prompt": ("default, no filler prompt (Italian fillers are lost)", {"prompts": {}}, True),
    "no-context": ("default, windows not conditioned on the previous text", {"condition_on_previous_text": False}, True),
    "tight": ("default, VAD regions as found (no padding, no pauses kept)", {"region_pad_s": 0.0, "join_gap_s": 0.0}, True),
    "threads1": ("default on 1 thread", {"threads": 1}, True),
    "int8": ("default, Linear layers quantised to int8", {"quantization": "int8"}, True),
    "whole-greedy": ("whole channels, no VAD, greedy", {"beam_size": None}, False),
    "whole-beam5": ("whole channels, no VAD, beam 5", {}, False),
}


def _normalised(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())


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
                engine.model, samples, language=language, temperature=options.temperatures,
                initial_prompt=options.prompts.get(language), word_timestamps=True, fp16=False,
                best_of=options.best_of, **search,
            )
        words = [w for seg in result["segments"] for w in seg.get("words", [])]
        segments.append({
            "speaker": speaker,
            "text": " ".join(seg["text"] for seg in result["segments"]),
            "words": [{"word": w["word"].strip(), "start": w["start"], "end": w["end"]} for w in words],
        })
    return segments


def _words_in_silence(reference: list[dict], segments: list[dict], speaker: str) -> int:
    spoken = [(r["start"] - SILENCE_TOLERANCE_S, r["end"] + SILENCE_TOLERANCE_S) for r in reference if r["speaker"] == speaker]
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
            voice = decode_audio(spoken_wav(Path(tmp) / "line.wav", segment["text"], language=reference["language"])).channels[0]
            start = int(segment["start"] * SAMPLE_RATE)
            track = tracks[segment["speaker"]]
            track[start: start + len(voice)] = voice[: len(track) - start]
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
    calls = []
    for language in ("en", "it"):
        for number in range(1, max(voiced, 1) + 1):
            name = f"phone-{language}-{number}"
            reference = json.loads((SAMPLES / "transcripts" / f"{name}.json").read_text())
            if any(segment.get("start") is None for segment in reference["segments"]):
                continue  # a transcript without times cannot be voiced on its clock
            audio = SAMPLES / "audio" / f"{name}.wav"
            if not audio.exists():
                audio, voiced_reference = directory / f"{name}.wav", directory / f"{name}.json"
                if not audio.exists():
                    voiced_reference.write_text(json.dumps(_voiced_call(reference, audio)))
                reference = json.loads(voiced_reference.read_text())
            calls.append((name, audio, reference))
    return calls


def run_one(name: str, model: str, voiced: int, directory: Path) -> dict:
    import jiwer

    from transcription.engine import transcribe_file
    from transcription.engines.base import DecodingOptions
    from transcription.engines.openai_whisper import WhisperEngine

    _, decoding, gated = CONFIGS[name]
    engine = WhisperEngine(model, DecodingOptions.from_dict(decoding))
    started = time.perf_counter()
    engine.model  # noqa: B018 - loads the weights
    figures: dict = {
        "config": name, "load_s": round(time.perf_counter() - started, 2), "calls": [], "errors": {}, "words_in_silence": 0
    }
    audio_s = wall_s = cpu_s = 0.0
    for call, path, reference in _calls(voiced, directory):
        wall, cpu = time.perf_counter(), time.process_time()
        if gated:
            segments = transcribe_file(path, language=reference["language"], stereo_speakers=SPEAKERS, engine=engine)["segments"]
        else:
            segments = _whole_channel_segments(engine, path, reference["language"])
        wall_s += time.perf_counter() - wall
        cpu_s += time.process_time() - cpu
        audio_s += 2 * reference["duration"]
        for speaker in SPEAKERS:
            measures = jiwer.process_words(
                _normalised(" ".join(r["text"] for r in reference["segments"] if r["speaker"] == speaker)),
                _normalised(" ".join(s["text"] for s in segments if s["speaker"] == speaker)),
            )
            counts = figures["errors"].setdefault(f"{reference['language']}-{speaker}", [0, 0])
            counts[0] += measures.substitutions + measures.deletions + measures.insertions
            counts[1] += measures.hits + measures.substitutions + measures.deletions
            figures["words_in_silence"] += _words_in_silence(reference["segments"], segments, speaker)
        figures["calls"].append(call)
    figures["rtf_wall"] = round(wall_s / audio_s, 3)
    figures["rtf_cpu"] = round(cpu_s / (os.cpu_count() or 1) / audio_s, 3)
    figures["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return figures


def _row(figures: dict) -> str:
    wers = " ".join(
        f"{100 * errors / words:7.1f}"
        for errors, words in (figures["errors"][f"{language}-{speaker}"] for language in ("en", "it") for speaker in SPEAKERS)
    )
    return (
        f"{figures['config']:<13} {figures['rtf_wall']:7.3f} {figures['rtf_cpu']:7.3f}  {wers}  "
        f"{figures['words_in_silence']:7d} {figures['load_s']:7.2f} {figures['peak_mib']:8d}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--configs", default=",".join(CONFIGS), help=f"comma-separated, of: {', '.join(CONFIGS)}")
    parser.add_argument("--model", default=os.environ.get("WHISPER_MODEL", str(ROOT.parent / "shared/models/whisper/base.pt")))
    parser.add_argument("--voiced", type=int, default=0, help="also voice phone-<lang>-2..N of the labelled samples")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--directory", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.model, args.voiced, args.directory)))
        return
    with tempfile.TemporaryDirectory(prefix="transcribe-bench-") as directory:
        calls = [name for name, _, _ in _calls(args.voiced, Path(directory))]
        print(f"calls: {', '.join(calls)}; {os.cpu_count()} cores; model {args.model}")
        print("config        RTF wall RTF cpu  en-agent en-cust it-agent it-cust  silence-words load-s peak-MiB")
        for name in args.configs.split(","):
            done = subprocess.run(
                [sys.executable, __file__, "--one", name, "--model", args.model, "--voiced", str(args.voiced),
                 "--directory", directory],
                capture_output=True, text=True, check=True,
            )
            print(_row(json.loads(done.stdout.strip().splitlines()[-1])), f" # {CONFIGS[name][0]}", flush=True)
    print("Attempt timings (last guided turn -> scored attempt, 3-minute upload -> scored attempt):"
          " benchmarks/attempt_latency.py, through the scenarios pipeline.")


if __name__ == "__main__":
    main()
