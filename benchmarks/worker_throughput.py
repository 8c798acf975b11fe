"""How many uploaded calls the task workers turn into scored reports a minute, with 1, 2 and 3
workers: the production worker command (`manage.py run_worker`, the database queue) and the
real pipeline (decoding, voice activity, Whisper, scoring, the report's PDF), on real speech.

    .venv/bin/python benchmarks/worker_throughput.py [--jobs 6] [--workers 1,2,3] [--engine ctranslate2]
    DATABASE_URL=postgres://user@127.0.0.1/academy .venv/bin/python benchmarks/worker_throughput.py

Each call is a stereo recording made of the English real-speech clips of ../shared/real-speech
(the agent on the left, the customer on the right, taking turns; 10 to 25 s). For each number of
workers: start them, wait until each has loaded its engine, upload --jobs calls at once, and time
until every attempt is scored and the queue is empty (the reports' PDFs are rendered by the same
workers). Prints jobs a minute and each job's wall time (from the moment a worker takes it to
its scored report), with the load average: the machine's cores are shared with whatever else
runs. Every round is bounded by --timeout; the workers are stopped whatever happens.
"""

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report_speed import ROOT, setup_django  # noqa: E402

CLIPS = ROOT.parent / "shared" / "real-speech" / "en"
READY_LINES = ("Starting worker",)  # django-tasks' database worker, after the engine is loaded
CLIP_LIMIT_S = 9.0  # the short clips: a run ends in minutes


def calls(directory: Path, count: int) -> list[Path]:
    """`count` stereo calls of real speech: agent, customer, agent, each clip once per call."""
    from transcription.audio import decode_audio
    from transcription.mixing import Placement, stereo_mix, write_flac

    clips = []
    for path in sorted(CLIPS.glob("*")):
        if path.suffix in (".wav", ".ogg"):
            samples = decode_audio(path).channels.mean(axis=0)
            if len(samples) <= CLIP_LIMIT_S * 16_000:
                clips.append(samples)
    made = []
    for n in range(count):
        turns = [clips[(n + k) % len(clips)] for k in range(3)]
        left, right, at = [], [], 0.0
        for k, samples in enumerate(turns):
            (left if k % 2 == 0 else right).append(Placement(at, samples))
            at += len(samples) / 16_000 + 0.5
        path = directory / f"call-{n}.flac"
        write_flac(path, stereo_mix(left, right, at))
        made.append(path)
    return made


