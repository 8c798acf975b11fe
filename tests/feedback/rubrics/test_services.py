"""Versions are numbered, immutable and only made when scoring changes; the default moves, never vanishes."""

import pytest

from feedback.rubrics.models import Rubric
from feedback.rubrics.selectors import rubric_by_slug, rubric_default_for_channel, rubric_version_latest
from feedback.rubrics.services import (
    rubric_copy_draft,
    rubric_definition_from_rows,
    rubric_make_default,
    rubric_save_edit,
    rubric_version_create,
)
from feedback.scoring.rubric import RubricError

from .factories import RubricFactory

pytestmark = pytest.mark.django_db


def test_each_version_gets_the_next_number_and_earlier_ones_stay(trainer):
    rubric = RubricFactory()
    definition = rubric_definition_from_rows(rubric=rubric)
    definition.criterion("empathy").weight = 30

    version = rubric_version_create(rubric=rubric, definition=definition, user=trainer)

    assert version.number == 2 and version.created_by == trainer
    assert rubric.versions.get(number=1).definition["criteria"][2]["weight"] == 10
    assert rubric_version_latest(rubric) == version


def test_a_definition_the_engine_refuses_is_never_stored(trainer):
    rubric = RubricFactory()
    definition = rubric_definition_from_rows(rubric=rubric)
    definition.pass_mark = 140

    with pytest.raises(RubricError):
        rubric_version_create(rubric=rubric, definition=definition, user=trainer)

    assert rubric.versions.count() == 1


def test_saving_edited_rows_freezes_them_and_saving_again_unchanged_does_not(trainer):
    rubric = RubricFactory()
    row = rubric.criteria.get(key="dead_air")
    row.max_gap_s = 8.0
    row.save()

    first = rubric_save_edit(rubric=rubric, user=trainer, make_default=False)
    again = rubric_save_edit(rubric=rubric, user=trainer, make_default=False)

    assert first.number == 2 and again == first
    assert next(c for c in first.definition["criteria"] if c["key"] == "dead_air")["params"] == {"max_gap_s": 8.0}


def test_an_empty_threshold_falls_back_to_the_shipped_value():
    rubric = RubricFactory()
    rubric.criteria.filter(key="speaking_pace").update(min_wpm=None)

    params = rubric_definition_from_rows(rubric=rubric).criterion("speaking_pace").params

    assert params == {"min_wpm": 110, "max_wpm": 180, "min_seconds": 20}


def test_extra_cues_and_acronyms_are_read_one_per_line_trimmed_without_repeats():
    rubric = RubricFactory(channel="social")
    rubric.criteria.filter(key="tone").update(
        acronyms="iban\n  SPID \n\nIBAN", extra_cues_en="  we're on it \n\nwe're on it"
    )

    tone = rubric_definition_from_rows(rubric=rubric).criterion("tone")

    assert tone.params["acronyms"] == ["IBAN", "SPID"]
    assert tone.extra_cues == {"it": [], "en": ["we're on it"]}


def test_making_a_rubric_the_default_takes_it_from_the_previous_one():
    rubric = RubricFactory(channel="social")

    rubric_make_default(rubric=rubric)

    assert rubric_default_for_channel("social") == rubric
    assert not rubric_by_slug("social").is_default
    assert Rubric.objects.filter(channel="social", is_default=True).count() == 1


def test_a_copy_draft_is_unsaved_not_default_and_carries_every_row():
    phone = rubric_by_slug("phone")

    draft = rubric_copy_draft(rubric=phone)

    assert draft.pk is None and not draft.is_default and draft.slug == "phone-copy"
    assert [row.key for row in draft.criteria.all()] == [row.key for row in phone.criteria.all()]
    assert all(row.pk is None for row in draft.criteria.all())
