"""How long an agent waits for a practice report, through the real services, Whisper and
scoring (tasks run inline, as one worker would run them back to back):

- live role-play: from the upload of the last reply (which ends the call) to the scored
  attempt (the earlier replies were transcribed as they came);
- uploaded call: from the upload of a 3-minute stereo call to the scored attempt. The call is
  the labelled sample conversations read one after another, so Whisper hears varied speech
  as in a real call (a few lines said over and over make it see a decoding loop and decode
  every window again at higher temperatures, which measures that artifact instead).

    .venv/bin/python benchmarks/attempt_latency.py [--language en|it] [--call-seconds 180]

Runs against a fresh migrated SQLite database in a temporary directory; the audio is
generated with espeak-ng and sox (the call's words from ../shared/samples/transcripts);
prints the figures.
"""

import argparse
import itertools
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from operator import itemgetter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report_speed import ROOT, setup_django  # noqa: E402

SAMPLES = ROOT.parent / "shared" / "samples" / "transcripts"
# phone-<lang>-1 is the sample whose recording ships in samples/audio (transcribe_speed.py
# measures it); the call is made of the conversations after it.
FIRST_SAMPLE = 2

AGENT_LINES = {
    "en": [
        "Good morning, my name is Laura from Telco, how can I help you today?",
        "I'm sorry to hear that. Can you confirm your account number, please?",
        "Thank you. I can see the March fee was charged twice on your bill.",
        "I will refund the extra charge within three working days.",
        "Is there anything else I can help you with? Thank you for calling, goodbye.",
    ],
    "it": [
        "Buongiorno, sono Laura di Telco, come posso aiutarla?",
        "Mi dispiace per il disagio. Può confermarmi il codice cliente?",
        "Grazie. Vedo che il canone di marzo è stato addebitato due volte.",
        "Le rimborso l'importo in più entro tre giorni lavorativi.",
        "C'è altro in cui posso aiutarla? Grazie per aver chiamato, arrivederci.",
    ],
}
CUSTOMER_LINES = {
    "en": [
        "Hello, my bill is twice what I normally pay.",
        "Yes, it is four five eight two one seven.",
        "So when do I get the money back?",
        "Okay, thank you very much.",
    ],
    "it": [
        "Buongiorno, la bolletta è il doppio del solito.",
        "Sì, è quattro cinque otto due uno sette.",
        "E quando mi restituite i soldi?",
        "Va bene, grazie mille.",
    ],
}


def sample_call_lines(language: str) -> Iterator[str]:
    """The labelled phone conversations phone-<language>-2, -3, … in order (and round again),
    as alternating agent and customer lines, the agent's first; consecutive segments of one
    speaker make one line."""

    def number(path: Path) -> int:
        return int(path.stem.rsplit("-", 1)[1])

    paths = sorted(
        (path for path in SAMPLES.glob(f"phone-{language}-*.json") if number(path) >= FIRST_SAMPLE), key=number
    )
    if not paths:
        raise SystemExit(f"No labelled phone-{language}-N.json transcripts from N={FIRST_SAMPLE} in {SAMPLES}.")
    segments = (segment for path in itertools.cycle(paths) for segment in json.loads(path.read_text())["segments"])
    expected = "agent"
    for speaker, run in itertools.groupby(segments, key=itemgetter("speaker")):
        if speaker != expected:
            yield ""  # the other party says nothing this time
        yield " ".join(segment["text"] for segment in run)
        expected = "customer" if speaker == "agent" else "agent"


