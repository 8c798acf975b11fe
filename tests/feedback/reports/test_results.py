"""The effective result follows the spec's formula and keeps the automatic verdicts beside the human ones."""

from dataclasses import dataclass
from datetime import UTC, datetime

from feedback.reports.results import result_summary, result_with_overrides


def criterion(key, result, weight=10, critical=False):
    return {"key": key, "result": result, "weight": weight, "critical": critical, "evidence": []}


@dataclass
class Override:
    criterion: str
    after: str
    reason: str = "checked the recording"
    user: str = "sara"
    created_at: datetime = datetime(2026, 1, 1, tzinfo=UTC)


def test_score_counts_pass_and_fail_weights_and_leaves_na_out():
    criteria = [criterion("a", "pass", 10), criterion("b", "fail", 5), criterion("c", "na", 50)]
    assert result_summary(criteria, pass_mark=80) == {"score": 66.7, "passed": False, "critical_failure": False}


def test_a_failed_critical_criterion_fails_the_call_whatever_the_score():
    criteria = [criterion("a", "pass", 90), criterion("b", "fail", 10, critical=True)]
    assert result_summary(criteria, pass_mark=80) == {"score": 90.0, "passed": False, "critical_failure": True}


def test_the_pass_mark_comes_from_the_rubric():
    criteria = [criterion("a", "pass", 7), criterion("b", "fail", 3)]
    assert result_summary(criteria, pass_mark=70)["passed"]
    assert not result_summary(criteria, pass_mark=80)["passed"]


def test_the_latest_override_wins_and_the_automatic_result_stays_visible():
    automatic = {
        "score": 50.0,
        "passed": False,
        "critical_failure": True,
        "criteria": [criterion("a", "pass"), criterion("b", "fail", critical=True)],
    }
    result = result_with_overrides(
        automatic, [Override("b", "na"), Override("b", "pass", reason="warm transfer")], pass_mark=80
    )
    b = result["criteria"][1]
    assert (b["result"], b["automatic_result"], b["override"]["reason"]) == ("pass", "fail", "warm transfer")
    assert (result["score"], result["passed"], result["critical_failure"]) == (100.0, True, False)
    assert automatic["criteria"][1]["result"] == "fail" and automatic["score"] == 50.0
