"""Quizzes are graded on the server: a question is right only when exactly its correct answers are chosen."""

from academy.courses.quiz import quiz_grade
from tests.academy.factories import RIGHT_ANSWERS, WRONG_ANSWERS, quiz_value


def test_all_right_answers_score_100_and_pass():
    result = quiz_grade(quiz_value(), RIGHT_ANSWERS)
    assert (result["score"], result["passed"], result["right"], result["total"]) == (100.0, True, 2, 2)


def test_wrong_answers_fail_and_carry_the_explanation_of_each_chosen_answer():
    result = quiz_grade(quiz_value(), WRONG_ANSWERS)
    assert result["score"] == 0.0 and not result["passed"]
    assert [a["explanation"] for a in result["questions"][0]["chosen"]] == ["Your name is missing."]
    assert [a["correct"] for a in result["questions"][1]["chosen"]] == [True, False]


def test_ticking_every_box_of_a_multiple_choice_question_is_not_right():
    result = quiz_grade(quiz_value(), {0: [1], 1: [0, 1, 2]})
    assert [q["correct"] for q in result["questions"]] == [True, False]
    assert result["score"] == 50.0


def test_the_pass_mark_decides():
    half = {0: [1], 1: [2]}
    assert quiz_grade(quiz_value(pass_mark=50), half)["passed"]
    assert not quiz_grade(quiz_value(pass_mark=80), half)["passed"]


def test_an_unanswered_question_counts_as_wrong():
    assert quiz_grade(quiz_value(), {0: [1]})["score"] == 50.0
