"""Start the web server and the worker as `scripts/run` does, check both answer, stop them.

Used by CI so that the README's run command is exercised, not only the tests.
"""

import os
import subprocess
import sys
import time
import urllib.request

from django.core.management import BaseCommand, CommandError

from academy.platform.tasks import worker_ping


class Command(BaseCommand):
    help = "Start web server and worker, fetch the sign-in page and run a job through the worker."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--timeout", type=float, default=120.0)

    def handle(self, *args, port: int, timeout: float, **options):
        env = {**os.environ, "PORT": str(port)}
        python = sys.executable
        web = subprocess.Popen(
            [
                os.path.join(os.path.dirname(python), "gunicorn"),
                "academy.wsgi",
                "--config",
                "python:academy.gunicorn",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "1",
            ],
            env=env,
        )
        worker = subprocess.Popen([python, "manage.py", "run_worker"], env=env)
        try:
            self._wait_for_page(f"http://127.0.0.1:{port}/en/accounts/login/", timeout)
            self._wait_for_page(f"http://127.0.0.1:{port}/static/academy/academy.css", timeout)
            self._wait_for_job(timeout)
        finally:
            for proc in (web, worker):
                proc.terminate()
            for proc in (web, worker):
                proc.wait(timeout=30)
        self.stdout.write(self.style.SUCCESS("smoke check passed: web server and task worker answer"))

    def _wait_for_page(self, url: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise CommandError(f"{url} did not answer within {timeout:.0f} s")
            time.sleep(0.5)

    def _wait_for_job(self, timeout: float) -> None:
        result = worker_ping.enqueue("smoke")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result.refresh()
            if result.is_finished:
                if result.return_value != "pong:smoke":
                    raise CommandError(f"worker job ended as {result.status}")
                return
            time.sleep(0.5)
        raise CommandError(f"the worker did not run a job within {timeout:.0f} s")
