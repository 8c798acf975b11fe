"""`manage.py roleplay SCENARIO.json --reply REPLY [--reply …] [--format json|text]` (interfaces.md).

Plays a scenario headless exactly as the live call does (scenarios.roleplay.call): a reply
that is the path of an audio file is transcribed with the scenario's context (a recording
with no speech in it is silence), an empty reply is silence, anything else is what the
agent said. Prints the path, the turns, whether the call ended and the score of the whole
call. Bad input exits 2 with one line on stderr; no migrated database is needed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import BaseCommand, CommandError

from feedback.rubrics.management.commands.score_transcript import result_as_text
from feedback.rubrics.selectors import rubric_definition_or_shipped
from scenarios.roleplay.call import Reply, play
from scenarios.roleplay.errors import ScenarioError
from scenarios.roleplay.scenario import Scenario, scenario_read

AUDIO_SUFFIXES = {".wav", ".mp3", ".m4a", ".ogg", ".webm", ".flac", ".opus", ".aac"}


class Command(BaseCommand):
    help = "Play a role-play scenario with the agent's replies (text, audio files, or empty for silence)."
    requires_system_checks: list[str] = []  # stdout must carry the result only

    def add_arguments(self, parser):
        parser.add_argument("scenario", metavar="SCENARIO.json")
        parser.add_argument(
            "--reply",
            action="append",
            default=[],
            metavar="REPLY",
            help="the agent's reply: text, the path of an audio file, or '' for silence (repeat)",
        )
        parser.add_argument("--format", choices=["json", "text"], default="json")

    def handle(self, *args, **options):
        try:
            scenario = scenario_read(options["scenario"])
        except ScenarioError as error:
            raise CommandError(_one_line(f"{options['scenario']}: {error}"), returncode=2) from None
        replies = [_reply(text, number, scenario) for number, text in enumerate(options["reply"], start=1)]
        from feedback.scoring.engine import score_transcript  # loads spaCy: only once the input is known to be good

        call = play(scenario, replies)
        output: dict[str, Any] = call.as_dict()
        output["result"] = score_transcript(call.transcript(), rubric_definition_or_shipped(None, scenario.channel))
        if options["format"] == "text":
            self.stdout.write(_as_text(output))
        else:
            self.stdout.write(json.dumps(output, ensure_ascii=False, indent=2))


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _reply(text: str, number: int, scenario: Scenario) -> Reply:
    """A typed reply, silence, or an audio file transcribed now (all of them, before the call plays)."""
    candidate = text.strip()
    is_path = candidate and len(candidate.split()) == 1 and Path(candidate).suffix.lower() in AUDIO_SUFFIXES
    if not is_path:
        return Reply(text=candidate)
    path = Path(candidate)
    if not path.is_file():
        raise CommandError(f"reply {number}: {path}: no such audio file", returncode=2)
    from transcription.audio import probe_audio  # torch and Whisper load only when a reply is audio
    from transcription.engine import NO_SPEECH, transcribe_clip
    from transcription.errors import AudioError

    try:
        duration = probe_audio(path, max_seconds=settings.MAX_RECORDING_SECONDS).duration_s
        segments = transcribe_clip(
            path,
            language=scenario.language,
            speaker="agent",
            max_seconds=settings.MAX_RECORDING_SECONDS,
            context=_call_context(scenario),
        )
    except AudioError as error:
        if error.template == NO_SPEECH:
            return Reply(segments=(), duration_s=duration)  # only noise: the agent said nothing
        raise CommandError(_one_line(f"reply {number}: {path}: {error}"), returncode=2) from None
    except OSError as error:
        raise CommandError(f"reply {number}: {path}: cannot read ({error.strerror or error})", returncode=2) from None
    return Reply.from_segments(segments, duration)


def _call_context(scenario: Scenario):
    """What the scenario tells recognition to expect (interfaces.md, "Call context")."""
    from transcription.context import CallContext, vocabulary_clean

    return CallContext(
        customer_name=scenario.customer_name,
        company=scenario.company,
        requires_verification=scenario.requires_verification,
        vocabulary=vocabulary_clean(scenario.vocabulary),
    )


_WORDS = {
    "it": {
        "customer": "Cliente",
        "agent": "Operatore",
        "silence": "(silenzio)",
        "ended": "Chiamata conclusa.",
        "open": "La chiamata continua: la cliente attende una risposta a",
        "path": "Percorso",
    },
    "en": {
        "customer": "Customer",
        "agent": "Agent",
        "silence": "(silence)",
        "ended": "The call ended.",
        "open": "The call goes on: the customer awaits a reply to",
        "path": "Path",
    },
}


def _as_text(output: dict[str, Any]) -> str:
    result = output["result"]
    words = _WORDS[result["language"]]
    lines = [f"{words['path']}: {' → '.join(output['lines'])}", ""]
    for turn in output["turns"]:
        lines.append(f"[{turn['line']}] {words['customer']}: {turn['customer']}")
        lines.append(f"    {words['agent']}: {turn['agent'] or words['silence']}")
        if turn["decided"]:
            lines.append(f"    → {', '.join(turn['decided'])}")
    lines.append("")
    lines.append(words["ended"] if output["ended"] else f"{words['open']} “{output['lines'][-1]}”.")
    lines += ["", result_as_text(result)]
    return "\n".join(lines)
