"""A worker loads one engine as it starts and reuses it for every recording; with the
CTranslate2 engine it never loads openai-whisper nor torch, and stays under 600 MiB
(benchmarks/transcribe_speed.py --worker prints the memory it takes, step by step)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from academy.platform.signals import worker_starting
from transcription.engine import engine_current

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.whisper

SAMPLE_CALL = ROOT.parent / "shared" / "samples" / "audio" / "phone-en-1.wav"
MEMORY_LIMIT_MIB = 600  # issue 19

# What a worker process holds, started as run_worker starts it: Django with every app, the
# modules of the jobs it runs, the engine loaded at start, then guided turns transcribed one
# after another and a whole call; its peak memory (VmHWM) at the end.
WORKER = """
import json, sys
import django
django.setup()
from academy.platform.malloc import malloc_for_worker
malloc_for_worker()
import academy.platform.tasks, feedback.reports.tasks, scenarios.tasks
from transcription.apps import engine_load
from transcription.engine import engine_current, transcribe_clip, transcribe_file
engine_load()
engine = engine_current()
texts = [transcribe_clip(sys.argv[1], language="en", speaker="agent")[0]["text"] for _ in range(3)]
transcribe_file(sys.argv[2], language="en", stereo_speakers=None)
status = dict(line.split(":", 1) for line in open("/proc/self/status"))
print(json.dumps({"engine": engine.name, "same_engine": engine_current() is engine, "text": texts[-1],
                  "whisper": "whisper" in sys.modules, "torch": "torch" in sys.modules,
                  "peak_mib": int(status["VmHWM"].split()[0]) // 1024}))
"""


@pytest.mark.django_db
def test_a_starting_worker_loads_the_engine_before_its_first_job(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

    worker_starting.send(sender=None)

    assert engine_current()._model is not None


def test_a_worker_with_the_ctranslate2_engine_reuses_it_loads_no_torch_and_stays_under_600_mib(english_clip):
    done = subprocess.run(
        [sys.executable, "-c", WORKER, str(english_clip), str(SAMPLE_CALL)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "WHISPER_ENGINE": "ctranslate2", "DJANGO_SETTINGS_MODULE": "academy.settings.base"},
    )

    assert done.returncode == 0, done.stderr
    worker = json.loads(done.stdout.strip().splitlines()[-1])
    assert worker["engine"] == "ctranslate2" and worker["same_engine"]
    assert "thank you for calling" in worker["text"].lower()
    assert not worker["whisper"] and not worker["torch"]
    assert worker["peak_mib"] < MEMORY_LIMIT_MIB
