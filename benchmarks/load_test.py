"""A bounded load test: 50 people (agents and supervisors) at once against the real web server
(gunicorn, 2 processes x 4 threads, as the Procfile), on loopback, for a fixed time; prints p50,
p95 and p99 per kind of request and the errors.

    .venv/bin/python benchmarks/load_test.py [--users 50] [--seconds 60]
    DATABASE_URL=postgres://user@127.0.0.1/academy .venv/bin/python benchmarks/load_test.py

Builds a fresh database (SQLite in a temporary directory, or the database DATABASE_URL names,
which must be empty), migrates it and loads the demo, gives each demo agent one submitted
role-play still waiting for its worker (what their page polls), then runs locust headless
(benchmarks/load_users.py) and stops the server. Agents: home, learning, practice, lesson
pages and quiz posts, report pages, PDF downloads and status polls; supervisors: team
progress, review queue, reports, PDFs.
"""

import argparse
import csv
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(tmp: Path) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "academy.settings.base",
        "SECRET_KEY": "load-test-" + "x" * 40,
        "PRIVATE_MEDIA_ROOT": str(tmp / "private"),
        "MEDIA_ROOT": str(tmp / "media"),
        "STATIC_ROOT": str(tmp / "static"),
        "TASKS_BACKEND": "database",
        "LOG_LEVEL": "WARNING",
        "LIVE_CALL_PRELOAD": "false",
        "SIGN_IN_FAILURES_PER_ADDRESS": "100000",
    }
    env.setdefault("DATABASE_URL", f"sqlite:///{tmp / 'load.sqlite3'}")
    return env


def prepare(env: dict, plan_path: Path) -> None:
    """Migrate, load the demo and write what each demo person will ask for."""
    for command in (["migrate", "-v", "0"], ["load_demo", "-v", "0"], ["collectstatic", "--noinput", "-v", "0"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True)
    subprocess.run([sys.executable, "-c", PLAN_SCRIPT, str(plan_path)], cwd=ROOT, env=env, check=True)


PLAN_SCRIPT = r"""
import json, sys
import django
django.setup()
from django.contrib.auth import get_user_model
from academy.courses.models.pages import LessonPage
from academy.courses.models.progress import Enrolment
from academy.platform.demo_users import DEMO_PASSWORD, DEMO_USERS
from academy.users.roles import Role
from feedback.reports.selectors import scorecards_visible_to
from scenarios.models import ScenarioPage
from scenarios.services import attempts
from django.utils import translation

plan = {"password": DEMO_PASSWORD, "agents": [], "supervisors": []}
scenario = ScenarioPage.objects.live().filter(language="en").first()
for spec in DEMO_USERS:
    user = get_user_model().objects.get(username=spec.username)
    person = {"username": user.username, "reports": list(scorecards_visible_to(user).values_list("pk", flat=True)[:20]),
              "quizzes": [], "attempts": []}
    if spec.role is Role.AGENT:
        courses = Enrolment.objects.filter(agent=user).values_list("course_id", flat=True)
        for lesson in LessonPage.objects.live().filter(locale__language_code="en"):
            if lesson.get_parent().id not in courses:
                continue
            for block in lesson.quiz_blocks():
                fields = [f"quiz-{block.id}-q{n}" for n in range(len(block.value["questions"]))]
                person["quizzes"].append({"lesson_url": lesson.url, "fields": fields,
                                          "post_url": f"/en/learning/lessons/{lesson.pk}/quizzes/{block.id}/"})
        attempt = attempts.attempt_start_guided(agent=user, scenario=scenario)
        step = attempts.attempt_turn_record(attempt=attempt, index=0, text="Good morning, how can I help you?")
        person["attempts"].append(step.attempt.pk)
        plan["agents"].append(person)
    elif spec.role is Role.SUPERVISOR:
        plan["supervisors"].append(person)
open(sys.argv[1], "w").write(json.dumps(plan))
"""


def serve(env: dict, port: int, log: Path) -> subprocess.Popen:
    server = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "academy.wsgi",
            "--config",
            "python:academy.gunicorn",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--threads",
            "4",
            "--timeout",
            "120",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log.open("wb"),
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            time.sleep(0.5)
    raise SystemExit("the web server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="academy-load-") as directory:
        tmp = Path(directory)
        env = environment(tmp)
        env["LOAD_PLAN"] = str(tmp / "plan.json")
        prepare(env, tmp / "plan.json")
        port = free_port()
        server = serve(env, port, tmp / "server.log")
        try:
            subprocess.run(
                [
                    str(Path(sys.executable).with_name("locust")),
                    "-f",
                    str(ROOT / "benchmarks" / "load_users.py"),
                    "--headless",
                    "--users",
                    str(args.users),
                    "--spawn-rate",
                    str(args.users),
                    "--run-time",
                    f"{args.seconds}s",
                    "--host",
                    f"http://127.0.0.1:{port}",
                    "--csv",
                    str(tmp / "load"),
                    "--only-summary",
                    "--loglevel",
                    "ERROR",
                ],
                cwd=ROOT,
                env=env,
                check=False,
                stdout=subprocess.DEVNULL,
            )
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=60)
        database = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite"
        print(f"{args.users} users for {args.seconds} s on {database}, gunicorn 2 x 4 threads, {os.cpu_count()} cores")
        print(f"{'request':<27} {'count':>6} {'errors':>6} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}")
        with open(tmp / "load_stats.csv") as stats:
            for row in csv.DictReader(stats):
                name = f"{row['Type']} {row['Name']}".strip()
                print(
                    f"{name:<27} {row['Request Count']:>6} {row['Failure Count']:>6} {row['50%']:>7} "
                    f"{row['95%']:>7} {row['99%']:>7}"
                )
        failures = tmp / "load_failures.csv"
        for row in csv.DictReader(failures.open()) if failures.exists() else []:
            print(f"error: {row['Method']} {row['Name']}: {row['Error']} x{row['Occurrences']}")
        server_errors = [
            line
            for line in (tmp / "server.log").read_text(errors="replace").splitlines()
            if line and not line.startswith((" ", "Traceback", "[")) and "Error" in line
        ]
        for line in sorted(set(server_errors)):
            print(f"server: {line[:160]} x{server_errors.count(line)}")


if __name__ == "__main__":
    main()
