"""The `coach` pipeline on one file: transcribe (audio) or parse (transcript), score with a
rubric version, and render the report PDF without storing anything. Errors are ValueErrors
with a one-line, user-facing message. Works without a migrated database (the shipped
rubrics, as `score_transcript`)."""

from dataclasses import dataclass
from pathlib import Path

from django.utils import timezone

from feedback.rubrics.models import RubricVersion
from feedback.rubrics.selectors import rubric_version_for_scoring
from feedback.scoring import score_transcript
from feedback.scoring.labels import criterion_label
from feedback.scoring.rubric import RubricDefinition
from feedback.scoring.transcripts import parse_transcript
from transcription.context import CallContext

from .models import Scorecard
from .pdf import scorecard_pdf_bytes


@dataclass(frozen=True)
class CoachingInput:
    path: Path
    is_audio: bool
    rubric_slug: str | None = None
    language: str | None = None
    max_seconds: float | None = None
    max_bytes: int | None = None
    # What the call is known to be about (names, company, vocabulary): guides recognition,
    # and its names and verification flag reach scoring, for audio and transcripts alike.
    context: CallContext | None = None


@dataclass(frozen=True)
class CoachingReport:
    transcript: dict
    result: dict
    pdf: bytes | None


def _transcribe(source: CoachingInput, channel: str) -> dict:
    # Imported here: loading torch and Whisper costs seconds a transcript never needs.
    from transcription.engine import transcribe_file

    return transcribe_file(
        source.path,
        language=source.language,
        stereo_speakers=None,
        channel=channel,
        max_seconds=source.max_seconds,
        max_bytes=source.max_bytes,
        context=source.context,
    )


def _read_transcript(source: CoachingInput) -> dict:
    try:
        text = source.path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ValueError(
            f"{source.path} is neither a transcript (UTF-8 text or JSON) nor a known audio format"
        ) from None
    transcript = parse_transcript(text)
    if source.language:
        transcript["language"] = source.language
    if source.context:
        transcript.update(source.context.transcript_fields())
    return transcript


def coach_file(source: CoachingInput, *, pdf: bool) -> CoachingReport:
    """Score the conversation in `source.path`; with `pdf`, also render its coaching report."""
    if not source.path.is_file():
        raise ValueError(f"no such file: {source.path}")
    version = None
    if source.rubric_slug:
        version = rubric_version_for_scoring(source.rubric_slug, "phone")
        if version is None:
            raise ValueError(f"unknown rubric: {source.rubric_slug}")
    try:
        channel = version.rubric.channel if version else "phone"
        transcript = _transcribe(source, channel) if source.is_audio else _read_transcript(source)
    except OSError as error:
        raise ValueError(f"cannot read {source.path}: {error.strerror or error}") from None
    if version is None:
        version = rubric_version_for_scoring(None, transcript["channel"])
    elif version.rubric.channel != transcript["channel"]:
        rubric = version.rubric
        raise ValueError(
            f"rubric {rubric.slug} is for {rubric.channel} conversations, this one is {transcript['channel']}"
        )
    result = score_transcript(transcript, RubricDefinition.from_dict(version.definition))
    return CoachingReport(
        transcript=transcript,
        result=result,
        pdf=scorecard_pdf_bytes(_unsaved_scorecard(transcript, result, version, source)) if pdf else None,
    )


def _unsaved_scorecard(transcript: dict, result: dict, version: RubricVersion, source: CoachingInput) -> Scorecard:
    """A scorecard only for rendering: the command stores nothing."""
    return Scorecard(
        title=source.path.name,
        context=transcript.get("agent_name", ""),
        language=transcript["language"],
        channel=transcript["channel"],
        transcript=transcript,
        rubric_version=version,
        automatic_result=result,
        result=result,
        score=result["score"],
        passed=result["passed"],
        critical_failure=result["critical_failure"],
        created_at=timezone.now(),
    )


def result_as_text(result: dict) -> str:
    """A short human reading of a score result, for --format text."""
    language = result.get("language", "en")
    verdict = "passed" if result["passed"] else "not passed"
    lines = [
        f"{result['rubric']}: score {result['score']}/100, {verdict}"
        + (", critical failure" if result["critical_failure"] else "")
    ]
    for criterion in result["criteria"]:
        lines.append(
            f"  {criterion['result']:<4} {criterion_label(criterion['key'], language)}"
            + (f" — {criterion['message']}" if criterion.get("message") else "")
        )
    return "\n".join(lines)
