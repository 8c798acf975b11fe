"""How fast a coaching report renders: the PDF of a 3-minute call (target ≤ 1 s after
warm-up) and its size, and the response time of the report page.

    .venv/bin/python benchmarks/report_speed.py [--runs 10] [--transcript PATH]

Runs against a fresh migrated SQLite database in a temporary directory, with the real
scoring engine, templates and WeasyPrint; prints the figures.
"""

import argparse
import json
import os
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TRANSCRIPT = ROOT.parent / "shared" / "samples" / "transcripts" / "phone-it-3.json"


def setup_django(tmp: Path, *, static: bool = True, **settings: str) -> dict[str, str]:
    """Django on a fresh migrated database in `tmp`, set up in this process.

    `settings` override the environment the settings read; the environment is returned, so that
    processes a benchmark starts (task workers) run on the same database and files.
    """
    sys.path.insert(0, str(ROOT))
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "academy.settings.base",
            "DATABASE_URL": f"sqlite:///{tmp / 'bench.sqlite3'}",
            "PRIVATE_MEDIA_ROOT": str(tmp / "private"),
            "STATIC_ROOT": str(tmp / "static"),
            "TASKS_BACKEND": "immediate",
            "LOG_LEVEL": "WARNING",
            **settings,
        }
    )
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))  # sessions are signed; settings default none
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    if static:
        call_command("collectstatic", interactive=False, verbosity=0)  # pages link hashed static files
    return dict(os.environ)


def timed(action, runs: int) -> tuple[float, float, object]:
    """Median wall-clock and CPU seconds of `action` (CPU time shows the cost on a busy machine)."""
    walls, cpus, value = [], [], None
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        value = action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--transcript", type=Path, default=DEFAULT_TRANSCRIPT)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="report-bench-") as tmp:
        setup_django(Path(tmp))
        from django.contrib.auth import get_user_model
        from django.test import Client
        from django.urls import reverse
        from django.utils import translation

        from feedback.reports.pdf import scorecard_pdf_bytes
        from feedback.reports.services import scorecard_create

        transcript = json.loads(args.transcript.read_text(encoding="utf-8"))
        agent = get_user_model().objects.create_user("bench-agent", password="x", language=transcript["language"])
        scorecard = scorecard_create(agent=agent, transcript=transcript, title=args.transcript.stem)

        timed(lambda: scorecard_pdf_bytes(scorecard), 2)  # warm-up: fonts, templates, spaCy
        pdf_median, pdf_cpu, pdf = timed(lambda: scorecard_pdf_bytes(scorecard), args.runs)

        client = Client(HTTP_HOST="localhost")
        client.force_login(agent)
        with translation.override(transcript["language"]):
            path = reverse("reports:scorecard_detail", kwargs={"pk": scorecard.pk})
        timed(lambda: client.get(path), 2)
        page_median, page_cpu, response = timed(lambda: client.get(path), args.runs)
        assert response.status_code == 200, response.status_code

        print(
            f"transcript: {args.transcript.name} ({transcript.get('duration', 0):.0f} s, "
            f"{len(transcript['segments'])} segments)"
        )
        print(
            f"PDF render median: {pdf_median * 1000:.0f} ms wall, {pdf_cpu * 1000:.0f} ms CPU "
            f"over {args.runs} runs (target ≤ 1000 ms)"
        )
        print(f"PDF size: {len(pdf) / 1024:.1f} KiB")
        print(
            f"report page median response: {page_median * 1000:.0f} ms wall, {page_cpu * 1000:.0f} ms CPU "
            f"over {args.runs} runs"
        )
        print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
