"""Server-side grading of a quiz block: the browser only sends which answers were chosen."""

from collections.abc import Mapping, Sequence

from academy.courses.blocks import SINGLE


def quiz_grade(quiz: Mapping, answers: Mapping[int, Sequence[int]]) -> dict:
    """Grade chosen answer indexes per question against a quiz block value.

    A question counts as right only when exactly its correct answers are chosen,
    so ticking every box of a multiple-choice question does not pay. Returns the
    result stored on the attempt: score (%), passed, and per question the chosen
    answers with their explanations.
    """
    questions = list(quiz["questions"])
    outcomes = []
    for number, question in enumerate(questions):
        options = list(question["answers"])
        chosen = sorted(set(answers.get(number, ())))
        expected = [index for index, option in enumerate(options) if option["correct"]]
        outcomes.append(
            {
                "prompt": question["prompt"],
                "multiple": question["kind"] != SINGLE,
                "correct": chosen == expected,
                "chosen": [
                    {
                        "index": index,
                        "text": options[index]["text"],
                        "correct": bool(options[index]["correct"]),
                        "explanation": options[index]["explanation"],
                    }
                    for index in chosen
                ],
            }
        )
    right = sum(1 for outcome in outcomes if outcome["correct"])
    score = round(100 * right / len(outcomes), 1) if outcomes else 0.0
    return {
        "score": score,
        "passed": score >= quiz["pass_mark"],
        "pass_mark": quiz["pass_mark"],
        "right": right,
        "total": len(outcomes),
        "questions": outcomes,
    }
