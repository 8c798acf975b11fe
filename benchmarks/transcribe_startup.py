"""Where the ``transcribe`` command's start-up goes, per engine, beside faster-whisper's own process.

    .venv/bin/python benchmarks/transcribe_startup.py [--runs 3] [--clip PATH] [--language it]

Each run is a whole process transcribing a short clip (5.5 s of one Italian voice, a
guided turn's length) on a warm disk (one run of each is made first and not counted):
``manage.py transcribe`` with ``WHISPER_ENGINE=openai`` and ``=ctranslate2``, and the
peer, a process that loads faster-whisper's ``WhisperModel`` on the same int8 weights
and transcribes the clip with its own ``transcribe`` (Silero VAD, beam 5, word
timestamps). Times are seconds from the spawn of the process, medians over the runs,
wall clock / CPU seconds of the process:

- ready: Django set up, the arguments read, the file probed (the command then reads audio)
- audio: the recording decoded
- loaded: the engine's library imported and its weights loaded (what a worker pays once)
- done: the transcript written and the process gone

with the process's peak memory. The peer has no "ready" or "audio" step before its model.
The CPU is shared with other work: the load average is printed, and the CPU column is the
one to compare between runs made under different load.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLIP = ROOT.parent / "shared" / "real-speech" / "it" / "it-picovoice-test_it.wav"
STEPS = ("ready", "audio", "loaded", "done")

# Runs manage.py as ``python manage.py`` would, marking the steps as the process reaches
# them: the command's own functions are wrapped as their modules load, so nothing is
# imported earlier than the command imports it.
COMMAND = """
import atexit, importlib.machinery, json, os, runpy, sys, time
marks = {}
def mark(name):
    marks.setdefault(name, (time.time(), time.process_time()))
def wrap(function, before=None, after=None):
    def wrapped(*args, **kwargs):
        before and mark(before)
        result = function(*args, **kwargs)
        after and mark(after)
        return result
    return wrapped
def audio(module):
    module.probe_audio = wrap(module.probe_audio, before="ready")
    module.decode_audio = wrap(module.decode_audio, after="audio")
def decoding(module):
    load = module.WhisperWeights.model.fget
    module.WhisperWeights.model = property(wrap(load, after="loaded"))
PATCHES = {"transcription.audio": audio, "transcription.engines.decoding": decoding}
class Marker:
    def find_spec(self, name, path, target=None):
        if name not in PATCHES:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            PATCHES[name](module)
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, Marker())
atexit.register(lambda: open(os.environ["STARTUP_MARKS"], "w").write(json.dumps(marks)))
sys.argv = ["manage.py", *sys.argv[1:]]
runpy.run_path("manage.py", run_name="__main__")
"""

# faster-whisper's own process: its model on the same weights, then its own transcribe.
PEER = """
import atexit, json, os, sys, time
marks = {}
atexit.register(lambda: open(os.environ["STARTUP_MARKS"], "w").write(json.dumps(marks)))
from faster_whisper import WhisperModel
from transcription.engines.ct2_weights import DEFAULT_DIRECTORY
model = WhisperModel(str(DEFAULT_DIRECTORY), device="cpu", compute_type="int8", cpu_threads=os.cpu_count() or 1)
marks["loaded"] = (time.time(), time.process_time())
segments, _ = model.transcribe(sys.argv[1], language=sys.argv[2], beam_size=5, vad_filter=True, word_timestamps=True)
print(" ".join(segment.text for segment in segments))
"""


def run_once(kind: str, clip: Path, language: str) -> dict:
    """One whole process: its step times (wall, CPU), its peak memory and its text."""
    with tempfile.NamedTemporaryFile(suffix=".json") as marks_file:
        env = {**os.environ, "STARTUP_MARKS": marks_file.name, "PYTHONPATH": str(ROOT)}
        if kind == "peer":
            argv = [sys.executable, "-c", PEER, str(clip), language]
        else:
            env["WHISPER_ENGINE"] = kind
            argv = [sys.executable, "-c", COMMAND, "transcribe", str(clip), "--language", language, "--format", "text"]
        started = time.time()
        process = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        ended = time.time()
        out, err = process.stdout.read(), process.stderr.read()
        process.stdout.close()
        process.stderr.close()
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"{kind} failed: {err}")
        marks = json.loads(Path(marks_file.name).read_text() or "{}")
    steps = {name: (wall - started, cpu) for name, (wall, cpu) in marks.items()}
    steps["done"] = (ended - started, usage.ru_utime + usage.ru_stime)
    return {"steps": steps, "peak_mib": usage.ru_maxrss // 1024, "text": out.strip()}


def _median(runs: list[dict], step: str) -> str:
    if step not in runs[0]["steps"]:
        return f"{'–':>11}"
    wall = statistics.median(run["steps"][step][0] for run in runs)
    cpu = statistics.median(run["steps"][step][1] for run in runs)
    return f"{wall:5.2f}/{cpu:5.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--clip", type=Path, default=CLIP)
    parser.add_argument("--language", default="it")
    parser.add_argument("--kinds", default="openai,ctranslate2,peer", help="of: openai, ctranslate2, peer")
    args = parser.parse_args()
    print(f"clip: {args.clip.name}; {args.runs} runs each after a warm-up; {os.cpu_count()} cores")
    print(f"load average before: {' '.join(f'{value:.2f}' for value in os.getloadavg())}")
    print(f"{'process':<34}" + "".join(f"{step + ' wall/cpu':>16}" for step in STEPS) + "  peak-MiB")
    labels = {
        "openai": "transcribe, openai-whisper engine",
        "ctranslate2": "transcribe, CTranslate2 engine",
        "peer": "faster-whisper's own (peer)",
    }
    for kind in args.kinds.split(","):
        run_once(kind, args.clip, args.language)  # warms the disk cache
        runs = [run_once(kind, args.clip, args.language) for _ in range(args.runs)]
        peak = statistics.median(run["peak_mib"] for run in runs)
        print(f"{labels[kind]:<34}" + "".join(f"{_median(runs, step):>16}" for step in STEPS) + f"  {peak:8.0f}")
        print(f"{'':<34}text: {runs[-1]['text'][:90]}", flush=True)
    print(f"load average after: {' '.join(f'{value:.2f}' for value in os.getloadavg())}")


if __name__ == "__main__":
    main()
