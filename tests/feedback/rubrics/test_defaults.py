"""The shipped rubrics exist after `migrate`, as the spec fixes them, and the selectors find them."""

import pytest
from django.contrib.auth.models import Group
from django.db import IntegrityError

from feedback.rubrics.models import Rubric
from feedback.rubrics.selectors import rubric_by_slug, rubric_default_for_channel, rubric_version_latest
from feedback.rubrics.services import rubric_definition_from_rows
from feedback.scoring.defaults import default_rubric_definition
from feedback.scoring.rubric import CRITERION_KEYS

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("channel", ["phone", "social"])
def test_each_channel_has_its_shipped_rubric_as_default_with_version_1(channel):
    rubric = rubric_default_for_channel(channel)

    assert rubric == rubric_by_slug(channel)
    version = rubric_version_latest(rubric)
    assert version.number == 1
    assert version.definition == default_rubric_definition(channel).to_dict()
    assert [row.key for row in rubric.criteria.all()] == list(CRITERION_KEYS[channel])


@pytest.mark.parametrize("channel", ["phone", "social"])
def test_the_shipped_rows_read_back_as_exactly_version_1(channel):
    rubric = rubric_by_slug(channel)

    assert rubric_definition_from_rows(rubric=rubric).to_dict() == rubric_version_latest(rubric).definition


def test_an_unknown_slug_finds_nothing():
    assert rubric_by_slug("no-such-rubric") is None


def test_the_database_refuses_a_second_default_for_a_channel():
    with pytest.raises(IntegrityError):
        Rubric.objects.create(slug="phone-2", name="Phone 2", channel="phone", is_default=True)


def test_trainers_may_edit_rubrics_and_supervisors_only_view_them():
    trainer = set(
        Group.objects.get(name="Trainer")
        .permissions.filter(content_type__app_label="rubrics")
        .values_list("codename", flat=True)
    )
    supervisor = set(
        Group.objects.get(name="Supervisor")
        .permissions.filter(content_type__app_label="rubrics")
        .values_list("codename", flat=True)
    )
    agent = Group.objects.get(name="Agent").permissions.filter(content_type__app_label="rubrics")

    assert trainer == {"add_rubric", "change_rubric", "delete_rubric", "view_rubric"}
    assert supervisor == {"view_rubric"}
    assert not agent.exists()
