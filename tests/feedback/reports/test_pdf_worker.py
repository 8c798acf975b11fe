"""A new scorecard's PDF is rendered by a real `db_worker` process into the private storage."""

import os
import subprocess
import sys
import time

import pytest
from django.conf import settings
from django.test import override_settings

from feedback.reports.models import Scorecard
from tests.feedback.reports.factories import ScorecardFactory

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_the_worker_renders_the_pdf_of_a_new_scorecard(agent):
    scorecard = ScorecardFactory(agent=agent)  # committed: the PDF task is now queued
    assert not Scorecard.objects.get(pk=scorecard.pk).pdf_is_current
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "academy.settings.base",
        "DATABASE_URL": f"sqlite:///{settings.DATABASES['default']['NAME']}",
        "PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
    }
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--interval", "0.2"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 90
        while not scorecard.pdf_is_current and time.monotonic() < deadline:
            time.sleep(0.5)
            scorecard.refresh_from_db()
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    assert scorecard.pdf_is_current, "the worker did not render the PDF within 90 s"
    with scorecard.pdf.open("rb") as handle:
        assert handle.read(5) == b"%PDF-"
