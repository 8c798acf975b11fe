"""What agents and supervisors do to attempts: start a live role-play, reply to the customer,
hang up, upload a call, check the speakers of a mono call, retry a failed attempt."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.xapi import events as learning_records
from scenarios.roleplay.call import Call, Reply
from scenarios.roleplay.errors import ScenarioError
from scenarios.roleplay.scenario import Line
from transcription.audio import probe_audio

from ..models import Attempt, AttemptTurn, ScenarioPage
from .calls import call_of, call_state
from .pipeline import attempt_call_context, attempt_enqueue_processing, transcribe_reply
from .quotas import attempts_in_worker_check, upload_quota_check
from .recordings import local_path, recording_validate
from .scripts import page_scenario

SPEAKERS = ("agent", "customer")
STEREO_MAPPINGS = ("agent,customer", "customer,agent")
# What browsers' MediaRecorder produces (Chromium and Firefox: webm/ogg; Safari: mp4/m4a), plus wav.
CLIP_EXTENSIONS = {"webm", "ogg", "m4a", "mp4", "wav"}


def _require_state(attempt: Attempt, *states: str) -> None:
    if attempt.state not in states:
        raise ValidationError(
            _("This attempt is “%(state)s”: that cannot be done now.") % {"state": attempt.get_state_display()}
        )


def _new_attempt(*, agent, scenario: ScenarioPage, kind: str, state: str) -> Attempt:
    return Attempt(
        agent=agent,
        scenario=scenario,
        title=scenario.title,
        kind=kind,
        state=state,
        channel=scenario.channel,
        language=scenario.language,
    )


def attempt_start_guided(*, agent, scenario: ScenarioPage) -> Attempt:
    """Begin a live role-play: the customer says the first line, and waits for the agent's reply."""
    try:
        call = Call(page_scenario(scenario))
    except ScenarioError:
        raise ValidationError(_("This scenario has no customer script to play.")) from None
    attempt = _new_attempt(agent=agent, scenario=scenario, kind=Attempt.Kind.GUIDED, state=Attempt.State.RECORDING)
    attempt.call = call_state(call)
    attempt.save()
    learning_records.practice_attempted(attempt)
    return attempt


@dataclass(frozen=True)
class CallStep:
    """What the agent's reply led to: what was heard, what it decided, what the customer says next."""

    attempt: Attempt
    heard: str
    decided: tuple[str, ...]
    line: Line | None  # the customer's next line, None when the call ended without one
    ended: bool


def _reply_from_clip(attempt: Attempt, file: UploadedFile) -> tuple[Reply, list[dict]]:
    """Validate and transcribe a recorded reply now (the fast path): a clip with no speech is silence."""
    try:
        info = recording_validate(file=file, extensions=CLIP_EXTENSIONS)
    except ValidationError as error:
        if error.code != "silent":
            raise
        with local_path(file) as path:
            return Reply(segments=(), duration_s=probe_audio(path).duration_s), []
    with local_path(file) as path:
        segments = transcribe_reply(path, language=attempt.language, context=attempt_call_context(attempt))
    return Reply.from_segments(segments, info.duration_s), segments


def attempt_turn_record(
    *, attempt: Attempt, index: int, line_id: str = "", file: UploadedFile | None = None, text: str | None = None
) -> CallStep:
    """The agent's reply to the line the customer just said: a recorded clip, or typed text.

    Replies come in order, one per line: a reply to another line or out of turn (a second tab
    on the same call) is refused, and nothing of it is stored. The reply is transcribed and
    judged at once, and the customer's next line chosen; at the end the call is submitted.
    """
    _require_live_call(attempt, index, line_id)
    if file is not None:
        reply, segments = _reply_from_clip(attempt, file)
    else:
        reply = Reply(text=(text or "").strip())
        segments = [{"speaker": "agent", "text": reply.text}] if reply.text else []
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update(of=("self",)).select_related("agent", "scenario").get(pk=attempt.pk)
        _require_live_call(attempt, index, line_id)  # again, now that no other reply can slip in
        call = call_of(attempt)
        answered = call.current
        following = call.reply(reply)
        turn = AttemptTurn(
            attempt=attempt,
            index=index,
            line_id=answered.id,
            segments=segments,
            duration_s=reply.duration_s,
            decided=list(call.turns[-1].decided),
        )
        if file is not None:
            turn.recording.save(f"attempt-{attempt.pk}-turn-{index}{_suffix(file)}", file, save=False)
        turn.save()
        attempt.call = call_state(call)
        attempt.save(update_fields=["call"])
        if call.ended:
            attempt_submit(attempt=attempt)
    return CallStep(attempt=attempt, heard=reply.text, decided=call.turns[-1].decided, line=following, ended=call.ended)


def _require_live_call(attempt: Attempt, index: int, line_id: str) -> None:
    _require_state(attempt, Attempt.State.RECORDING)
    state = attempt.call or {}
    said = state.get("said") or []
    if state.get("ended") or not said:
        raise ValidationError(_("This call has ended."), code="ended")
    if index != attempt.turns.count() or (line_id and line_id != said[-1]["id"]):
        raise ValidationError(
            _("This call went on without this reply (is it open in another tab?). Reload the page to carry on."),
            code="conflict",
        )


