"""A bounded load test: 50 people (agents and supervisors) at once against the real web server
(gunicorn with the settings of academy/gunicorn.py, as the Procfile runs it), on loopback; prints
p50, p95 and p99 per kind of request and the errors, for the ramp-up and the steady state apart.

    .venv/bin/python benchmarks/load_test.py [--users 50] [--ramp-seconds 10] [--seconds 60]
    .venv/bin/python benchmarks/load_test.py --databases sqlite,postgresql   (both, one after the other)
    DATABASE_URL=postgres://user@127.0.0.1/academy .venv/bin/python benchmarks/load_test.py

`--databases sqlite,postgresql` runs the test on SQLite, then on PostgreSQL 15 + S3 storage (moto)
started on loopback for the run and stopped after it, as `scripts/test --scale` does
(tests/scale/services.py; `scripts/install --scale` installs PostgreSQL). A run under
`python -m tests.scale.services`, or with DATABASE_URL set, uses that database instead.

Builds a fresh database (SQLite in a temporary directory, or the database DATABASE_URL names,
which must be empty), migrates it, loads the demo and runs the jobs it queued (the reports'
PDFs, rendered by the worker before anyone downloads them), gives each demo agent one submitted
role-play still waiting for its worker (what their page polls), then runs locust headless
(benchmarks/load_users.py) and stops the server. People arrive over --ramp-seconds and sign in
(the ramp-up: sign-in hashes the password on purpose slowly); the steady state starts when the
last one has signed in and lasts --seconds. Agents: home, learning, practice, lesson pages and
quiz posts, report pages, PDF downloads and status polls; supervisors: team progress, review
queue, reports, PDFs. The goal (issue 22) is read on the steady state's pages.

Two clocks per kind of request: what locust measured (the person's wait: queueing for a server
thread, the server's work, and locust's own turn for a core) and what the server measured (its
access log: from a thread taking the request to the last byte sent; a quiz post's figure on the
locust side includes the redirect to the lesson it follows). Locust runs on the same cores as the
server; the load average (other work on the machine) is printed with the figures.
"""

import argparse
import json
import math
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import academy.gunicorn as web  # noqa: E402  (the settings the server runs with)

