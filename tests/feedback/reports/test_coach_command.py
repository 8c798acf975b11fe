"""`manage.py coach` run as a user runs it: a real process, real files, real exit codes."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.feedback.reports.factories import phone_call

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = ROOT.parent / "shared" / "samples"


def coach(*args: str, db: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "academy.settings.base", "DATABASE_URL": f"sqlite:///{db}"}
    return subprocess.run(
        [sys.executable, "manage.py", "coach", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> Path:
    """A migrated database of its own: the command runs in another process."""
    db = tmp_path_factory.mktemp("coach") / "coach.sqlite3"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "academy.settings.base", "DATABASE_URL": f"sqlite:///{db}"}
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=600,
    )
    return db


def test_a_transcript_is_scored_and_its_report_written(database, tmp_path):
    transcript = tmp_path / "call.json"
    transcript.write_text(json.dumps(phone_call("it")), encoding="utf-8")
    out = tmp_path / "report.pdf"
    done = coach(str(transcript), "--pdf", str(out), db=database)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["rubric"] == "phone" and result["critical_failure"] is True
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Presa in carico" in " ".join(text.split())


def test_text_format_reads_like_a_summary(database, tmp_path):
    transcript = tmp_path / "call.txt"
    transcript.write_text(
        "[00:00] Agent: Good morning, my name is Emma, how can I help?\n"
        "[00:04] Customer: My bill is wrong.\n[00:09] Agent: Thank you for calling, goodbye.\n"
    )
    done = coach(str(transcript), "--format", "text", "--language", "en", db=database)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("phone: score ") and "Greeting and introduction" in done.stdout


@pytest.mark.parametrize(
    "make_args, message",
    [
        (lambda tmp: [str(tmp / "missing.json")], "no such file"),
        (lambda tmp: [str(_write(tmp / "broken.json", "{not json"))], ""),
        (
            lambda tmp: [str(_write(tmp / "call.json", json.dumps(phone_call("en")))), "--rubric", "nope"],
            "unknown rubric",
        ),
        (lambda tmp: [str(_write(tmp / "call.json", json.dumps(phone_call("en")))), "--rubric", "social"], "social"),
        (lambda tmp: [str(_write(tmp / "noise.wav", "RIFF not really audio"))], ""),
    ],
)
def test_bad_input_exits_2_with_one_line(database, tmp_path, make_args, message):
    done = coach(*make_args(tmp_path), db=database)
    assert done.returncode == 2, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]
    assert done.stdout == ""


def _write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


@pytest.mark.whisper
def test_audio_goes_through_whisper_to_a_score(database, tmp_path):
    out = tmp_path / "report.pdf"
    done = coach(str(SAMPLES / "audio" / "phone-en-1.wav"), "--language", "en", "--pdf", str(out), db=database)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["language"] == "en" and {c["key"] for c in result["criteria"]} >= {"greeting", "closing"}
    assert next(c for c in result["criteria"] if c["key"] == "greeting")["result"] == "pass"
    assert out.read_bytes().startswith(b"%PDF")


def test_without_a_migrated_database_the_shipped_rubric_scores_and_the_report_is_written(tmp_path):
    transcript = _write(tmp_path / "call.json", json.dumps(phone_call("it")))
    out = tmp_path / "report.pdf"
    done = coach(str(transcript), "--pdf", str(out), db=tmp_path / "empty.sqlite3")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rubric"] == "phone"
    assert out.read_bytes().startswith(b"%PDF")


def test_the_context_gives_scoring_the_names_and_the_verification_flag(tmp_path):
    call = {**phone_call("en"), "requires_verification": False}
    call.pop("customer_name", None)
    transcript = _write(tmp_path / "call.json", json.dumps(call))
    context = _write(
        tmp_path / "context.json",
        json.dumps(
            {
                "agent_name": "Emma",
                "customer_name": "Zebedee Quill",
                "requires_verification": True,
                "vocabulary": ["router"],
            }
        ),
    )
    done = coach(str(transcript), "--context", str(context), db=tmp_path / "empty.sqlite3")
    assert done.returncode == 0, done.stderr
    results = {c["key"]: c for c in json.loads(done.stdout)["criteria"]}
    assert results["customer_name"]["result"] == "fail" and "Zebedee Quill" in results["customer_name"]["message"]
    assert results["verification"]["result"] != "na"


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "not valid JSON"),
        ('{"vocabulary": "modem"}', "'vocabulary' must be a list"),
        ('{"requires_verification": "yes"}', "true or false"),
    ],
)
def test_a_bad_context_file_exits_2_with_one_line(tmp_path, content, message):
    transcript = _write(tmp_path / "call.json", json.dumps(phone_call("en")))
    done = coach(
        str(transcript), "--context", str(_write(tmp_path / "context.json", content)), db=tmp_path / "empty.sqlite3"
    )
    assert done.returncode == 2 and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]