def attempt_hang_up(*, attempt: Attempt) -> Attempt:
    """The agent ends the call: what was said is kept and scored."""
    _require_state(attempt, Attempt.State.RECORDING)
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update(of=("self",)).select_related("agent", "scenario").get(pk=attempt.pk)
        _require_state(attempt, Attempt.State.RECORDING)
        if not attempt.turns.exists():
            attempt.state = Attempt.State.FAILED
            attempt.failure_reason = _("The call ended before you answered: there is nothing to score.")
            attempt.call = {**(attempt.call or {}), "ended": True}
            attempt.save(update_fields=["state", "failure_reason", "call"])
            return attempt
        attempt.call = {**(attempt.call or {}), "ended": True}
        attempt.save(update_fields=["call"])
        return attempt_submit(attempt=attempt)


def _suffix(file: UploadedFile) -> str:
    name = file.name or ""
    return name[name.rfind(".") :].lower() if "." in name else ""


def attempt_submit(*, attempt: Attempt) -> Attempt:
    """The call has ended: assemble its recording and transcript, and score it."""
    _require_state(attempt, Attempt.State.RECORDING)
    with transaction.atomic():
        attempt.state = Attempt.State.TRANSCRIBING
        attempt.submitted_at = timezone.now()
        attempt.save(update_fields=["state", "submitted_at"])
        attempt_enqueue_processing(attempt=attempt)
    return attempt


def attempt_upload(*, agent, scenario: ScenarioPage, file: UploadedFile, stereo_speakers: str) -> Attempt:
    """Store a recorded call for transcription. A stereo file maps its channels to speakers as
    chosen; a mono file (or `stereo_speakers == "mono"`) gets estimated speakers the agent checks."""
    if stereo_speakers not in (*STEREO_MAPPINGS, "mono"):
        raise ValidationError(_("Choose which speaker is on which channel."))
    info = recording_validate(file=file)
    attempt = _new_attempt(agent=agent, scenario=scenario, kind=Attempt.Kind.UPLOAD, state=Attempt.State.UPLOADED)
    attempt.recording_name = (file.name or "")[:255]
    attempt.duration_s = info.duration_s
    attempt.stereo_speakers = stereo_speakers if info.channels >= 2 and stereo_speakers != "mono" else ""
    attempt.speaker_attribution = (
        Attempt.Attribution.EXACT if attempt.stereo_speakers else Attempt.Attribution.ESTIMATED
    )
    attempt.submitted_at = timezone.now()
    with transaction.atomic():
        upload_quota_check(agent=agent)
        attempt.save()
        attempt.recording.save(f"attempt-{attempt.pk}{_suffix(file)}", file, save=True)
        attempt_enqueue_processing(attempt=attempt)
        learning_records.practice_attempted(attempt)
    return attempt


def attempt_speakers_relabel(*, attempt: Attempt, speakers: list[str]) -> Attempt:
    """Set who said each segment of an estimated transcript (the agent or a supervisor corrects it)."""
    _require_state(attempt, Attempt.State.REVIEW)
    segments = attempt.transcript["segments"]
    if len(speakers) != len(segments) or any(s not in SPEAKERS for s in speakers):
        raise ValidationError(_("Give every segment a speaker: agent or customer."))
    attempt.transcript = {
        **attempt.transcript,
        "segments": [{**seg, "speaker": who} for seg, who in zip(segments, speakers)],
    }
    attempt.save(update_fields=["transcript"])
    return attempt


def attempt_speakers_swap(*, attempt: Attempt) -> Attempt:
    """The estimate got the two voices the wrong way round: exchange them everywhere."""
    flipped = ["customer" if seg["speaker"] == "agent" else "agent" for seg in attempt.transcript["segments"]]
    return attempt_speakers_relabel(attempt=attempt, speakers=flipped)


def attempt_speakers_confirm(*, attempt: Attempt) -> Attempt:
    """The speakers are right: score the transcript."""
    _require_state(attempt, Attempt.State.REVIEW)
    with transaction.atomic():
        attempt.state = Attempt.State.SCORING
        attempt.save(update_fields=["state"])
        attempt_enqueue_processing(attempt=attempt)
    return attempt


def attempt_discard(*, attempt: Attempt, user) -> None:
    """The agent deletes a practice that led nowhere: a call left unfinished (it would stay
    "recording" for ever) or one that failed. Its recordings go with it. Nothing the worker is
    processing and nothing scored is deleted this way."""
    if user.pk != attempt.agent_id:
        raise PermissionDenied
    _require_state(attempt, Attempt.State.RECORDING, Attempt.State.FAILED)
    with transaction.atomic():
        files = [turn.recording for turn in attempt.turns.all() if turn.recording] + (
            [attempt.recording] if attempt.recording else []
        )
        attempt.delete()
        transaction.on_commit(lambda: [file.storage.delete(file.name) for file in files])


def attempt_retry(*, attempt: Attempt) -> Attempt:
    """Run a failed attempt again from where it stopped, with a fresh count of tries."""
    _require_state(attempt, Attempt.State.FAILED)
    if attempt.transcript:
        attempt.state = Attempt.State.SCORING
    else:
        attempt.state = Attempt.State.TRANSCRIBING if attempt.kind == Attempt.Kind.GUIDED else Attempt.State.UPLOADED
    attempt.tries = 0
    attempt.failure_reason = ""
    with transaction.atomic():
        attempts_in_worker_check(agent=attempt.agent)
        attempt.save(update_fields=["state", "tries", "failure_reason"])
        attempt_enqueue_processing(attempt=attempt)
    return attempt
