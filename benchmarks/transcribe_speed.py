"""Speed and accuracy of transcription on the sample calls, per decoding configuration.

    .venv/bin/python benchmarks/transcribe_speed.py [--configs default,beam5,...] [--model PATH]

For each configuration it prints the real-time factor (processing seconds / seconds of
audio, both channels counted; wall clock and CPU seconds / cores, since the CPU may be
shared), the WER of each speaker channel of ../shared/samples/audio (lowercase,
punctuation stripped, numbers as written), the words emitted where that speaker is
silent, the model load time and the peak memory. Each configuration runs in its own
process, so its load time, memory and thread count are its own.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SAMPLES = ROOT.parent / "shared" / "samples"
CALLS = ("phone-en-1", "phone-it-1")
SPEAKERS = ("agent", "customer")
SILENCE_TOLERANCE_S = 0.5

# name: (what it shows, DecodingOptions fields, voice-activity gating on)
CONFIGS = {
    "default": ("VAD + 30-s packing, greedy with temperature fallback", {}, True),
    "beam5": ("VAD + packing, beam 5", {"beam_size": 5}, True),
    "unpacked": ("VAD, each speech region alone, greedy", {"pack_window_s": 0}, True),
    "pad300": ("default, 0.3 s of audio kept around each speech region", {"region_pad_s": 0.3}, True),
    "threads1": ("default on 1 thread", {"threads": 1}, True),
    "whole-greedy": ("whole channels in 30-s windows (no VAD), greedy with fallback", {}, False),
    "whole-beam5": ("whole channels in 30-s windows (no VAD), beam 5", {"beam_size": 5}, False),
}


def _normalised(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())


def _whole_channel_segments(engine, path: Path, language: str) -> list[dict]:
    """Each full channel cut into consecutive 30-s windows, as if there were no voice-activity gate."""
    from transcription.audio import decode_audio
    from transcription.engine import recognise_regions
    from transcription.vad import SpeechRegion

    segments = []
    audio = decode_audio(path)
    for samples, speaker in zip(audio.channels, SPEAKERS):
        words = recognise_regions(engine, samples, [SpeechRegion(0.0, audio.duration_s)], language)
        segments.append({
            "speaker": speaker,
            "text": "".join(w.word for w in words),
            "words": [{"word": w.word.strip(), "start": w.start, "end": w.end} for w in words],
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


def run_one(name: str, model: str) -> dict:
    import jiwer

    from transcription.engine import transcribe_file
    from transcription.engines.base import DecodingOptions
    from transcription.engines.openai_whisper import WhisperEngine

    _, decoding, gated = CONFIGS[name]
    engine = WhisperEngine(model, DecodingOptions.from_dict(decoding))
    started = time.perf_counter()
    engine.model  # noqa: B018 - loads the weights
    figures: dict = {"config": name, "load_s": round(time.perf_counter() - started, 2), "calls": {}}
    audio_s = wall_s = cpu_s = 0.0
    for call in CALLS:
        reference = json.loads((SAMPLES / "transcripts" / f"{call}.json").read_text())
        path = SAMPLES / "audio" / f"{call}.wav"
        wall, cpu = time.perf_counter(), time.process_time()
        if gated:
            segments = transcribe_file(path, language=reference["language"], stereo_speakers=SPEAKERS, engine=engine)["segments"]
        else:
            segments = _whole_channel_segments(engine, path, reference["language"])
        wall_s += time.perf_counter() - wall
        cpu_s += time.process_time() - cpu
        audio_s += 2 * reference["duration"]
        figures["calls"][call] = {
            speaker: {
                "wer": round(100 * jiwer.wer(
                    _normalised(" ".join(r["text"] for r in reference["segments"] if r["speaker"] == speaker)),
                    _normalised(" ".join(s["text"] for s in segments if s["speaker"] == speaker)),
                ), 1),
                "words_in_silence": _words_in_silence(reference["segments"], segments, speaker),
            }
            for speaker in SPEAKERS
        }
    figures["rtf_wall"] = round(wall_s / audio_s, 3)
    figures["rtf_cpu"] = round(cpu_s / (os.cpu_count() or 1) / audio_s, 3)
    figures["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return figures


def _row(figures: dict) -> str:
    wers = " ".join(
        f"{figures['calls'][call][speaker]['wer']:5.1f}" for call in CALLS for speaker in SPEAKERS
    )
    silent = sum(figures["calls"][call][speaker]["words_in_silence"] for call in CALLS for speaker in SPEAKERS)
    return (
        f"{figures['config']:<13} {figures['rtf_wall']:7.3f} {figures['rtf_cpu']:7.3f}  {wers}  "
        f"{silent:7d} {figures['load_s']:7.2f} {figures['peak_mib']:8d}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--configs", default=",".join(CONFIGS), help=f"comma-separated, of: {', '.join(CONFIGS)}")
    parser.add_argument("--model", default=os.environ.get("WHISPER_MODEL", str(ROOT.parent / "shared/models/whisper/base.pt")))
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.model)))
        return
    print(f"sample calls: {', '.join(CALLS)}; {os.cpu_count()} cores; model {args.model}")
    print("config        RTF wall RTF cpu  en-agent en-cust it-agent it-cust  silence-words load-s peak-MiB")
    for name in args.configs.split(","):
        done = subprocess.run(
            [sys.executable, __file__, "--one", name, "--model", args.model], capture_output=True, text=True, check=True
        )
        print(_row(json.loads(done.stdout.strip().splitlines()[-1])), f" # {CONFIGS[name][0]}", flush=True)
    print("Attempt timings (last guided turn -> scored attempt, 3-minute upload -> scored attempt):"
          " benchmarks/attempt_latency.py, through the scenarios pipeline.")


if __name__ == "__main__":
    main()
