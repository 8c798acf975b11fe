"""Agreement figures on an example worked out by hand."""

from feedback.calibration.agreement import Judgement, majority, session_agreement

# Two conversations, three reviewers (A, B, C):
#   call 1 greeting   auto pass  A pass  B pass  C fail   agreed pass
#   call 1 ownership  auto fail  A pass  B pass  C pass   agreed pass
#   call 2 greeting   auto pass  A pass  B pass  C pass   agreed pass
EXAMPLE = [
    Judgement(1, "greeting", "pass", {"A": "pass", "B": "pass", "C": "fail"}, agreed="pass"),
    Judgement(1, "ownership", "fail", {"A": "pass", "B": "pass", "C": "pass"}, agreed="pass"),
    Judgement(2, "greeting", "pass", {"A": "pass", "B": "pass", "C": "pass"}, agreed="pass"),
]


def test_agreement_per_criterion_counts_pairs_of_reviewers_and_answers_against_the_automatic_result():
    figures = session_agreement(EXAMPLE)
    greeting = figures.per_criterion["greeting"]
    # pairs: call 1 AB match, AC no, BC no; call 2 all three match -> 4 of 6
    assert (greeting.between_reviewers.matching, greeting.between_reviewers.total) == (4, 6)
    assert (greeting.with_automatic.matching, greeting.with_automatic.total) == (5, 6)
    assert (greeting.automatic_with_agreed.matching, greeting.automatic_with_agreed.total) == (2, 2)
    ownership = figures.per_criterion["ownership"]
    assert ownership.between_reviewers.ratio == 1.0
    assert ownership.with_automatic.ratio == 0.0
    assert ownership.automatic_with_agreed.percent == 0


def test_agreement_per_reviewer_against_the_others_the_automatic_result_and_the_agreed_answer():
    figures = session_agreement(EXAMPLE)
    a, c = figures.per_reviewer["A"], figures.per_reviewer["C"]
    assert (a.between_reviewers.matching, a.between_reviewers.total) == (5, 6)  # only A-C on call 1 greeting differs
    assert (c.between_reviewers.matching, c.between_reviewers.total) == (4, 6)
    assert (a.with_automatic.matching, a.with_automatic.total) == (2, 3)
    assert (c.with_automatic.matching, c.with_automatic.total) == (1, 3)
    assert (a.with_agreed.matching, a.with_agreed.total) == (3, 3)
    assert c.with_agreed.percent == 67
    assert figures.overall.between_reviewers.total == 9


def test_without_an_agreed_answer_nothing_is_counted_against_it():
    figures = session_agreement([Judgement(1, "greeting", "pass", {"A": "pass", "B": "fail"})])
    assert figures.overall.with_agreed.ratio is None and figures.overall.with_agreed.percent is None
    assert figures.overall.between_reviewers.ratio == 0.0


def test_majority_suggests_the_most_frequent_answer_and_nothing_on_a_tie():
    assert majority(["pass", "fail", "pass"]) == "pass"
    assert majority(["pass", "fail"]) is None
    assert majority([]) is None
