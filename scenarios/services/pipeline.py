"""The background work of an attempt: transcribe, score, link the scorecard.

The job machinery (tokens, heartbeat, retries, recovery) is academy.platform.jobs; this module
says what an attempt's job does at each step and what each outcome means for the attempt.
A recording the engine cannot use fails at once with the engine's one-line reason; anything
else may be transient and is retried.
"""

from __future__ import annotations

import logging
import tempfile
import uuid

import numpy as np
from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from academy.platform import jobs
from academy.platform.jobs import Outcome, Superseded
from feedback.reports.services import scorecard_create
from feedback.scoring.transcripts import TranscriptError
from transcription.audio import SAMPLE_RATE
from transcription.context import CallContext, vocabulary_clean
from transcription.errors import AudioError
from transcription.messages import audio_error_message
from transcription.mixing import Placement, stereo_mix, write_flac

from ..conf import setting
from ..models import Attempt, AttemptTurn
from .recordings import local_path, recording_samples

logger = logging.getLogger(__name__)


def _in_worker():
    """The attempts a job may still work on."""
    return Attempt.objects.filter(state__in=Attempt.IN_WORKER)


def _claim(attempt_id: int, token: str, **changes) -> Attempt:
    return jobs.claim(Attempt.objects, attempt_id, token, **changes)


def attempt_enqueue_processing(*, attempt: Attempt, delay_s: float = 0) -> None:
    """Hand the attempt to a new job, superseding any earlier one; every worker's recovery sweep
    (:func:`attempts_recover_stalled`) watches it."""
    from ..tasks import attempt_process

    attempt.transcribed_share = 0.0
    jobs.hand_over(attempt, "transcribed_share")
    jobs.enqueue(attempt_process, attempt, delay_s=delay_s)


# --- Transcription


def transcribe_reply(path, *, language: str, context: CallContext | None = None) -> list[dict]:
    """The segments of one recorded reply, times from the clip's start; [] when it holds no speech
    (noise only is silence, as the role-play reads it). AudioError for a clip that cannot be read.
    ``context`` (:func:`attempt_call_context`) guides recognition."""
    from transcription.engine import NO_SPEECH, transcribe_clip  # torch and Whisper load on first use only

    try:
        return transcribe_clip(
            path, language=language, speaker="agent", max_seconds=settings.MAX_RECORDING_SECONDS, context=context
        )
    except AudioError as error:
        if error.template == NO_SPEECH:
            return []
        raise


def turn_transcribe(*, turn: AttemptTurn) -> AttemptTurn:
    """Transcribe a recorded reply that has no segments yet (a reply is normally transcribed when it
    arrives); a clip the engine rejects keeps the reason and counts as silence."""
    if turn.segments is not None or not turn.recording:
        return turn
    error = ""
    with local_path(turn.recording) as path:
        try:
            segments = transcribe_reply(
                path, language=turn.attempt.language, context=attempt_call_context(turn.attempt)
            )
        except AudioError as rejected:
            with translation.override(turn.attempt.language):  # reasons are stored in the practice's language
                segments, error = [], audio_error_message(rejected)
    AttemptTurn.objects.filter(pk=turn.pk).update(segments=segments, error=error)
    turn.refresh_from_db()
    return turn


def attempt_call_context(attempt: Attempt) -> CallContext:
    """What the attempt knows before the call: the agent, and the scenario's customer, company,
    verification and vocabulary.

    The same object guides recognition (every reply, every upload) and, through the
    transcript, scoring.
    """
    scenario = attempt.scenario
    agent_name = attempt.agent.first_name or attempt.agent.username
    if scenario is None:
        return CallContext(agent_name=agent_name)
    return CallContext(
        agent_name=agent_name,
        customer_name=scenario.customer_name,
        company=scenario.company,
        requires_verification=scenario.requires_verification,
        vocabulary=vocabulary_clean(scenario.vocabulary.splitlines()),
    )


