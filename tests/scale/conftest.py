"""The scale-out tests run against the services `scripts/test --scale` starts (PostgreSQL,
Redis, S3 on loopback) and against real task workers started here, several at once.

Without those services (a plain `scripts/test`) every test here is skipped, saying why.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tests.scale.services import Services

SERVICES = os.environ.get("SCALE_SERVICES")


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.scale)
            if not SERVICES:
                item.add_marker(pytest.mark.skip(reason="needs PostgreSQL, Redis and S3: run scripts/test --scale"))


@pytest.fixture(scope="session")
def services() -> Services:
    return Services.load(SERVICES)


@pytest.fixture(autouse=True)
def empty_queue(services):
    """Each test starts with an empty Redis: no job of an earlier test reaches its workers."""
    import django_rq

    django_rq.get_connection().flushdb()
    yield


def wait_for(condition, timeout: float, what: str, every: float = 0.3):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


@dataclass
class Workers:
    """Task workers (`manage.py run_worker`, the production command) on the test database."""

    services: Services
    logs: Path
    environment: dict[str, str] = field(default_factory=dict)
    processes: list[subprocess.Popen] = field(default_factory=list)

    def start(self, count: int = 1, **environment: str) -> list[subprocess.Popen]:
        database = settings.DATABASES["default"]["NAME"]  # the test database pytest-django made
        env = {
            **os.environ,
            **self.services.environment(),
            "DJANGO_SETTINGS_MODULE": "academy.settings.base",
            "DATABASE_URL": self.services.database_url.rsplit("/", 1)[0] + f"/{database}",
            "SECRET_KEY": settings.SECRET_KEY,
            "WHISPER_ENGINE": "ctranslate2",  # half the memory of openai-whisper, for several workers at once
            "ATTEMPT_HEARTBEAT_SECONDS": "1",
            "ATTEMPT_STALE_SECONDS": "6",
            "ATTEMPT_RETRY_BASE_SECONDS": "1",
            "LOG_LEVEL": "INFO",
            **self.environment,
            **environment,
        }
        started = []
        for _ in range(count):
            index = len(self.processes)
            process = subprocess.Popen(
                [sys.executable, "manage.py", "run_worker"],
                cwd=settings.BASE_DIR,
                env=env,
                stdout=(self.logs / f"worker-{index}.log").open("ab"),
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            self.processes.append(process)
            started.append(process)
        return started

    def kill(self, process: subprocess.Popen, sig: int = signal.SIGKILL) -> None:
        """Signal the worker and every process it started (RQ's scheduler runs in its own)."""
        import psutil

        try:
            tree = [psutil.Process(process.pid), *psutil.Process(process.pid).children(recursive=True)]
        except psutil.NoSuchProcess:
            tree = []
        for member in tree:
            try:
                member.send_signal(sig)
            except psutil.NoSuchProcess:
                pass
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.kill(process, signal.SIGKILL)
        psutil.wait_procs(tree, timeout=10)

    def stop_all(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                self.kill(process, signal.SIGTERM)

    def log_tail(self, chars: int = 4000) -> str:
        return "\n".join(
            f"--- {log.name}\n{log.read_text(errors='replace')[-chars:]}" for log in sorted(self.logs.glob("*.log"))
        )


@pytest.fixture
def workers(services, tmp_path, request):
    running = Workers(services=services, logs=tmp_path)
    try:
        yield running
    finally:
        running.stop_all()
        if getattr(request.node, "rep_call", None) is None or request.node.rep_call.failed:
            print(running.log_tail())
            for log in tmp_path.glob("*.log"):  # kept whole for reading after the run
                (Path(tempfile.gettempdir()) / f"academy-scale-{request.node.name}-{log.name}").write_bytes(
                    log.read_bytes()
                )


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


def database_reconnect() -> None:
    """After PostgreSQL restarted, this process's connection is dead: open a new one on next use."""
    connection.close()
