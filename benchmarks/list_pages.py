"""What the list pages cost at a contact center's scale: each page's response time and number
of SQL queries with 500 agents (20 teams), 3 enrolments each and 5,000 reports with their attempts.

    .venv/bin/python benchmarks/list_pages.py [--agents 500] [--reports 5000] [--runs 5]
    DATABASE_URL=postgres://user:pw@127.0.0.1/academy .venv/bin/python benchmarks/list_pages.py

Builds a fresh test database (SQLite in a temporary directory, or `test_<name>` next to the
database DATABASE_URL names, dropped afterwards) with the bulk factories of tests/, then asks
every list page as the person who reads it: a supervisor (one team), a trainer (every team)
and an agent. Prints the median wall-clock time and the query count of each page.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def setup_django(tmp: Path) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp / 'bench.sqlite3'}")
    os.environ.setdefault("SECRET_KEY", "list-pages-benchmark")  # sessions are signed
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "academy.settings.base",
            "PRIVATE_MEDIA_ROOT": str(tmp / "private"),
            "STATIC_ROOT": str(tmp / "static"),
            "TASKS_BACKEND": "database",  # reports are enqueued for their PDF, never rendered here
            "LOG_LEVEL": "WARNING",
        }
    )
    import django
    from django.core.management import call_command

    django.setup()
    call_command("collectstatic", interactive=False, verbosity=0)  # pages link hashed static files


def populate(agents_count: int, reports_count: int) -> dict:
    """Teams of 25 agents with a supervisor each, one trainer, three courses, reports and attempts."""
    from tests.academy.factories import CoursePageFactory, LessonPageFactory, TextLessonPageFactory, enrolments_bulk
    from tests.factories import SupervisorFactory, TeamFactory, TrainerFactory, agents_bulk
    from tests.feedback.reports.factories import scorecards_bulk
    from tests.scenarios.factories import ScenarioFactory, attempts_bulk
    from tests.scenarios.social.factories import SocialScenarioFactory

    teams = []
    for _ in range(max(1, agents_count // 25)):
        team = TeamFactory(supervisors=[SupervisorFactory()])
        teams.append((team, agents_bulk(min(25, agents_count - 25 * len(teams)), team=team)))
    agents = [agent for _, members in teams for agent in members]
    courses = []
    for _ in range(3):
        course = CoursePageFactory()
        LessonPageFactory(parent=course)
        TextLessonPageFactory.create_batch(3, parent=course)
        courses.append(course)
    enrolments_bulk(agents, courses)
    scorecards = scorecards_bulk(agents, max(1, reports_count // len(agents)))
    phone, social = ScenarioFactory(), SocialScenarioFactory()
    half = len(scorecards) // 2
    attempts_bulk(scorecards[:half], scenario=phone)
    attempts_bulk(scorecards[half:], scenario=social, kind="social")
    first_team, first_agents = teams[0]
    return {
        "supervisor": first_team.supervisors.get(),
        "trainer": TrainerFactory(),
        "agent": first_agents[0],
        "team": first_team,
        "catalogue": courses[0].get_parent().url,
        "phone": phone,
        "social": social,
        "agents": len(agents),
        "reports": len(scorecards),
    }


def pages(data: dict) -> list[tuple[str, object, str]]:
    """(what, who asks, path) of every page that lists rows that grow with the center."""
    from django.urls import reverse
    from django.utils import translation

    agent, team = data["agent"], data["team"]
    with translation.override("en"):
        return [
            ("team progress, supervisor (25 agents)", data["supervisor"], reverse("courses:team_progress")),
            ("team progress, trainer (all teams)", data["trainer"], reverse("courses:team_progress")),
            (
                "agent's course progress, supervisor",
                data["supervisor"],
                reverse("courses:agent_progress", args=[agent.pk]),
            ),
            ("my learning, agent", agent, reverse("courses:my_learning")),
            ("course catalogue, agent", agent, data["catalogue"]),
            ("review queue, supervisor", data["supervisor"], reverse("reports:review_queue")),
            ("review queue, trainer", data["trainer"], reverse("reports:review_queue")),
            ("my reports, agent", agent, reverse("reports:index")),
            (
                "report progress of an agent, supervisor",
                data["supervisor"],
                reverse("reports:agent_progress", args=[agent.pk]),
            ),
            ("coaching teams, trainer", data["trainer"], reverse("reports:team_list")),
            ("team coaching trends, supervisor", data["supervisor"], reverse("reports:team_progress", args=[team.pk])),
            ("practice, agent", agent, reverse("scenarios:practice")),
            ("practice, supervisor", data["supervisor"], reverse("scenarios:practice")),
            ("practice, trainer", data["trainer"], reverse("scenarios:practice")),
            ("phone scenario, agent", agent, reverse("scenarios:scenario_detail", args=[data["phone"].pk])),
            ("social scenario, agent", agent, reverse("social:scenario_detail", args=[data["social"].pk])),
        ]


def measure(user, path: str, runs: int) -> tuple[float, float, int, int]:
    """Median wall-clock and CPU seconds (the CPU time shows the cost on a busy machine; SQLite
    runs in this process, PostgreSQL does not) and query count of GET `path` as `user`, and the
    response size, after one warm-up."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    client.get(path)
    walls, cpus = [], []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            wall, cpu = time.perf_counter(), time.process_time()
            response = client.get(path)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        assert response.status_code == 200, (path, response.status_code)
    return statistics.median(walls), statistics.median(cpus), len(queries), len(response.content)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agents", type=int, default=500)
    parser.add_argument("--reports", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="list-pages-bench-") as tmp:
        setup_django(Path(tmp))
        from django.db import connection

        if connection.vendor == "sqlite":  # a file like a deployment's, not Django's in-memory test database
            connection.settings_dict["TEST"]["NAME"] = str(Path(tmp) / "list-pages.sqlite3")
        test_db = connection.creation.create_test_db(verbosity=0, serialize=False)
        try:
            start = time.perf_counter()
            data = populate(args.agents, args.reports)
            print(
                f"{connection.vendor}: {data['agents']} agents, {data['reports']} reports and attempts, "
                f"built in {time.perf_counter() - start:.0f} s"
            )
            print(f"{'page':<44} {'ms':>7} {'CPU ms':>7} {'queries':>8} {'KiB':>7}")
            for what, user, path in pages(data):
                wall, cpu, queries, size = measure(user, path, args.runs)
                print(f"{what:<44} {wall * 1000:>7.0f} {cpu * 1000:>7.0f} {queries:>8} {size / 1024:>7.0f}", flush=True)
            print(f"median of {args.runs} runs; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        finally:
            connection.creation.destroy_test_db(test_db, verbosity=0)


if __name__ == "__main__":
    main()