def _guided_transcribe(attempt: Attempt, token: str) -> dict:
    """The live call on one clock: the customer's lines (trainer's clip or the server's voice) and
    the agent's replies, in one transcript and one stereo recording."""
    from .calls import call_of, line_audio  # calls restores the engine's Call, which needs the scripts service

    if attempt.scenario is None:
        raise AudioError(_("The scenario of this attempt was deleted."))
    if attempt.call is None:
        raise AudioError(
            _("This practice was recorded on the old worksheet, which can no longer be scored: start a new call.")
        )
    turns = list(attempt.turns.order_by("index"))
    for turn in turns:
        turn_transcribe(turn=turn)
        _claim(attempt.pk, token, heartbeat_at=timezone.now())
    call = call_of(attempt)
    voices = {line.id: line_audio(attempt, line) for line in call.said}
    samples = {line_id: recording_samples(file) for line_id, file in voices.items() if file}
    call.line_seconds = lambda line: len(samples[line.id]) / SAMPLE_RATE if line.id in samples else None
    placements = call.placements()
    if not attempt.recording and attempt.recording_deleted_at is None:
        mixed = stereo_mix(
            [
                Placement(placed.reply_start, recording_samples(turn.recording))
                for placed, turn in zip(placements, turns)
                if turn.recording and placed.reply_start is not None
            ],
            [Placement(placed.start, samples[placed.line.id]) for placed in placements if placed.line.id in samples],
            max(
                [placed.end for placed in placements]
                + [
                    placed.reply_start + (turn.duration_s or 0.0)
                    for placed, turn in zip(placements, turns)
                    if placed.reply_start is not None
                ]
            ),
        )
        _store_recording(attempt, token, mixed)
    return {**call.transcript(), **attempt_call_context(attempt).transcript_fields(), "speaker_attribution": "exact"}


def _store_recording(attempt: Attempt, token: str, mixed: np.ndarray) -> None:
    """The call's stereo mix in one FLAC, so a report's evidence times can be played."""
    with tempfile.NamedTemporaryFile(suffix=".flac") as out:
        write_flac(out.name, mixed)
        with open(out.name, "rb") as assembled:
            attempt.recording.save(f"attempt-{attempt.pk}.flac", File(assembled), save=False)
    _claim(attempt.pk, token, recording=attempt.recording.name, heartbeat_at=timezone.now())


def _upload_transcribe(attempt: Attempt) -> dict:
    from transcription.engine import transcribe_file  # torch and Whisper load in the worker only

    if not attempt.recording:
        raise AudioError(_("The recording was deleted (retention period) and cannot be transcribed again."))
    stereo = tuple(attempt.stereo_speakers.split(",")) if attempt.stereo_speakers else None

    def report(share: float) -> None:
        Attempt.objects.filter(pk=attempt.pk, job_token=attempt.job_token).update(transcribed_share=share)

    with local_path(attempt.recording) as path:
        return transcribe_file(
            path,
            language=attempt.language,
            stereo_speakers=stereo,
            channel=attempt.channel,
            max_seconds=settings.MAX_RECORDING_SECONDS,
            on_progress=report,
            context=attempt_call_context(attempt),
        )


# --- Scoring


def _score(attempt: Attempt, token: str) -> Attempt:
    """Create the scorecard and link it in one transaction, so a re-run never makes a second one."""
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update(of=("self",)).get(pk=attempt.pk)
        if attempt.job_token != uuid.UUID(token):
            raise Superseded
        if attempt.scorecard_id is None:
            with translation.override(attempt.language):
                context = str(Attempt.Kind(attempt.kind).label)
            attempt.scorecard = scorecard_create(
                agent=attempt.agent,
                transcript=attempt.transcript,
                title=attempt.title,
                context=f"{context} · #{attempt.pk}",
                rubric=attempt.scenario.rubric if attempt.scenario else None,
            )
        attempt.state = Attempt.State.READY
        attempt.ready_at = timezone.now()
        attempt.failure_reason = ""
        attempt.save(update_fields=["scorecard", "state", "ready_at", "failure_reason"])
    return attempt


# --- The job


def attempt_process(*, attempt_id: int, token: str) -> Outcome:
    """Take the attempt as far as it can go: transcribed, then scored (or waiting for a speaker check).

    A recording or transcript the engines reject fails at once with their message;
    anything else may be transient and is retried.
    """
    attempt = Attempt.objects.select_related("agent", "scenario").filter(pk=attempt_id).first()
    if attempt is None or str(attempt.job_token) != token:
        return Outcome.SUPERSEDED
    if attempt.state not in Attempt.IN_WORKER:
        return Outcome.NOTHING
    with translation.override(attempt.language):  # reasons are stored in the practice's language
        return _process(attempt, token)


