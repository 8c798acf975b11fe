"""The archive of everything the product holds about one person (the right of access).

One ZIP: a README, the profile, learning (enrolments, quiz answers), practice (attempts with
their transcripts and messages, the recordings themselves), reports (results, transcripts,
PDFs), coaching (notes and action items), the calibration answers the person gave and the
learning records (xAPI statements) about them. JSON for machines, plain text where a person reads.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import PurePosixPath
from typing import IO

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from . import holdings

README = [
    ("profile.json", gettext_noop("Your account: name, user name, e-mail, language, teams.")),
    ("learning/enrolments.json", gettext_noop("The courses you enrolled in and the lessons you completed.")),
    ("learning/quiz_answers.json", gettext_noop("Every quiz you answered: your answers, the result and the score.")),
    (
        "practice/attempts.json",
        gettext_noop("Your practice attempts: scenario, state, transcript, social-media messages, live-call replies."),
    ),
    (
        "practice/recordings/",
        gettext_noop("The recordings of your calls and replies still kept (see the retention periods)."),
    ),
    (
        "reports/",
        gettext_noop(
            "Each coaching report: the automatic and reviewed results, the transcript (JSON and text) and the PDF."
        ),
    ),
    (
        "coaching/coaching_notes.json",
        gettext_noop("Your supervisors' coaching notes, action items, changes to results and disputes."),
    ),
    ("calibration/answers.json", gettext_noop("The answers you gave as a reviewer in calibration sessions.")),
    (
        "learning_records/statements.json",
        gettext_noop("The learning records (xAPI statements) kept about your activity."),
    ),
]


def personal_data_archive(user, out: IO[bytes]) -> list[str]:
    """Write the ZIP of `user`'s data to `out`; return the names of the files written."""
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        writer = _Writer(archive)
        writer.text("README.txt", _readme(user))
        writer.json("profile.json", _profile(user))
        writer.json("learning/enrolments.json", _enrolments(user))
        writer.json("learning/quiz_answers.json", _quiz_answers(user))
        writer.json("practice/attempts.json", _attempts(user, writer))
        coaching = []
        for scorecard in holdings.scorecards_of(user):
            _report(scorecard, writer)
            coaching.append(_coaching(scorecard))
        writer.json("coaching/coaching_notes.json", coaching)
        writer.json("calibration/answers.json", _calibration(user))
        writer.json("learning_records/statements.json", [record.statement for record in holdings.statements_of(user)])
        return writer.names


class _Writer:
    def __init__(self, archive: zipfile.ZipFile):
        self.archive = archive
        self.names: list[str] = []

    def text(self, name: str, text: str) -> None:
        self.archive.writestr(name, text)
        self.names.append(name)

    def json(self, name: str, data) -> None:
        self.text(name, json.dumps(data, ensure_ascii=False, indent=2, default=str))

    def file(self, name: str, field) -> str | None:
        """Copy a stored file in; None when storage no longer has it."""
        name = f"{name}{PurePosixPath(field.name).suffix.lower()}"
        try:
            with field.storage.open(field.name, "rb") as source, self.archive.open(name, "w") as target:
                for chunk in iter(lambda: source.read(1 << 20), b""):
                    target.write(chunk)
        except FileNotFoundError:
            return None
        self.names.append(name)
        return name


def _readme(user) -> str:
    lines = [
        _("Everything Agent Academy holds about %(name)s, exported on %(date)s.")
        % {"name": user.get_full_name() or user.username, "date": timezone.now().date().isoformat()},
        "",
    ]
    lines += [f"{name}\n    {_(text)}" for name, text in README]
    return "\n".join(lines) + "\n"


def _profile(user) -> dict:
    return {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "language": user.language,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "roles": list(user.groups.values_list("name", flat=True)),
        "teams": list(user.teams.values_list("name", flat=True)),
        "supervised_teams": list(user.supervised_teams.values_list("name", flat=True)),
    }


def _enrolments(user) -> list[dict]:
    return [
        {
            "course": e.course.title,
            "enrolled_at": e.enrolled_at,
            "completed_at": e.completed_at,
            "lessons_completed": [
                {"lesson": c.lesson.title, "completed_at": c.completed_at} for c in e.lesson_completions.all()
            ],
        }
        for e in holdings.enrolments_of(user)
    ]


