"""How long the customer takes to answer in a live role-play, through the real services: from the
end of the agent's turn (the reply's upload starts) to the start of the customer's next line (its
audio's first bytes are in), as the call page sees it. The reply is uploaded to the reply view,
validated, transcribed by the configured engine, judged by the scoring checks and answered with
the next line; the line's audio is then fetched (the server's voice is made on first use).

    .venv/bin/python benchmarks/roleplay_latency.py [--language en|it] [--replies 16]

Replies are spoken by espeak-ng, from about 2 to 15 seconds (the issue's bound, with the second of
silence that ends the turn), to the demo scenario of late delivery (whose lines have no clip here,
so every line is voiced by the server). Runs against a
fresh migrated SQLite database in a temporary directory, over Django's test client (the same
views, middleware and CSRF checks as the browser). Prints each wait, the median and the p95.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report_speed import ROOT, setup_django  # noqa: E402

# Replies that keep the call going (never the end, never the customer out of patience), by length.
REPLIES = {
    "en": [
        "Hello, this is Dan.",
        "I'm so sorry about the wait, I'll deal with it myself right now.",
        "Let me check that for you. Could you tell me what the courier said the last time you called us?",
        "Thank you for your patience. I can see the order, and the courier is holding the parcel at the local "
        "depot, because the label is missing the flat number. I have corrected the address and asked them to "
        "deliver it again.",
    ],
    "it": [
        "Buongiorno, sono Giulia.",
        "Mi dispiace molto per l'attesa, me ne occupo io personalmente.",
        "Verifico subito. Mi può dire cosa le ha detto il corriere l'ultima volta che ci ha chiamato?",
        "La ringrazio per la pazienza. Vedo l'ordine: il corriere tiene il pacco al deposito, perché "
        "sull'etichetta manca il numero dell'interno. Ho corretto l'indirizzo e chiesto una nuova consegna.",
    ],
}
SCENARIO = {"en": "delivery-delay.json", "it": "consegna-in-ritardo.json"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=["en", "it"], default="en")
    parser.add_argument("--replies", type=int, default=16)
    args = parser.parse_args()
    language = args.language

    with tempfile.TemporaryDirectory(prefix="roleplay-bench-") as tmp:
        tmp = Path(tmp)
        os.environ.setdefault("SECRET_KEY", "roleplay-latency-benchmark")  # sessions are signed
        setup_django(tmp)
        sys.path.insert(0, str(ROOT))
        from django.test import Client
        from django.urls import reverse
        from django.utils import translation

        from scenarios.models import ScenarioPage
        from scenarios.roleplay.scenario import scenario_read
        from scenarios.services.attempts import attempt_start_guided
        from scenarios.services.scripts import page_apply_scenario
        from tests.factories import AgentFactory
        from tests.scenarios.audio_corpus import duration_seconds, padded, spoken_wav
        from tests.scenarios.factories import scenario_index

        clips = []
        for number, text in enumerate(REPLIES[language]):
            clip = padded(
                tmp / f"reply{number}.wav", spoken_wav(tmp / f"raw{number}.wav", text, language=language), after=1.0
            )  # the second of silence that ends the turn is recorded too
            clips.append((clip, duration_seconds(clip)))
        scenario = scenario_read(ROOT / "scenarios" / "demo_roleplays" / SCENARIO[language])
        page = page_apply_scenario(ScenarioPage(slug="bench"), scenario)
        page.patience = None
        scenario_index(language).add_child(instance=page)
        page.save_revision().publish()
        agent = AgentFactory()
        client = Client(enforce_csrf_checks=True, HTTP_HOST="localhost")  # a host the settings allow
        client.force_login(agent)

        def url(name: str, **kwargs) -> str:
            with translation.override(language):
                return reverse(name, kwargs=kwargs)

        def one_reply(attempt, turn: int, clip: Path) -> tuple[float, float, float]:
            """(upload → next line chosen, upload → the line's audio starts arriving, CPU seconds used)."""
            started, cpu = time.perf_counter(), time.process_time()
            with clip.open("rb") as audio:
                response = client.post(
                    url("scenarios:call_reply", pk=attempt.pk),
                    {"turn": str(turn), "audio": audio},
                    HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value,
                )
            assert response.status_code == 200, response.content
            answered = time.perf_counter() - started
            data = response.json()
            voice = client.get(data["call"]["line"]["audio"])
            next(iter(voice.streaming_content))
            return answered, time.perf_counter() - started, time.process_time() - cpu

        # Warm-up, as a running server is: the engine's weights and the scoring pipelines load once.
        attempt = attempt_start_guided(agent=agent, scenario=page)
        client.get(url("scenarios:attempt_detail", pk=attempt.pk))
        started = time.perf_counter()
        one_reply(attempt, 0, clips[0][0])
        print(f"warm-up (engine and scoring load, first reply): {time.perf_counter() - started:.1f} s")

        waits, answers, lengths, cpus = [], [], [], []
        attempt, turn = attempt_start_guided(agent=agent, scenario=page), 0
        for number in range(args.replies):
            clip, seconds = clips[number % len(clips)]
            if turn >= 3:  # a fresh call keeps the customer on lines that go on
                attempt, turn = attempt_start_guided(agent=agent, scenario=page), 0
            answered, wait, cpu = one_reply(attempt, turn, clip)
            turn += 1
            cpus.append(cpu)
            waits.append(wait)
            answers.append(answered)
            lengths.append(seconds)
            print(
                f"reply of {seconds:4.1f} s: next line chosen after {answered:.2f} s, its audio starts after "
                f"{wait:.2f} s ({cpu:.2f} CPU s)"
            )
        waits.sort()
        p95 = waits[min(len(waits) - 1, round(0.95 * (len(waits) - 1)))]
        print(
            f"end of the agent's turn -> start of the customer's next line ({language}, {len(waits)} replies of "
            f"{min(lengths):.1f}-{max(lengths):.1f} s): median {statistics.median(waits):.2f} s, p95 {p95:.2f} s "
            f"(target: median <= 1.5 s, p95 <= 3 s); next line chosen: median {statistics.median(answers):.2f} s; "
            f"CPU per reply: median {statistics.median(cpus):.2f} s"
        )
        print(
            f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
            "(waits grow with other work on the machine; CPU seconds do not)"
        )


if __name__ == "__main__":
    main()
