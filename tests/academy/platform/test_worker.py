"""The background task worker really runs jobs: a `db_worker` process picks up an enqueued task."""

import os
import subprocess
import sys
import time

import pytest
from django.conf import settings
from django.test import override_settings

from academy.platform.tasks import worker_ping

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_real_worker_process_runs_an_enqueued_job():
    database = settings.DATABASES["default"]["NAME"]
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "academy.settings.base", "DATABASE_URL": f"sqlite:///{database}"}
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--interval", "0.2"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
            result = worker_ping.enqueue("hello")
            deadline = time.monotonic() + 60
            while not result.is_finished and time.monotonic() < deadline:
                time.sleep(0.3)
                result.refresh()
        assert result.is_finished, "the worker did not finish the job within 60 s"
        assert result.return_value == "pong:hello"
    finally:
        worker.terminate()
        worker.wait(timeout=30)
