"""`manage.py transcribe` refuses what it cannot transcribe: exit 2, one line on stderr."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.imports import command_imports
from tests.transcription.conftest import silence

ROOT = Path(__file__).resolve().parents[2]


def _transcribe(*args):
    return subprocess.run(
        [sys.executable, "manage.py", "transcribe", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def _one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def test_a_missing_file_exits_2(tmp_path):
    done = _transcribe(tmp_path / "missing.wav")

    assert done.returncode == 2
    assert "No such audio file" in _one_line(done.stderr)


def test_a_text_file_renamed_wav_exits_2(tmp_path):
    notes = tmp_path / "notes.wav"
    notes.write_text("not audio at all")

    done = _transcribe(notes)

    assert done.returncode == 2
    assert "not a readable audio recording" in _one_line(done.stderr)


def test_a_silent_recording_exits_2(tmp_path):
    done = _transcribe(silence(tmp_path / "quiet.wav", 4), "--language", "en")

    assert done.returncode == 2
    assert "No speech found" in _one_line(done.stderr)


@pytest.mark.parametrize("mapping", ["agent", "agent,boss", "agent,customer,agent"])
def test_a_bad_speaker_mapping_exits_2(tmp_path, mapping):
    done = _transcribe(silence(tmp_path / "quiet.wav", 1), "--stereo-speakers", mapping)

    assert done.returncode == 2
    assert "--stereo-speakers" in _one_line(done.stderr)


def test_the_command_starts_without_the_other_apps_and_so_without_wagtail(tmp_path):
    """Django set-up with every app took most of the command's start-up (see README)."""
    done, imported = command_imports("transcribe", str(tmp_path / "missing.wav"))

    assert done.returncode == 2
    assert "transcription.audio" in imported  # the command's own import: the list is complete
    assert not [module for module in imported if module.split(".")[0] in {"wagtail", "torch", "whisper", "spacy"}]
