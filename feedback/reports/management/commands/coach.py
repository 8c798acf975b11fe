"""`manage.py coach AUDIO_OR_TRANSCRIPT`: the whole pipeline on one file, without a web request.

Audio is transcribed on premises, the transcript scored with a rubric, the score result
JSON printed and, with --pdf, the coaching report written. Bad input exits 2 with one line.
"""

import json
from pathlib import Path

from django.conf import settings
from django.core.management import BaseCommand, CommandError
from django.db import DatabaseError

from feedback.reports.coaching import CoachingInput, coach_file, result_as_text
from transcription.context import context_from_file

AUDIO_SUFFIXES = {".wav", ".mp3", ".m4a", ".ogg", ".webm", ".flac", ".opus", ".aac"}


class Command(BaseCommand):
    help = "Transcribe (audio) or read (transcript), score, print the score result and optionally write the PDF report."

    def add_arguments(self, parser):
        parser.add_argument("path", metavar="AUDIO_OR_TRANSCRIPT")
        parser.add_argument("--rubric", help="rubric slug (default: the default rubric of the conversation's channel)")
        parser.add_argument("--language", choices=["it", "en"], help="language of the audio (detected when omitted)")
        parser.add_argument("--pdf", metavar="OUT.pdf", help="write the coaching report PDF here")
        parser.add_argument("--format", choices=["json", "text"], default="json")
        parser.add_argument(
            "--context",
            metavar="FILE.json",
            help="the call's facts: agent_name, customer_name, company, requires_verification, vocabulary",
        )

    def handle(self, *args, **options):
        path = Path(options["path"])
        pdf = Path(options["pdf"]) if options["pdf"] else None
        if pdf is not None and not pdf.parent.is_dir():
            raise CommandError(f"cannot write {pdf}: no such directory", returncode=2)
        try:
            report = coach_file(
                CoachingInput(
                    path=path,
                    is_audio=path.suffix.lower() in AUDIO_SUFFIXES,
                    rubric_slug=options["rubric"],
                    language=options["language"],
                    max_seconds=settings.MAX_RECORDING_SECONDS,
                    max_bytes=settings.MAX_UPLOAD_BYTES,
                    context=context_from_file(options["context"]) if options["context"] else None,
                ),
                pdf=pdf is not None,
            )
        except ValueError as error:
            raise CommandError(
                str(error).splitlines()[0] if str(error) else type(error).__name__, returncode=2
            ) from None
        except DatabaseError as error:
            raise CommandError(
                f"the database is not ready (run manage.py migrate): {str(error).splitlines()[0]}"
            ) from None
        if pdf is not None:
            pdf.write_bytes(report.pdf)
        if options["format"] == "text":
            self.stdout.write(result_as_text(report.result))
        else:
            self.stdout.write(json.dumps(report.result, ensure_ascii=False, indent=2))
