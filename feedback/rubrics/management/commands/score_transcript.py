"""`manage.py score_transcript FILE [--rubric SLUG] [--format json|text]` (interfaces.md).

Prints the score result JSON (or a readable summary) on stdout and nothing else;
any bad input exits 2 with one line on stderr. The rubric comes from the
database (its latest version) when the database is migrated, else from the
shipped defaults (rubric_definition_or_shipped), so it also works in a bare checkout.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management import BaseCommand, CommandError

from feedback.rubrics.selectors import rubric_definition_or_shipped
from feedback.scoring.labels import criterion_label
from feedback.scoring.rubric import RubricError
from feedback.scoring.transcripts import TranscriptError, parse_transcript

MAX_BYTES = 5 * 1024 * 1024
_MARKS = {"pass": "✔", "fail": "✘", "na": "–"}
_TEXT = {
    "en": {
        "passed": "PASSED",
        "failed": "NOT PASSED",
        "critical": "critical failure",
        "tip": "tip",
        "metrics": "Metrics",
        "score": "score",
    },
    "it": {
        "passed": "SUPERATO",
        "failed": "NON SUPERATO",
        "critical": "errore critico",
        "tip": "consiglio",
        "metrics": "Metriche",
        "score": "punteggio",
    },
}


class Command(BaseCommand):
    help = "Score a transcript file (JSON or plain text) with a rubric and print the score result."
    requires_system_checks: list[str] = []  # stdout must carry the result only, and startup must stay fast

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE")
        parser.add_argument("--rubric", metavar="SLUG", help="rubric slug (default: the default rubric of the channel)")
        parser.add_argument("--format", choices=["json", "text"], default="json")

    def handle(self, *args, **options):
        transcript = _read_transcript(Path(options["file"]))
        try:
            rubric = rubric_definition_or_shipped(options["rubric"], transcript["channel"])
        except RubricError as error:
            _fail(str(error))
        if rubric.channel != transcript["channel"]:
            _fail(
                f"rubric {rubric.slug!r} is for {rubric.channel} conversations, this transcript is {transcript['channel']}"
            )
        from feedback.scoring.engine import score_transcript  # loads spaCy: only once the input is known to be good

        result = score_transcript(transcript, rubric)
        if options["format"] == "text":
            self.stdout.write(result_as_text(result))
        else:
            self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))


def _fail(message: str) -> None:
    raise CommandError(message, returncode=2)


def _read_transcript(path: Path) -> dict[str, Any]:
    try:
        if not path.is_file():
            _fail(f"{path}: no such file" if not path.exists() else f"{path}: not a file")
        if path.stat().st_size > MAX_BYTES:
            _fail(f"{path}: larger than 5 MB")
        data = path.read_bytes()
    except OSError as error:
        _fail(f"{path}: cannot read ({error.strerror or error})")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        _fail(f"{path}: not UTF-8 text")
    if not text.strip():
        _fail(f"{path}: the file is empty")
    try:
        return parse_transcript(text)
    except TranscriptError as error:
        _fail(f"{path}: {error}")


def result_as_text(result: dict[str, Any]) -> str:
    """A readable summary of a score result, in the transcript's language."""
    words = _TEXT[result["language"]]
    verdict = words["passed"] if result["passed"] else words["failed"]
    if result["critical_failure"]:
        verdict += f" ({words['critical']})"
    lines = [f"{result['rubric']} · {words['score']} {result['score']}/100 · {verdict}", ""]
    for item in result["criteria"]:
        label = criterion_label(item["key"], result["language"])
        critical = " !" if item["critical"] else ""
        lines.append(f"{_MARKS[item['result']]} {label} ({item['weight']}{critical}): {item['message']}")
        for evidence in item["evidence"][:2]:
            start = evidence.get("start")
            stamp = f"[{int(start // 60):02d}:{start % 60:04.1f}] " if start is not None else ""
            lines.append(f"    {stamp}{evidence['speaker']}: {evidence['text']}")
        if item["result"] == "fail" and item["tip"]:
            lines.append(f"    → {words['tip']}: {item['tip']}")
    metrics = ", ".join(f"{key} {value}" for key, value in result["metrics"].items() if value is not None)
    lines += ["", f"{words['metrics']}: {metrics}"]
    return "\n".join(lines)
