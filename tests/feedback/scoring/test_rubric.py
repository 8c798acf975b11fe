"""Rubric definitions: the shipped defaults and the dict form stored in rubric versions."""

import pytest

from feedback.scoring.defaults import default_rubric_definition
from feedback.scoring.labels import criterion_label
from feedback.scoring.rubric import CRITERION_KEYS, RubricDefinition, RubricError


def test_shipped_rubrics_follow_the_spec_tables():
    phone, social = default_rubric_definition("phone"), default_rubric_definition("social")
    assert [c.key for c in phone.criteria] == list(CRITERION_KEYS["phone"])
    assert {c.key for c in phone.criteria if c.critical} == {"ownership", "professional_language"}
    assert {c.key for c in social.criteria if c.critical} == {"ownership", "private_channel", "professional_language"}
    assert phone.criterion("speaking_pace").params == {"min_wpm": 110, "max_wpm": 180, "min_seconds": 20}
    assert social.criterion("reply_length").weight == 5 and social.pass_mark == 80


@pytest.mark.parametrize("slug", ["phone", "social"])
def test_definitions_survive_the_round_trip_through_a_dict(slug):
    definition = default_rubric_definition(slug)
    definition.criteria[0].extra_cues["it"] = ["ben ritrovato"]
    assert RubricDefinition.from_dict(definition.to_dict()) == definition


def test_defaults_are_fresh_copies_callers_may_edit():
    default_rubric_definition("social").criterion("tone").params["acronyms"].append("XYZW")
    assert "XYZW" not in default_rubric_definition("social").criterion("tone").params["acronyms"]


INVALID = [
    ({"channel": "fax"}, "unknown rubric channel"),
    ({"criteria": []}, "non-empty 'criteria'"),
    ({"criteria": [{"key": "tone", "weight": 5}]}, "unknown criterion for a phone rubric: tone"),
    ({"criteria": [{"key": "greeting", "weight": 5}, {"key": "greeting", "weight": 5}]}, "listed twice"),
    ({"criteria": [{"key": "greeting", "weight": -1}]}, "'weight' must be a number"),
    ({"criteria": [{"key": "greeting", "weight": 5, "extra_cues": {"fr": ["x"]}}]}, "unknown cue language"),
    ({"pass_mark": 120}, "'pass_mark' must be a number between 0 and 100"),
]


@pytest.mark.parametrize(("change", "message"), INVALID)
def test_invalid_definitions_are_refused_with_a_reason(change, message):
    data = {**default_rubric_definition("phone").to_dict(), **change}
    with pytest.raises(RubricError, match=message):
        RubricDefinition.from_dict(data)


def test_every_criterion_has_a_label_in_both_languages():
    for keys in CRITERION_KEYS.values():
        for key in keys:
            assert criterion_label(key, "it") != criterion_label(key, "en") or key == "tone"
    assert criterion_label("greeting", "it") == "Saluto e presentazione"
