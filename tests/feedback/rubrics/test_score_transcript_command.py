"""`manage.py score_transcript` as interfaces.md fixes it: JSON on stdout, exit 2 with one line on bad input."""

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from feedback.rubrics.services import rubric_version_create
from feedback.scoring.rubric import RubricDefinition
from tests.feedback.rubrics.factories import RubricFactory
from tests.imports import command_imports

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = ROOT.parent / "shared" / "samples" / "transcripts"


def run(*args) -> str:
    out = StringIO()
    call_command("score_transcript", *map(str, args), stdout=out)
    return out.getvalue()


def test_in_a_bare_checkout_without_a_database_stdout_is_the_result_json_only(tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path}/missing/academy.sqlite3",
        "DJANGO_SETTINGS_MODULE": "academy.settings.base",
    }
    proc = subprocess.run(
        [sys.executable, "manage.py", "score_transcript", str(SAMPLES / "phone-en-plain.txt")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["rubric"] == "phone" and result["language"] == "en" and len(result["criteria"]) == 15


def test_the_command_starts_with_the_rubric_app_alone_and_not_the_admin_api_or_pipeline(tmp_path):
    """Graders run it once per file: every other app doubled its CPU time (academy/settings/scoring.py)."""
    done, imported = command_imports(
        "score_transcript",
        str(SAMPLES / "phone-it-1.json"),
        DATABASE_URL=f"sqlite:///{tmp_path}/missing/academy.sqlite3",
    )

    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout)["passed"] is True
    assert "feedback.scoring.engine" in imported  # the command's own last import: the list is complete
    unwanted = ("wagtail.admin.views", "wagtail.api.v3", "scenarios", "ralph", "academy.xapi", "feedback.reports")
    assert not [module for module in imported if module.startswith(unwanted)]


@pytest.mark.django_db
def test_without_rubric_the_channel_default_scores_in_the_transcript_language():
    result = json.loads(run(SAMPLES / "social-it-1.json"))
    assert result["rubric"] == "social" and result["passed"] is True
    assert {item["key"] for item in result["criteria"]} >= {"private_channel", "signature", "response_time"}


@pytest.mark.django_db
def test_a_named_rubric_scores_with_its_latest_version():
    rubric = RubricFactory(slug="lenient-phone", channel="phone")
    definition = RubricDefinition.from_dict(rubric.versions.get().definition)
    definition.criterion("ownership").enabled = False
    rubric_version_create(rubric=rubric, definition=definition, user=None)

    result = json.loads(run(SAMPLES / "phone-it-5.json", "--rubric", "lenient-phone"))

    assert result["rubric"] == "lenient-phone"
    assert "ownership" not in {item["key"] for item in result["criteria"]}
    assert result["critical_failure"] is False


@pytest.mark.django_db
def test_text_format_is_a_readable_summary_in_the_transcript_language():
    text = run(SAMPLES / "phone-it-7.json", "--format", "text")
    assert text.splitlines()[0].startswith("phone · punteggio")
    assert "NON SUPERATO (errore critico)" in text.splitlines()[0]
    assert "✘ Linguaggio professionale" in text


def _write(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return path


BAD_FILES = [
    ("notes.bin", b"\xff\xfe\x00bad", "not UTF-8 text"),
    ("empty.json", "  \n", "the file is empty"),
    ("broken.json", '{"language": "it",', "malformed JSON"),
    (
        "french.json",
        json.dumps({"language": "fr", "channel": "phone", "segments": [{"speaker": "agent", "text": "Salut"}]}),
        "unknown language 'fr'",
    ),
    (
        "fax.json",
        json.dumps({"language": "it", "channel": "fax", "segments": [{"speaker": "agent", "text": "Ciao"}]}),
        "unknown channel 'fax'",
    ),
    ("big.txt", b"a" * (5 * 1024 * 1024 + 1), "larger than 5 MB"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "content", "message"), BAD_FILES)
def test_bad_files_exit_2_with_one_line(tmp_path, name, content, message):
    with pytest.raises(CommandError, match=message) as error:
        run(_write(tmp_path, name, content))
    assert error.value.returncode == 2 and "\n" not in str(error.value)


@pytest.mark.django_db
def test_missing_file_directory_and_unknown_rubric_exit_2(tmp_path):
    for args, message in [
        ((tmp_path / "nope.json",), "no such file"),
        ((tmp_path,), "not a file"),
        ((SAMPLES / "phone-it-1.json", "--rubric", "nope"), "unknown rubric 'nope'"),
        ((SAMPLES / "phone-it-1.json", "--rubric", "social"), "is for social conversations"),
    ]:
        with pytest.raises(CommandError, match=message) as error:
            run(*args)
        assert error.value.returncode == 2
