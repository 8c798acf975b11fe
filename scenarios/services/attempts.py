"""What agents and supervisors do to attempts: start a guided role-play, record its turns,
submit it, upload a call, check the speakers of a mono call, retry a failed attempt."""
from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Attempt, AttemptTurn, ScenarioPage
from .pipeline import attempt_enqueue_processing, turn_enqueue_transcription
from .recordings import recording_validate

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
        agent=agent, scenario=scenario, title=scenario.title, kind=kind, state=state,
        channel=scenario.channel, language=scenario.language,
    )


def attempt_start_guided(*, agent, scenario: ScenarioPage) -> Attempt:
    """Begin a guided role-play; turns are recorded one by one, then submitted."""
    if not scenario.customer_turns:
        raise ValidationError(_("This scenario has no customer script to play."))
    attempt = _new_attempt(agent=agent, scenario=scenario, kind=Attempt.Kind.GUIDED, state=Attempt.State.RECORDING)
    attempt.save()
    return attempt


def guided_turn_count(attempt: Attempt) -> int:
    """The agent answers the call, then each customer line: one turn more than the script has lines."""
    return len(attempt.scenario.customer_turns) + 1 if attempt.scenario else attempt.turns.count()


def attempt_turn_record(*, attempt: Attempt, index: int, file: UploadedFile) -> AttemptTurn:
    """Store the agent's answer for turn `index` (replacing an earlier take) and transcribe it at once."""
    _require_state(attempt, Attempt.State.RECORDING)
    if not 0 <= index < guided_turn_count(attempt):
        raise ValidationError(_("This scenario has no turn %(number)d.") % {"number": index + 1})
    info = recording_validate(
        file=file, extensions=CLIP_EXTENSIONS,
        silent_message=_("Nothing was heard in this answer: check that your microphone is on and record this turn again."),
    )
    with transaction.atomic():
        turn, created = AttemptTurn.objects.select_for_update().get_or_create(attempt=attempt, index=index)
        if not created:
            turn.recording.delete(save=False)
            turn.version += 1
        turn.segments = None
        turn.error = ""
        turn.duration_s = info.duration_s
        turn.recording.save(f"attempt-{attempt.pk}-turn-{index}-v{turn.version}{_suffix(file)}", file, save=False)
        turn.save()
        turn_enqueue_transcription(turn=turn)
    return turn


def _suffix(file: UploadedFile) -> str:
    name = file.name or ""
    return name[name.rfind("."):].lower() if "." in name else ""


def attempt_submit(*, attempt: Attempt) -> Attempt:
    """The agent has answered every turn: transcribe what is left and score."""
    _require_state(attempt, Attempt.State.RECORDING)
    missing = sorted(set(range(guided_turn_count(attempt))) - set(attempt.turns.values_list("index", flat=True)))
    if missing:
        raise ValidationError(
            _("Record every turn before submitting; missing: %(turns)s.") % {"turns": ", ".join(str(i + 1) for i in missing)}
        )
    rejected = attempt.turns.exclude(error="").order_by("index").first()
    if rejected is not None:
        raise ValidationError(
            _("Record turn %(number)d again: %(reason)s") % {"number": rejected.index + 1, "reason": rejected.error}
        )
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
    attempt.speaker_attribution = Attempt.Attribution.EXACT if attempt.stereo_speakers else Attempt.Attribution.ESTIMATED
    attempt.submitted_at = timezone.now()
    with transaction.atomic():
        attempt.save()
        attempt.recording.save(f"attempt-{attempt.pk}{_suffix(file)}", file, save=True)
        attempt_enqueue_processing(attempt=attempt)
    return attempt


def attempt_speakers_relabel(*, attempt: Attempt, speakers: list[str]) -> Attempt:
    """Set who said each segment of an estimated transcript (the agent or a supervisor corrects it)."""
    _require_state(attempt, Attempt.State.REVIEW)
    segments = attempt.transcript["segments"]
    if len(speakers) != len(segments) or any(s not in SPEAKERS for s in speakers):
        raise ValidationError(_("Give every segment a speaker: agent or customer."))
    attempt.transcript = {**attempt.transcript, "segments": [{**seg, "speaker": who} for seg, who in zip(segments, speakers)]}
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
        attempt.save(update_fields=["state", "tries", "failure_reason"])
        attempt_enqueue_processing(attempt=attempt)
    return attempt