RAMP_LIMIT = 120  # seconds the sign-ins may take past the ramp before the run gives up


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(tmp: Path, extra: dict[str, str]) -> dict:
    env = {
        **os.environ,
        **extra,
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
    env["DATABASE_URL"] = env.get("DATABASE_URL") or f"sqlite:///{tmp / 'load.sqlite3'}"
    return env


def prepare(env: dict, plan_path: Path) -> None:
    """Migrate, load the demo, let the task worker do what the demo queued (the reports' PDFs, as
    a running worker would have before people arrive) and write what each demo person will ask for."""
    for command in (
        ["migrate", "-v", "0"],
        ["load_demo", "-v", "0"],
        ["db_worker", "--batch", "--queue-name", "*", "--no-startup-delay", "-v", "0"],
        ["collectstatic", "--noinput", "-v", "0"],
    ):
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


# The server's own time for each request: microseconds from a thread taking it to its last byte,
# the status, and the kind and phase load_users.py names in its headers.
ACCESS_LOG_FORMAT = "%(D)s\t%(s)s\t%(m)s %({x-load-kind}i)s\t%({x-load-phase}i)s"


def serve(env: dict, port: int, tmp: Path, threads: int | None) -> subprocess.Popen:
    settings = ["--threads", str(threads)] if threads else []  # else academy/gunicorn.py's
    server = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "academy.wsgi",
            "--config",
            "python:academy.gunicorn",
            "--bind",
            f"127.0.0.1:{port}",
            *settings,
            "--access-logfile",
            str(tmp / "access.log"),
            "--access-logformat",
            ACCESS_LOG_FORMAT,
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(tmp / "server.log").open("wb"),
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


def server_samples(access_log: Path) -> list[dict]:
    """The server's side of each request, shaped like locust's samples (an error: a 5xx)."""
    samples = []
    for line in access_log.read_text(errors="replace").splitlines():
        micros, status, kind, phase = line.split("\t")
        samples.append(
            {"phase": phase, "kind": kind, "ms": int(micros) / 1000, "error": status if status >= "500" else None}
        )
    return samples


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile: the value that `share` of the values do not exceed."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def print_phase(title: str, samples: list[dict], server: list[dict]) -> None:
    """Per kind: count, errors and p50/p95/p99 as people waited (locust), and the server's own p50/p95."""
    print(title)
    print(
        f"  {'request':<25} {'count':>6} {'errors':>6} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}"
        f" | {'server p50':>10} {'p95':>6}"
    )
    kinds = sorted({s["kind"] for s in samples}, key=lambda kind: (not kind.startswith("GET page"), kind))
    for name in [*kinds, "all pages"]:
        rows = [s for s in samples if s["kind"] == name or (name == "all pages" and s["kind"].startswith("GET page"))]
        served = [
            s["ms"] for s in server if s["kind"] == name or (name == "all pages" and s["kind"].startswith("GET page"))
        ]
        if rows:
            times = [row["ms"] for row in rows]
            errors = sum(1 for row in rows if row["error"])
            on_server = f"{percentile(served, 0.5):>10.0f} {percentile(served, 0.95):>6.0f}" if served else ""
            print(
                f"  {name:<25} {len(rows):>6} {errors:>6} {percentile(times, 0.5):>7.0f} "
                f"{percentile(times, 0.95):>7.0f} {percentile(times, 0.99):>7.0f} | {on_server}"
            )
    errors = Counter(f"{s['kind']}: {s['error']}" for s in samples if s["error"])
    for error, count in sorted(errors.items()):
        print(f"  error: {error} x{count}")


def run(args: argparse.Namespace, extra_env: dict[str, str], service_pids: tuple[int, ...] = ()) -> None:
    """One load test against a fresh database (SQLite, or the one `extra_env`/DATABASE_URL names);
    `service_pids`: the database's and storage's processes, given --autogroup-nice with the server."""
    with tempfile.TemporaryDirectory(prefix="academy-load-") as directory:
        tmp = Path(directory)
        env = environment(tmp, extra_env)
        env.update(
            LOAD_PLAN=str(tmp / "plan.json"),
            LOAD_SAMPLES=str(tmp / "samples.json"),
            LOAD_USERS=str(args.users),
            LOAD_SECONDS=str(args.seconds),
        )
        prepare(env, tmp / "plan.json")
        port = free_port()
        server = serve(env, port, tmp, args.threads)
        env["LOAD_SERVER_PID"] = str(server.pid)
        load_before = os.getloadavg()[0]
        locust = None
        try:
            locust = subprocess.Popen(
                [
                    str(Path(sys.executable).with_name("locust")),
                    "-f",
                    str(ROOT / "benchmarks" / "load_users.py"),
                    "--headless",
                    "--users",
                    str(args.users),
                    "--spawn-rate",
                    str(args.users / max(args.ramp_seconds, 0.001)),
                    "--run-time",  # the bound: the run stops itself after the steady state
                    f"{int(args.ramp_seconds + RAMP_LIMIT + args.seconds)}s",
                    "--host",
                    f"http://127.0.0.1:{port}",
                    "--only-summary",
                    "--loglevel",
                    "ERROR",
                ],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # a session (autogroup) of its own, like the server's
            )
            if args.autogroup_nice is not None:
                for pid in (server.pid, locust.pid, *service_pids):
                    Path(f"/proc/{pid}/autogroup").write_text(str(args.autogroup_nice))
            locust.wait()
        finally:
            if locust is not None and locust.poll() is None:  # interrupted
                os.killpg(locust.pid, signal.SIGTERM)
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=60)
        report(args, env, tmp, load_before)


