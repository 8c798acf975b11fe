"""Recordings: validating uploads, keeping them in private storage, and deleting them when
their retention period ends (transcripts and scores stay)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import numpy as np
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django.utils.translation import gettext as _

from transcription.audio import AudioInfo, check_size, decode_audio, is_silent, probe_audio
from transcription.errors import AudioError
from transcription.messages import audio_error_message

from ..conf import setting
from ..models import Attempt, AttemptTurn

UPLOAD_EXTENSIONS = {"wav", "mp3", "m4a", "ogg", "webm", "flac"}


@contextmanager
def local_path(file: UploadedFile | FieldFile) -> Iterator[Path]:
    """A path on this machine for `file`: the engines read paths, storage may be S3."""
    existing = getattr(file, "temporary_file_path", None)
    if existing is not None:
        yield Path(existing())
        return
    try:
        on_disk = Path(file.path)
    except (AttributeError, NotImplementedError):
        on_disk = None
    if on_disk is not None:
        yield on_disk
        return
    suffix = Path(file.name or "").suffix
    with tempfile.NamedTemporaryFile(suffix=suffix) as copy:
        file.open("rb")
        try:
            for chunk in file.chunks():
                copy.write(chunk)
        finally:
            if not isinstance(file, UploadedFile):
                file.close()
        copy.flush()
        yield Path(copy.name)


def recording_samples(file: FieldFile) -> np.ndarray:
    """A stored clip as one track of samples, wherever the storage keeps it."""
    with local_path(file) as path:
        return decode_audio(path).mono()


def recording_validate(
    *, file: UploadedFile, extensions: set[str] = UPLOAD_EXTENSIONS, silent_message: str | None = None
) -> AudioInfo:
    """Refuse what cannot become a transcript before anything is stored, with a message the agent can act on.

    A silent recording (a muted microphone, a recorder that captured nothing) is refused
    here rather than failing minutes later in the worker; `silent_message` says what to
    record again. Noise is let through: only the worker's speech detection tells it from a voice.
    The request reads the headers and at most UPLOAD_SCAN_SECONDS of audio: a recording
    silent for longer than that goes to the worker, whose decode is bounded by the length
    limit whatever the header says, and fails there with the reason.
    """
    extension = Path(file.name or "").suffix.lower().lstrip(".")
    if extension not in extensions:
        raise ValidationError(
            _("Unsupported file type “.%(ext)s”: upload a recording in one of %(allowed)s.")
            % {"ext": extension or "?", "allowed": ", ".join(sorted(extensions))}
        )
    try:
        check_size(file.size, settings.MAX_UPLOAD_BYTES)  # before the upload is read
        with local_path(file) as path:
            info = probe_audio(path, max_seconds=settings.MAX_RECORDING_SECONDS, max_bytes=settings.MAX_UPLOAD_BYTES)
            silent = is_silent(path, max_seconds=min(setting("UPLOAD_SCAN_SECONDS"), settings.MAX_RECORDING_SECONDS))
    except AudioError as error:
        raise ValidationError(audio_error_message(error)) from None
    if silent:  # None: silent as far as the request read; the worker decides
        raise ValidationError(
            silent_message
            or _(
                "The recording is silent: nothing in it is loud enough to be a voice. "
                "Check that the microphone or the call recorder was on, then upload the call again."
            ),
            code="silent",
        )
    return info


def recordings_prune(*, days: int | None = None, now=None) -> int:
    """Delete raw recordings older than the retention period; return how many files went.

    Attempts still being processed keep their audio whatever its age: deleting it
    would make them fail.
    """
    days = settings.RECORDING_RETENTION_DAYS if days is None else days
    now = now or timezone.now()
    cutoff = now - timedelta(days=days)
    in_progress = [*Attempt.IN_WORKER, Attempt.State.RECORDING]
    pruned = 0
    attempts = Attempt.objects.filter(created_at__lt=cutoff, recording_deleted_at__isnull=True).exclude(recording="")
    turns = AttemptTurn.objects.filter(attempt__created_at__lt=cutoff, recording_deleted_at__isnull=True).exclude(
        recording=""
    )
    for holder in [*attempts.exclude(state__in=in_progress), *turns.exclude(attempt__state__in=in_progress)]:
        with transaction.atomic():
            holder.recording.delete(save=False)
            holder.recording_deleted_at = now
            holder.save(update_fields=["recording", "recording_deleted_at"])
        pruned += 1
    return pruned
