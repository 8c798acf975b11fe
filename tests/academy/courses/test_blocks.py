"""A trainer cannot save a quiz question that has no right answer, or two for a single choice."""

import pytest
from wagtail.blocks.struct_block import StructBlockValidationError

from academy.courses.blocks import QuestionBlock


def _question(kind, flags):
    block = QuestionBlock()
    return block, block.to_python(
        {
            "prompt": "Q?",
            "kind": kind,
            "answers": [{"text": f"a{i}", "correct": f, "explanation": "e"} for i, f in enumerate(flags)],
        }
    )


def test_a_question_needs_a_correct_answer():
    block, value = _question("multiple", [False, False])
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_a_single_choice_question_has_exactly_one_correct_answer():
    block, value = _question("single", [True, True])
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_a_well_formed_question_is_accepted():
    block, value = _question("multiple", [True, True, False])
    assert block.clean(value)["kind"] == "multiple"