def _process(attempt: Attempt, token: str) -> Outcome:
    attempt_id = attempt.pk
    try:
        # A first beat says the job started: from now on the recovery sweep expects beats.
        attempt = _claim(attempt_id, token, heartbeat_at=timezone.now())
        if attempt.state in (Attempt.State.UPLOADED, Attempt.State.TRANSCRIBING):
            # Only the long step beats: a write from the beating thread in the middle of
            # scoring's transaction would make SQLite refuse that transaction's writes.
            with jobs.heartbeat(Attempt.objects, attempt_id, token, setting("ATTEMPT_HEARTBEAT_SECONDS")):
                attempt = _claim(attempt_id, token, state=Attempt.State.TRANSCRIBING)
                transcript = (
                    _guided_transcribe(attempt, token)
                    if attempt.kind == Attempt.Kind.GUIDED
                    else _upload_transcribe(attempt)
                )
            estimated = transcript.get("speaker_attribution") == "estimated"
            attempt = _claim(
                attempt_id,
                token,
                transcript=transcript,
                heartbeat_at=timezone.now(),
                speaker_attribution=Attempt.Attribution.ESTIMATED if estimated else Attempt.Attribution.EXACT,
                state=Attempt.State.REVIEW if estimated else Attempt.State.SCORING,
            )
        if attempt.state == Attempt.State.SCORING:
            _score(attempt, token)
    except Superseded:
        return Outcome.SUPERSEDED
    except AudioError as error:
        return attempt_fail(attempt_id=attempt_id, token=token, reason=audio_error_message(error))
    except TranscriptError as error:
        return attempt_fail(attempt_id=attempt_id, token=token, reason=str(error))
    except Exception as error:  # noqa: BLE001 - anything else may pass on a later try
        logger.exception("Attempt %s: processing failed", attempt_id)
        return attempt_retry_or_fail(attempt_id=attempt_id, token=token, reason=f"{type(error).__name__}: {error}")
    return Outcome.DONE


def attempt_fail(*, attempt_id: int, token: str, reason: str) -> Outcome:
    Attempt.objects.filter(pk=attempt_id, job_token=token).update(
        state=Attempt.State.FAILED,
        failure_reason=reason[:2000],
        heartbeat_at=None,
    )
    return Outcome.FAILED


def attempt_retry_or_fail(*, attempt_id: int, token: str, reason: str) -> Outcome:
    """Count a failed try; run again after a doubling delay, or fail for good after the last try."""

    def retry(attempt: Attempt, tries: int) -> None:
        attempt.failure_reason = _("Try %(tries)d failed, trying again: %(reason)s") % {
            "tries": tries,
            "reason": reason,
        }
        attempt.save(update_fields=["failure_reason"])
        attempt_enqueue_processing(
            attempt=attempt, delay_s=jobs.retry_delay(setting("ATTEMPT_RETRY_BASE_SECONDS"), tries)
        )

    def fail(attempt: Attempt) -> None:
        attempt.state = Attempt.State.FAILED
        attempt.failure_reason = _("Processing failed %(tries)d times. Last error: %(reason)s") % {
            "tries": attempt.tries,
            "reason": reason,
        }
        attempt.save(update_fields=["state", "failure_reason"])

    return jobs.retry_or_fail(
        _in_worker(), attempt_id, token, max_tries=setting("ATTEMPT_MAX_TRIES"), on_retry=retry, on_fail=fail
    )


def _recover_if_dead(attempt: Attempt) -> bool:
    from ..tasks import attempt_process

    stale_s = setting("ATTEMPT_STALE_SECONDS")
    if not jobs.is_dead(attempt, stale_s=stale_s, task=attempt_process):
        return False
    logger.warning("Attempt %s: its job died (worker killed, or the queue lost it); running it again", attempt.pk)
    with translation.override(attempt.language):
        reason = _("the worker stopped while processing (no heartbeat for %(seconds)d s)") % {"seconds": stale_s}
        return attempt_retry_or_fail(attempt_id=attempt.pk, token=str(attempt.job_token), reason=reason) in (
            Outcome.RETRYING,
            Outcome.FAILED,
        )


def attempts_recover_stalled() -> int:
    """Hand on every attempt whose job died (killed worker, lost or never-sent job); run by each
    worker as it starts and then every ATTEMPT_STALE_SECONDS / 2 (academy.platform.jobs.recovery_start)."""
    return sum(_recover_if_dead(attempt) for attempt in _in_worker())
