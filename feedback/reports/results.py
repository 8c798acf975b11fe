"""The effective result of a scorecard: the automatic result with human decisions applied.

Plain functions on the score result JSON of ../shared/specs/interfaces.md, so the
automatic result stays untouched and the human one is recomputed from it at any time.
"""

import copy
from collections.abc import Iterable

COUNTED = ("pass", "fail")


def result_summary(criteria: list[dict], *, pass_mark: float) -> dict:
    """Score, pass and critical failure by the spec's formula:
    score = 100 × Σ weight(pass) / Σ weight(pass or fail), `na` left out; a failed critical
    criterion is a critical failure; the attempt passes with score ≥ pass mark and no critical failure."""
    counted = [c for c in criteria if c["result"] in COUNTED]
    total = sum(c["weight"] for c in counted)
    score = round(100 * sum(c["weight"] for c in counted if c["result"] == "pass") / total, 1) if total else 0.0
    critical_failure = any(c["critical"] and c["result"] == "fail" for c in counted)
    return {"score": score, "passed": score >= pass_mark and not critical_failure, "critical_failure": critical_failure}


def result_with_overrides(automatic: dict, overrides: Iterable, *, pass_mark: float) -> dict:
    """`automatic` with the latest override of each criterion applied and the score recomputed.

    An overridden criterion keeps its automatic verdict in `automatic_result` and carries
    `override` (the reason, who and when), so both stay visible and the human one wins.
    """
    latest = {}
    for override in overrides:  # oldest first: the last one of each criterion wins
        latest[override.criterion] = override
    result = copy.deepcopy(automatic)
    for criterion in result["criteria"]:
        override = latest.get(criterion["key"])
        if override is None:
            continue
        criterion["automatic_result"] = criterion["result"]
        criterion["result"] = override.after
        criterion["override"] = {
            "reason": override.reason,
            "by": str(override.user) if override.user else "",
            "at": override.created_at.isoformat() if override.created_at else "",
        }
    result.update(result_summary(result["criteria"], pass_mark=pass_mark))
    return result
