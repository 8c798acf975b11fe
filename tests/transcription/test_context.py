"""The call context (interfaces.md, "Call context"): read strictly, carried into the transcript."""

from __future__ import annotations

import json

import pytest

from transcription.context import MAX_VOCABULARY, CallContext, ContextError, context_from_file


def test_every_field_is_read_and_the_names_and_flag_go_to_the_transcript():
    context = CallContext.from_dict(
        {
            "agent_name": " Giulia ",
            "customer_name": "Anna  Galli",
            "company": "Fibra Italia",
            "requires_verification": True,
            "vocabulary": ["modem", " numero d'ordine ", "", "modem"],
        }
    )

    assert context.transcript_fields() == {
        "agent_name": "Giulia",
        "customer_name": "Anna Galli",
        "requires_verification": True,
    }
    assert context.expected_words == ("Giulia", "Anna Galli", "Fibra Italia", "modem", "numero d'ordine")


def test_every_field_is_optional_and_unknown_ones_are_ignored():
    context = CallContext.from_dict({"difficulty": 3})

    assert context == CallContext() and context.transcript_fields() == {} and context.expected_words == ()


def test_a_false_verification_flag_is_carried_too():
    assert CallContext.from_dict({"requires_verification": False}).transcript_fields() == {
        "requires_verification": False
    }


@pytest.mark.parametrize(
    "data, message",
    [
        ([], "JSON object"),
        ({"agent_name": 3}, "'agent_name' must be a string"),
        ({"vocabulary": "modem"}, "'vocabulary' must be a list"),
        ({"vocabulary": ["modem", 4]}, "'vocabulary' must be a list"),
        ({"requires_verification": "yes"}, "true or false"),
    ],
)
def test_a_field_of_the_wrong_type_is_refused(data, message):
    with pytest.raises(ContextError, match=message):
        CallContext.from_dict(data)


def test_a_long_vocabulary_is_cut_to_what_the_prompt_can_hold():
    context = CallContext.from_dict({"vocabulary": [f"word{n}" for n in range(MAX_VOCABULARY + 10)]})

    assert len(context.vocabulary) == MAX_VOCABULARY


def test_a_context_file_is_read_or_refused_with_one_line(tmp_path):
    good = tmp_path / "context.json"
    good.write_text(json.dumps({"customer_name": "Anna Galli"}), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text("{nope", encoding="utf-8")

    assert context_from_file(good).customer_name == "Anna Galli"
    with pytest.raises(ContextError, match="not valid JSON"):
        context_from_file(broken)
    with pytest.raises(ContextError, match="cannot read"):
        context_from_file(tmp_path / "missing.json")
