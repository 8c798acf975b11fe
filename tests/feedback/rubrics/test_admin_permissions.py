"""Only trainers (and superusers) change rubrics; supervisors may read them; agents never reach the admin."""

import pytest

from feedback.reports.models import Scorecard
from feedback.rubrics.models import Rubric
from feedback.rubrics.selectors import rubric_by_slug, rubric_version_latest

from .admin_forms import admin_url, open_form
from .factories import RubricFactory


def _post_edit(client, phone, *, token_page: str):
    """Post a lower pass mark with a valid CSRF token, so only the permission check can refuse it."""
    client.get(token_page)
    data = {
        "csrfmiddlewaretoken": client.cookies["csrftoken"].value,
        "name": phone.name,
        "slug": phone.slug,
        "channel": phone.channel,
        "make_default": "on",
        "pass_mark": "10",
    }
    return client.post(admin_url("edit", phone.pk), data)


def _post_delete(client, rubric):
    """Confirm a deletion the way the admin would, then follow to the page that explains the outcome."""
    client.get(admin_url("list"))
    return client.post(
        admin_url("delete", rubric.pk), {"csrfmiddlewaretoken": client.cookies["csrftoken"].value}, follow=True
    )


def test_a_supervisor_reads_a_rubric_with_its_rows_and_versions(supervisor, client_for, phone):
    client = client_for(supervisor)

    listing = client.get(admin_url("list"))
    page = client.get(admin_url("inspect", phone.pk))

    assert listing.status_code == 200 and phone.name in listing.content.decode()
    assert admin_url("inspect", phone.pk) in listing.content.decode()
    assert admin_url("edit", phone.pk) not in listing.content.decode()
    assert page.status_code == 200
    assert "Empathy" in page.content.decode() and "v1" in page.content.decode()
    assert "Max silence (seconds): 5.0" in page.content.decode()


@pytest.mark.parametrize("view", ["edit", "copy", "delete"])
def test_a_supervisor_cannot_open_the_editing_views(supervisor, client_for, phone, view):
    response = client_for(supervisor).get(admin_url(view, phone.pk))

    assert response.status_code in (302, 403)
    assert response.status_code == 403 or "/cms/" in response["Location"]


def test_a_supervisor_cannot_post_an_edit(supervisor, client_for, phone):
    response = _post_edit(client_for(supervisor), phone, token_page=admin_url("list"))

    assert response.status_code in (302, 403)

    assert rubric_by_slug("phone").pass_mark == 80
    assert phone.versions.count() == 1


def test_an_agent_does_not_reach_the_rubrics_at_all(agent, client_for, phone):
    client = client_for(agent)

    assert client.get(admin_url("list")).status_code == 302
    response = _post_edit(client, phone, token_page="/cms/login/")

    assert response.status_code == 302 and "/cms/login/" in response["Location"]

    assert rubric_by_slug("phone").pass_mark == 80
    assert phone.versions.count() == 1


def test_a_trainer_cannot_delete_the_channel_default(trainer, client_for, phone):
    response = _post_delete(client_for(trainer), phone)

    assert "is the default rubric of its channel" in response.content.decode()
    assert Rubric.objects.filter(pk=phone.pk).exists()


def test_a_trainer_cannot_delete_a_rubric_that_scored_conversations(trainer, agent, client_for):
    rubric = RubricFactory()
    Scorecard.objects.create(
        agent=agent,
        title="Call",
        language="it",
        channel="phone",
        transcript={},
        automatic_result={},
        result={},
        score=90,
        passed=True,
        critical_failure=False,
        rubric_version=rubric_version_latest(rubric),
    )

    response = _post_delete(client_for(trainer), rubric)

    assert "scored conversations" in response.content.decode()
    assert Rubric.objects.filter(pk=rubric.pk).exists()


def test_a_trainer_deletes_an_unused_copy(trainer, client_for):
    rubric = RubricFactory()

    client = client_for(trainer)
    response = client.post(admin_url("delete", rubric.pk), open_form(client, admin_url("delete", rubric.pk)))

    assert response.status_code == 302
    assert not Rubric.objects.filter(pk=rubric.pk).exists()
