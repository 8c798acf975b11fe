"""No dead end: an agent cancels a call they left unfinished, or deletes a failed attempt, with its recordings."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse as reverse_in_any_language
from django.utils import translation

from scenarios.models import Attempt
from tests.scenarios.factories import AttemptFactory
from tests.scenarios.url_objects import guided_attempt

pytestmark = pytest.mark.django_db


def reverse(name: str, **kwargs) -> str:
    with translation.override("en"):
        return reverse_in_any_language(name, **kwargs)


def post(client, name: str, attempt):
    page = reverse("scenarios:attempt_detail", kwargs={"pk": attempt.pk})
    client.get(page)
    return client.post(
        reverse(name, kwargs={"pk": attempt.pk}), {"csrfmiddlewaretoken": client.cookies["csrftoken"].value}
    )


def test_an_abandoned_call_is_cancelled_from_its_page_with_its_recordings(
    agent, client_for, django_capture_on_commit_callbacks
):
    attempt = guided_attempt(agent)
    turn = attempt.turns.create(index=0, duration_s=1.0)
    turn.recording.save("turn.wav", ContentFile(b"RIFF"), save=True)
    storage, name = turn.recording.storage, turn.recording.name
    client = client_for(agent)
    assert (
        "Cancel this attempt"
        in client.get(reverse("scenarios:attempt_detail", kwargs={"pk": attempt.pk})).content.decode()
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, "scenarios:attempt_discard", attempt)
    assert response.status_code == 302
    assert not Attempt.objects.filter(pk=attempt.pk).exists() and not storage.exists(name)


def test_a_failed_attempt_can_be_deleted_but_a_scored_one_cannot(agent, client_for):
    failed = AttemptFactory(agent=agent, state=Attempt.State.FAILED, failure_reason="Unreadable")
    ready = AttemptFactory(agent=agent, state=Attempt.State.READY)
    client = client_for(agent)
    post(client, "scenarios:attempt_discard", failed)
    post(client, "scenarios:attempt_discard", ready)
    assert list(Attempt.objects.filter(agent=agent)) == [ready]


def test_only_the_agent_discards_their_attempt(agent, supervisor, client_for):
    attempt = AttemptFactory(agent=agent, state=Attempt.State.FAILED)
    client = client_for(supervisor)
    client.get("/en/")
    response = client.post(
        reverse("scenarios:attempt_discard", kwargs={"pk": attempt.pk}),
        {"csrfmiddlewaretoken": client.cookies["csrftoken"].value},
    )
    assert response.status_code == 404 and Attempt.objects.filter(pk=attempt.pk).exists()
