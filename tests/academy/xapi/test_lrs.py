"""Statements reach a real Learning Record Store: Ralph started on loopback receives what the
worker forwards and gives it back through its xAPI API; an LRS that is down loses nothing."""

import httpx
import pytest
from django.core.management import call_command

from academy.courses.services import enrolment_create, quiz_attempt_submit
from academy.xapi.models import StatementDelivery, StatementRecord
from academy.xapi.services import statements_forward
from academy.xapi.validation import statement_validate
from tests.academy.factories import RIGHT_ANSWERS, LessonPageFactory, quiz_block_id
from tests.academy.xapi.lrs import ralph_lrs

pytestmark = pytest.mark.django_db


@pytest.fixture
def lrs(tmp_path, settings):
    # The worker's job runs at once, whatever queue the environment names (the scale run's is Redis).
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    with ralph_lrs(tmp_path) as server:
        settings.XAPI_LRS_ENDPOINT = server.endpoint
        settings.XAPI_LRS_USERNAME, settings.XAPI_LRS_PASSWORD = server.username, server.password
        yield server


def learn(agent):
    lesson = LessonPageFactory()
    enrolment_create(agent=agent, course=lesson.get_parent().specific)
    quiz_attempt_submit(agent=agent, lesson=lesson, block_id=quiz_block_id(lesson), answers=RIGHT_ANSWERS)


def test_the_worker_forwards_each_statement_and_the_lrs_gives_them_back(agent, lrs, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        learn(agent)

    received = {s["id"]: s for s in lrs.statements()}
    ours = list(StatementRecord.objects.all())
    assert len(ours) == 5 and set(received) == {str(record.statement_id) for record in ours}
    for record in ours:
        back = received[str(record.statement_id)]
        statement_validate(back)
        assert back["verb"] == record.statement["verb"] and back["actor"] == record.statement["actor"]
        assert back.get("result") == record.statement.get("result") and "stored" in back
        assert record.delivery.delivered_at
    assert statements_forward() == 0  # nothing left to send


def test_an_lrs_that_is_down_leaves_statements_pending_until_it_is_back(agent, tmp_path, settings):
    settings.XAPI_LRS_ENDPOINT = "http://127.0.0.1:9/xAPI/"  # nothing listens there
    learn(agent)
    with pytest.raises(httpx.TransportError):  # connection refused
        statements_forward()
    assert not StatementRecord.objects.filter(delivery__isnull=False).exists()

    with ralph_lrs(tmp_path) as server:
        settings.XAPI_LRS_ENDPOINT = server.endpoint
        settings.XAPI_LRS_USERNAME, settings.XAPI_LRS_PASSWORD = server.username, server.password
        call_command("xapi_forward")
        assert len(server.statements()) == StatementRecord.objects.count() == 5
        StatementDelivery.objects.all().delete()  # as if the LRS's answer had been lost
        assert statements_forward() == 5  # sent again...
        assert len(server.statements()) == 5  # ...and not stored twice