def report(args: argparse.Namespace, env: dict, tmp: Path, load_before: float) -> None:
    run = json.loads((tmp / "samples.json").read_text())
    served = server_samples(tmp / "access.log")
    database = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite"
    storage = " + S3" if env.get("STORAGE_BACKEND") == "s3" else ""
    load = " -> ".join(f"{value:.2f}" for value in run["load"])
    boost = f", sessions at autogroup nice {args.autogroup_nice}" if args.autogroup_nice is not None else ""
    print(
        f"{args.users} users on {database}{storage}, gunicorn {web.workers} workers x {args.threads or web.threads} "
        f"threads, {os.cpu_count()} cores shared with locust{boost}; load average {load_before:.2f} before the "
        f"run, {load or '-'} over the steady state"
    )
    samples = run["samples"]
    print_phase(
        f"ramp-up: {args.users} people arrive over {args.ramp_seconds:g} s and sign in "
        f"(all signed in after {run['ramp_seconds']:.1f} s)",
        [s for s in samples if s["phase"] == "ramp-up"],
        [s for s in served if s["phase"] == "ramp-up"],
    )
    if not run["steady"]:
        print(f"steady state never began: not everyone had signed in after {RAMP_LIMIT} s")
    steady = [s for s in samples if s["phase"] == "steady"]
    cpu = run["cpu"]
    print_phase(
        f"steady state: {args.seconds} s, {len(steady) / args.seconds:.1f} requests/s; cores busy: "
        f"web server {cpu.get('server', 0):.2f}, locust {cpu.get('locust', 0):.2f}; "
        f"server CPU per request {1000 * cpu.get('server', 0) * args.seconds / max(len(steady), 1):.0f} ms",
        steady,
        [s for s in served if s["phase"] == "steady"],
    )
    server_errors = [
        line
        for line in (tmp / "server.log").read_text(errors="replace").splitlines()
        if line and not line.startswith((" ", "Traceback", "[")) and "Error" in line
    ]
    for line in sorted(set(server_errors)):
        print(f"server: {line[:160]} x{server_errors.count(line)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--ramp-seconds", type=float, default=10, help="people arrive over this time and sign in")
    parser.add_argument("--seconds", type=int, default=60, help="the steady state, after the last sign-in")
    parser.add_argument(
        "--databases",
        default="",
        help="sqlite, postgresql or sqlite,postgresql: run on each in turn (PostgreSQL + S3 started for the run); "
        "unset: DATABASE_URL's database, else SQLite",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=None,
        help=f"threads per web worker (default academy/gunicorn.py's {web.threads})",
    )
    parser.add_argument(
        "--autogroup-nice",
        type=int,
        default=None,
        help="diagnosis on a shared machine (root, Linux autogroups): give the sessions of the server, locust "
        "and the PostgreSQL and S3 servers this nice value (e.g. -10) against other sessions' work, to tell the "
        "server's own latency from the wait for a core other work holds; the goal is read without it",
    )
    args = parser.parse_args()
    databases = [name.strip() for name in args.databases.split(",") if name.strip()]
    if set(databases) - {"sqlite", "postgresql"}:
        parser.error(f"--databases: sqlite, postgresql or both, not {args.databases!r}")
    for database in databases or [None]:
        if database == "postgresql":
            from tests.scale.services import Services

            services = Services(tempfile.mkdtemp(prefix="academy-load-pg-"), free_port(), free_port(), free_port())
            try:
                services.start()
                postgres = int((services.postgres_data / "postmaster.pid").read_text().split()[0])
                run(args, services.environment(), (postgres, int((services.root / "s3.pid").read_text())))
            finally:
                services.stop()
                shutil.rmtree(services.directory, ignore_errors=True)
        else:
            run(args, {"DATABASE_URL": ""} if database == "sqlite" else {})


if __name__ == "__main__":
    main()
