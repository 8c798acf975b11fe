"""A trainer erases a person's data after a confirmation step: nothing of the person is left in
the database or storage, other people's data is untouched, and the audit entry names nobody."""

from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.files.storage import storages
from django.core.management import call_command

from academy.privacy.models import ErasureRecord
from academy.xapi.services import learner_account
from feedback.calibration import services
from feedback.reports.models import Scorecard
from scenarios.models import Attempt
from tests.academy.privacy.factories import SPOKEN, person_with_everything
from tests.feedback.calibration.factories import calibration_session, every_criterion
from tests.pages import csrf_post, url

pytestmark = pytest.mark.django_db


def database_dump() -> str:
    """Every row of every table the product owns (unmanaged models, such as django-rq's dashboard, have none)."""
    out = StringIO()
    call_command("dumpdata", *[model._meta.label for model in apps.get_models() if model._meta.managed], stdout=out)
    return out.getvalue()


def test_erasure_leaves_nothing_of_the_person_and_touches_nobody_else(
    agent, other_agent, supervisor, other_supervisor, trainer, client_for, django_capture_on_commit_callbacks
):
    agent.first_name, agent.last_name, agent.email = "Zebedea", "Quarantotti", "zebedea.q@example.com"
    agent.save()
    held = person_with_everything(agent, supervisor)
    kept = person_with_everything(other_agent, other_supervisor, spoken="the router in Vicolo Stretto blinks red")
    session = calibration_session(agent, supervisor, reviewers=[trainer], scorecards=[held.scorecard])
    services.answers_submit(session=session, user=trainer, answers=every_criterion(session))
    account = str(learner_account(agent).name)
    client_for(agent)  # the person has a live session and a sign-in on record
    assert all(storages["private"].exists(name) for name in held.files)

    client = client_for(trainer)
    page = client.get(url("privacy:person_erase", pk=agent.pk)).content.decode()
    assert "Practice attempts: 1" in page and "Files (recordings, PDFs): 3" in page
    refused = csrf_post(client, url("privacy:person_erase", pk=agent.pk), {"confirmation": "someone else"})
    assert refused.status_code == 200 and get_user_model().objects.filter(pk=agent.pk).exists()
    with django_capture_on_commit_callbacks(execute=True):  # files go once the rows are gone for good
        response = csrf_post(client, url("privacy:person_erase", pk=agent.pk), {"confirmation": agent.username})
    assert response.status_code == 302

    dump = database_dump()
    for trace in (agent.username, agent.first_name, agent.last_name, agent.email, SPOKEN, account):
        assert trace not in dump, trace
    assert not get_user_model().objects.filter(pk=agent.pk).exists()
    assert not any(storages["private"].exists(name) for name in held.files)
    record = ErasureRecord.objects.get()
    assert record.erased_by == trainer and record.counts["reports"] == 1 and record.counts["files"] == 3
    assert set(record.counts) == {
        "enrolments",
        "quiz_answers",
        "practice_attempts",
        "reports",
        "calibration_sessions",
        "learning_records",
        "files",
    }
    assert record.counts["learning_records"] >= 4

    # Others' data is all there: the other agent's attempt, report, files; the trainer and supervisor.
    assert (
        Attempt.objects.filter(pk=kept.attempt.pk).exists() and Scorecard.objects.filter(pk=kept.scorecard.pk).exists()
    )
    assert all(storages["private"].exists(name) for name in kept.files)
    assert "the router in Vicolo Stretto blinks red" in dump
    assert other_agent.username in dump and trainer.username in dump and supervisor.username in dump


def test_only_trainers_erase_and_never_themselves(agent, supervisor, trainer, client_for):
    assert (
        csrf_post(
            client_for(supervisor), url("privacy:person_erase", pk=agent.pk), {"confirmation": agent.username}
        ).status_code
        == 404
    )
    assert client_for(trainer).get(url("privacy:person_erase", pk=trainer.pk)).status_code == 404
    assert client_for(supervisor).get(url("privacy:people")).status_code == 403
    assert get_user_model().objects.filter(pk=agent.pk).exists()


def test_the_erasure_pages_in_italian(agent, trainer, client_for):
    page = client_for(trainer).get(url("privacy:person_erase", "it", pk=agent.pk)).content.decode()
    assert "Cancella definitivamente" in page