def three_minute_call(directory: Path, language: str, seconds: float) -> Path:
    """The call of the fewest sample lines that lasts at least `seconds`."""
    from tests.scenarios.audio_corpus import duration_seconds, stereo_call

    def call(count: int) -> tuple[Path, float]:
        lines = list(itertools.islice(sample_call_lines(language), count))
        path = stereo_call(directory / f"call-{count}.wav", lines[0::2], lines[1::2], language=language)
        return path, duration_seconds(path)

    count = 8
    path, duration = call(count)
    while duration < seconds:  # lines differ in length: estimate, then step back line by line
        count = int(count * seconds / duration) + 1
        path, duration = call(count)
    while count > 1:
        shorter, shorter_duration = call(count - 1)
        if shorter_duration < seconds:
            break
        count, path = count - 1, shorter
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=["en", "it"], default="en")
    parser.add_argument("--call-seconds", type=float, default=180.0)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="attempt-bench-") as tmp:
        tmp = Path(tmp)
        setup_django(tmp)
        sys.path.insert(0, str(ROOT))
        from django.core.files.uploadedfile import SimpleUploadedFile
        from django.utils import timezone
        from wagtail.models import Locale, Site

        from scenarios.models import Attempt, ScenarioIndexPage, ScenarioPage
        from scenarios.services import attempts as services
        from tests.factories import AgentFactory
        from tests.scenarios.audio_corpus import spoken_wav

        language = args.language
        agent = AgentFactory()
        index = Site.objects.get(is_default_site=True).root_page.add_child(
            instance=ScenarioIndexPage(
                title="Bench", slug="bench", locale=Locale.objects.get_or_create(language_code=language)[0]
            )
        )
        scenario = index.add_child(
            instance=ScenarioPage(
                title="Billing error",
                slug="billing-error",
                language=language,
                situation="<p>Billed twice.</p>",
                persona="Worried.",
                objectives="<p>Refund.</p>",
                customer_name="Sarah Miller",
                script=[("customer_turn", {"text": line, "audio": None}) for line in CUSTOMER_LINES[language]],
            )
        )
        clips = [
            spoken_wav(tmp / f"turn{n}.wav", line, language=language) for n, line in enumerate(AGENT_LINES[language])
        ]
        call = three_minute_call(tmp, language, args.call_seconds)

        def upload(path: Path) -> SimpleUploadedFile:
            return SimpleUploadedFile(path.name, path.read_bytes())

        # Warm-up: a worker loads Whisper and the scoring pipelines once per process, before any attempt.
        from feedback.reports.services import scorecard_create
        from transcription.engine import transcribe_clip

        started = time.perf_counter()
        segments = transcribe_clip(clips[0], language=language, speaker="agent")
        scorecard_create(
            agent=agent, transcript={"language": language, "channel": "phone", "segments": segments}, title="warm-up"
        )
        print(f"warm-up (model loads, first clip, first score): {time.perf_counter() - started:.1f} s")

        # The clock stops when the attempt is ready: the PDF the worker renders next is not waited for.
        # A live role-play over the linear script: one reply per customer line; the last ends the call.
        replies = clips[: len(CUSTOMER_LINES[language])]
        attempt = services.attempt_start_guided(agent=agent, scenario=scenario)
        for index_, clip in enumerate(replies[:-1]):
            services.attempt_turn_record(attempt=attempt, index=index_, file=upload(clip))
        started = timezone.now()
        services.attempt_turn_record(attempt=attempt, index=len(replies) - 1, file=upload(replies[-1]))
        attempt.refresh_from_db()
        assert attempt.state == Attempt.State.READY, attempt.failure_reason
        guided = (attempt.ready_at - started).total_seconds()
        print(
            f"live role-play ({len(replies)} replies), last reply -> scored attempt: {guided:.1f} s "
            f"(score {attempt.scorecard.score:.0f})"
        )

        started = timezone.now()
        uploaded = services.attempt_upload(
            agent=agent, scenario=scenario, file=upload(call), stereo_speakers="agent,customer"
        )
        uploaded.refresh_from_db()
        assert uploaded.state == Attempt.State.READY, uploaded.failure_reason
        elapsed = (uploaded.ready_at - started).total_seconds()
        print(
            f"uploaded stereo call ({uploaded.duration_s:.0f} s of audio), upload -> scored attempt: {elapsed:.1f} s "
            f"(RTF {elapsed / (2 * uploaded.duration_s):.3f} with both channels counted, as transcribe_speed.py; "
            f"{elapsed / uploaded.duration_s:.2f} s per second of call)"
        )
        print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
