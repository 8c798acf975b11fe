"""`manage.py transcribe AUDIO`: the transcription engine from the command line (interfaces.md)."""

from __future__ import annotations

import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from transcription.audio import probe_audio
from transcription.context import ContextError, context_from_file
from transcription.errors import AudioError

SPEAKERS = ("agent", "customer")
LABELS = {"it": {"agent": "Operatore", "customer": "Cliente"}, "en": {"agent": "Agent", "customer": "Customer"}}


def _speaker_pair(value: str) -> tuple[str, str]:
    pair = tuple(part.strip().lower() for part in value.split(","))
    if len(pair) != 2 or not set(pair) <= set(SPEAKERS):
        raise CommandError(
            "--stereo-speakers takes two of agent,customer: left channel first, e.g. customer,agent.", returncode=2
        )
    return pair


def _clock(seconds: float) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes):02d}:{rest:04.1f}"


def transcript_as_text(transcript: dict) -> str:
    """The plain-text transcript format of interfaces.md, so the output can be scored as is."""
    labels = LABELS[transcript["language"]]
    return "\n".join(
        f"[{_clock(segment['start'])}] {labels[segment['speaker']]}: {segment['text']}"
        for segment in transcript["segments"]
    )


class Command(BaseCommand):
    requires_system_checks = []
    help = "Transcribe an audio file (wav, mp3, m4a, ogg, webm, flac) to transcript JSON."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("audio", help="the recording to transcribe")
        parser.add_argument("--language", choices=["it", "en"], help="the spoken language (detected when omitted)")
        parser.add_argument(
            "--stereo-speakers",
            type=str,
            help="speaker of the left and right channel of a stereo file, e.g. agent,customer",
        )
        parser.add_argument("--channel", choices=["phone", "social"], default="phone")
        parser.add_argument(
            "--context",
            metavar="FILE.json",
            help="the call's facts: agent_name, customer_name, company, requires_verification, vocabulary",
        )
        parser.add_argument("--format", choices=["json", "text"], default="json")

    def handle(self, *args, **options) -> None:
        speakers = _speaker_pair(options["stereo_speakers"]) if options["stereo_speakers"] else None
        limits = {"max_seconds": settings.MAX_RECORDING_SECONDS, "max_bytes": settings.MAX_UPLOAD_BYTES}
        try:
            context = context_from_file(options["context"]) if options["context"] else None
        except ContextError as error:
            raise CommandError(str(error), returncode=2) from None
        try:
            probe_audio(options["audio"], **limits)  # refuses a bad file before torch and Whisper load
            from transcription.engine import transcribe_file

            transcript = transcribe_file(
                options["audio"],
                language=options["language"],
                stereo_speakers=speakers,
                channel=options["channel"],
                context=context,
                **limits,
            )
        except AudioError as error:
            raise CommandError(str(error), returncode=2) from None
        if options["format"] == "text":
            self.stdout.write(transcript_as_text(transcript))
        else:
            self.stdout.write(json.dumps(transcript, ensure_ascii=False, indent=2))