def start_workers(count: int, env: dict, logs: Path) -> list[subprocess.Popen]:
    workers = []
    for n in range(count):
        workers.append(
            subprocess.Popen(
                [sys.executable, "manage.py", "run_worker"],
                cwd=ROOT,
                env=env,
                stdout=(logs / f"worker-{count}-{n}.log").open("wb"),
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        )
    return workers


def wait_ready(workers: list[subprocess.Popen], logs: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    paths = [logs / f"worker-{len(workers)}-{n}.log" for n in range(len(workers))]
    while time.monotonic() < deadline:
        if any(w.poll() is not None for w in workers):
            raise SystemExit("a worker stopped:\n" + "\n".join(p.read_text(errors="replace")[-2000:] for p in paths))
        if all(any(line in p.read_text(errors="replace") for line in READY_LINES) for p in paths):
            return
        time.sleep(0.5)
    raise SystemExit(f"the workers were not ready within {timeout:.0f} s")


def stop_workers(workers: list[subprocess.Popen]) -> None:
    for worker in workers:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGTERM)
    for worker in workers:
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()


def upload(recordings: list[Path], round_number: int) -> list[int]:
    """Each call uploaded by its own agent (upload quotas are per agent), all queued at once."""
    from django.contrib.auth.models import Group
    from django.core.files.uploadedfile import SimpleUploadedFile

    from academy.users.models import User
    from academy.users.roles import Role
    from scenarios.models import ScenarioPage
    from scenarios.services.attempts import attempt_upload

    scenario = ScenarioPage.objects.live().filter(language="en").first()
    attempts = []
    for n, path in enumerate(recordings):
        agent = User.objects.create(username=f"agent-{round_number}-{n}", language="en")
        agent.groups.add(Group.objects.get(name=Role.AGENT))
        file = SimpleUploadedFile(path.name, path.read_bytes(), content_type="audio/flac")
        attempts.append(attempt_upload(agent=agent, scenario=scenario, file=file, stereo_speakers="agent,customer"))
    return [attempt.pk for attempt in attempts]


def follow(pks: list[int], timeout: float) -> tuple[dict, dict, dict]:
    """Poll the attempts until all are settled and the queue is empty: (taken at, ready at, state)."""
    from django.db import connection
    from django_tasks_db.models import DBTaskResult

    from scenarios.models import Attempt

    taken, ready, states = {}, {}, {}
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        now = time.monotonic()
        for pk, state in Attempt.objects.filter(pk__in=pks).values_list("pk", "state"):
            states[pk] = state
            if state != Attempt.State.UPLOADED:
                taken.setdefault(pk, now)
            if state in Attempt.SETTLED:
                ready.setdefault(pk, now)
        busy = DBTaskResult.objects.ready().exists() or DBTaskResult.objects.running().exists()
        if len(ready) == len(pks) and not busy:  # the reports' PDFs too (tasks due later are not waited for)
            break
        connection.close()
        time.sleep(0.2)
    return taken, ready, states


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=6, help="calls queued at once in each round")
    parser.add_argument("--workers", default="1,2,3", help="worker counts, one round each")
    parser.add_argument("--engine", default="ctranslate2", choices=("ctranslate2", "openai"))
    parser.add_argument("--timeout", type=float, default=400, help="seconds a round may last")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="academy-workers-") as directory:
        tmp = Path(directory)
        env = setup_django(
            tmp,
            static=False,
            DATABASE_URL=os.environ.get("DATABASE_URL", f"sqlite:///{tmp / 'bench.sqlite3'}"),
            MEDIA_ROOT=str(tmp / "media"),
            TASKS_BACKEND="database",
            WHISPER_ENGINE=args.engine,
            LOG_LEVEL="INFO",  # the workers' "Starting worker" line says they are ready
        )
        from django.core.management import call_command

        call_command("load_demo", verbosity=0)  # the scenarios and rubrics a practice call is scored with
        recordings = calls(tmp, args.jobs)
        from transcription.audio import probe_audio

        seconds = [probe_audio(path).duration_s for path in recordings]
        print(
            f"{args.jobs} uploaded calls of real English speech a round ({min(seconds):.0f}-{max(seconds):.0f} s, "
            f"{sum(seconds):.0f} s of audio), engine {args.engine}, database queue on "
            f"{'PostgreSQL' if env['DATABASE_URL'].startswith('postgres') else 'SQLite'}, {os.cpu_count()} cores"
        )
        print(
            f"{'workers':>7} {'jobs/min':>8} {'round s':>8} {'job p50 s':>9} {'job max s':>9} {'done':>5}  load average"
        )
        for round_number, count in enumerate(int(n) for n in args.workers.split(",")):
            workers = start_workers(count, env, tmp)
            try:
                wait_ready(workers, tmp, timeout=300)
                load_before = os.getloadavg()[0]
                queued = time.monotonic()
                pks = upload(recordings, round_number)
                taken, ready, states = follow(pks, args.timeout)
                finished = max(ready.values(), default=time.monotonic())
            finally:
                stop_workers(workers)
            from scenarios.models import Attempt

            scored = [pk for pk in pks if states.get(pk) == Attempt.State.READY]
            walls = [ready[pk] - taken[pk] for pk in pks if pk in ready and pk in taken]
            minutes = (finished - queued) / 60
            print(
                f"{count:>7} {len(scored) / minutes:>8.1f} {finished - queued:>8.1f} "
                f"{statistics.median(walls) if walls else float('nan'):>9.1f} {max(walls, default=float('nan')):>9.1f} "
                f"{len(scored):>2}/{len(pks):<2}  {load_before:.2f} before, {os.getloadavg()[0]:.2f} after"
            )
            for pk in pks:
                if states.get(pk) != Attempt.State.READY:
                    reason = Attempt.objects.filter(pk=pk).values_list("failure_reason", flat=True).first()
                    print(f"        attempt {pk}: {states.get(pk)} {reason or ''}")


if __name__ == "__main__":
    main()