def _quiz_answers(user) -> list[dict]:
    return [
        {
            "lesson": q.lesson.title,
            "quiz": q.quiz_title,
            "answers": q.answers,
            "result": q.result,
            "score": q.score,
            "passed": q.passed,
            "submitted_at": q.submitted_at,
        }
        for q in holdings.quiz_attempts_of(user)
    ]


def _attempts(user, writer: _Writer) -> list[dict]:
    rows = []
    for attempt in holdings.attempts_of(user):
        recording = (
            writer.file(f"practice/recordings/attempt-{attempt.pk}", attempt.recording) if attempt.recording else None
        )
        rows.append(
            {
                "id": attempt.pk,
                "title": attempt.title,
                "kind": attempt.kind,
                "channel": attempt.channel,
                "language": attempt.language,
                "state": attempt.state,
                "created_at": attempt.created_at,
                "submitted_at": attempt.submitted_at,
                "ready_at": attempt.ready_at,
                "failure_reason": attempt.failure_reason,
                "recording": recording,
                "recording_name": attempt.recording_name,
                "recording_deleted_at": attempt.recording_deleted_at,
                "duration_s": attempt.duration_s,
                "transcript": attempt.transcript,
                "call": attempt.call,
                "replies": [
                    {
                        "turn": turn.index,
                        "line": turn.line_id,
                        "segments": turn.segments,
                        "decided": turn.decided,
                        "recording": writer.file(
                            f"practice/recordings/attempt-{attempt.pk}-turn-{turn.index}", turn.recording
                        )
                        if turn.recording
                        else None,
                    }
                    for turn in attempt.turns.all()
                ],
                "social_messages": [
                    {"author": m.author, "visibility": m.visibility, "text": m.text, "at": m.at}
                    for m in attempt.social_messages.all()
                ],
                "report": attempt.scorecard_id,
            }
        )
    return rows


def _report(scorecard, writer: _Writer) -> None:
    base = f"reports/report-{scorecard.pk}"
    writer.json(
        f"{base}.json",
        {
            "id": scorecard.pk,
            "title": scorecard.title,
            "context": scorecard.context,
            "language": scorecard.language,
            "channel": scorecard.channel,
            "created_at": scorecard.created_at,
            "rubric": str(scorecard.rubric_version),
            "score": scorecard.score,
            "passed": scorecard.passed,
            "critical_failure": scorecard.critical_failure,
            "automatic_result": scorecard.automatic_result,
            "result": scorecard.result,
            "submitted_at": scorecard.submitted_at,
            "reviewed_at": scorecard.reviewed_at,
            "transcript": scorecard.transcript,
        },
    )
    writer.text(
        f"{base}-transcript.txt",
        "\n".join(
            f"[{segment.get('speaker', '')}] {segment.get('text', '')}"
            for segment in scorecard.transcript.get("segments", [])
        )
        + "\n",
    )
    if scorecard.pdf:
        writer.file(base, scorecard.pdf)


def _coaching(scorecard) -> dict:
    return {
        "report": scorecard.pk,
        "title": scorecard.title,
        "coaching_note": scorecard.coaching_note,
        "action_items": [{"text": item.text, "created_at": item.created_at} for item in scorecard.action_items.all()],
        "result_changes": [
            {"criterion": o.criterion, "before": o.before, "after": o.after, "reason": o.reason, "at": o.created_at}
            for o in scorecard.overrides.all()
        ],
        "disputes": [
            {
                "criterion": d.criterion,
                "comment": d.comment,
                "status": d.status,
                "resolution": d.resolution,
                "at": d.created_at,
            }
            for d in scorecard.disputes.all()
        ],
    }


def _calibration(user) -> list[dict]:
    return [
        {
            "session": reviewer.session.title,
            "handed_in_at": reviewer.submitted_at,
            "answers": [
                {"report": answer.item.scorecard_id, "criterion": answer.criterion, "result": answer.result}
                for answer in reviewer.answers.all()
            ],
        }
        for reviewer in holdings.calibration_answers_of(user)
    ]
