"""What calibration trust and data rights cost at a contact center's scale: the rubric's Trust
tab over every reviewed report, one agent's export archive and erasure, and the daily retention
sweep, with 200 agents and 4,000 reports (a quarter reviewed, one criterion overridden in ten).

    .venv/bin/python benchmarks/data_rights.py [--agents 200] [--reports 4000] [--runs 3]

Builds a fresh SQLite test database in a temporary directory with the bulk factories of tests/
(see list_pages.py) and prints wall-clock and CPU time, SQL queries and sizes.
"""

import argparse
import io
import os
import statistics
import tempfile
import time
from pathlib import Path

from list_pages import measure, setup_django


def populate(agents_count: int, reports_count: int) -> dict:
    from feedback.reports.models import CriterionOverride, Scorecard
    from tests.factories import SupervisorFactory, TeamFactory, TrainerFactory, agents_bulk
    from tests.feedback.reports.factories import scorecards_bulk
    from tests.scenarios.factories import ScenarioFactory, attempts_bulk

    supervisor = SupervisorFactory()
    agents = agents_bulk(agents_count, team=TeamFactory(supervisors=[supervisor]))
    scorecards = scorecards_bulk(agents, max(1, reports_count // agents_count))
    attempts_bulk(scorecards, scenario=ScenarioFactory())
    reviewed = list(Scorecard.objects.filter(reviewed_at__isnull=False).values_list("pk", flat=True))
    CriterionOverride.objects.bulk_create(
        [
            CriterionOverride(
                scorecard_id=pk,
                criterion="ownership",
                before="fail",
                after="pass",
                reason="Warm transfer.",
                user=supervisor,
            )
            for pk in reviewed[::10]
        ]
    )
    return {"trainer": TrainerFactory(), "agents": agents, "reports": len(scorecards), "reviewed": len(reviewed)}


def timed(action, runs: int) -> tuple[float, float, int, object]:
    """Median wall and CPU seconds and the query count of `action()`, and its last result."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    walls, cpus = [], []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            wall, cpu = time.perf_counter(), time.process_time()
            result = action()
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), len(queries), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agents", type=int, default=200)
    parser.add_argument("--reports", type=int, default=4000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="data-rights-bench-") as tmp:
        setup_django(Path(tmp))
        from django.db import connection

        connection.settings_dict["TEST"]["NAME"] = str(Path(tmp) / "data-rights.sqlite3")
        test_db = connection.creation.create_test_db(verbosity=0, serialize=False)
        try:
            from django.urls import reverse

            from academy.privacy.erasure import person_erase
            from academy.privacy.export import personal_data_archive
            from academy.privacy.retention import retention_enforce
            from feedback.calibration.selectors import rubric_trust
            from feedback.rubrics.models import Rubric
            from feedback.rubrics.selectors import rubric_by_slug

            start = time.perf_counter()
            data = populate(args.agents, args.reports)
            print(
                f"{data['agents'].__len__()} agents, {data['reports']} reports ({data['reviewed']} reviewed), "
                f"built in {time.perf_counter() - start:.0f} s"
            )
            phone = rubric_by_slug("phone")
            print(f"{'what':<46} {'ms':>8} {'CPU ms':>8} {'queries':>8} {'size':>10}")

            def row(what: str, wall: float, cpu: float, queries: int, size: str = "") -> None:
                print(f"{what:<46} {wall * 1000:>8.0f} {cpu * 1000:>8.0f} {queries:>8} {size:>10}", flush=True)

            wall, cpu, queries, groups = timed(lambda: rubric_trust(phone), args.runs)
            judged = sum(trust.judged for group in groups for _, _, trust in group.rows)
            row("trust of every criterion (selector)", wall, cpu, queries, f"{judged} pairs")
            wall, cpu, queries, size = measure(
                data["trainer"], reverse(Rubric.snippet_viewset.get_url_name("edit"), args=[phone.pk]), args.runs
            )
            row("rubric editor with its Trust tab, trainer", wall, cpu, queries, f"{size / 1024:.0f} KiB")

            def export():
                out = io.BytesIO()
                personal_data_archive(data["agents"][0], out)
                return out.getbuffer().nbytes

            wall, cpu, queries, size = timed(export, args.runs)
            row(
                f"export of one agent ({args.reports // args.agents} reports)",
                wall,
                cpu,
                queries,
                f"{size / 1024:.0f} KiB",
            )
            people = iter(data["agents"][1:])
            wall, cpu, queries, _ = timed(
                lambda: person_erase(person=(p := next(people)), by=data["trainer"], confirmation=p.username), args.runs
            )
            row("erasure of one agent", wall, cpu, queries)
            from django.conf import settings

            settings.TRANSCRIPT_RETENTION_DAYS = 0  # every transcript is past its period: the sweep's worst day
            wall, cpu, queries, done = timed(retention_enforce, 1)
            row("retention sweep removing every transcript", wall, cpu, queries, f"{done['transcripts']} items")
            print(
                f"median of {args.runs} runs (the sweep: one); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
            )
        finally:
            connection.creation.destroy_test_db(test_db, verbosity=0)


if __name__ == "__main__":
    main()
