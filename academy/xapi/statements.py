"""xAPI 1.0.3 statements for the Academy's learning events, built as plain dicts (no Django).

The actor is an account (homePage + an opaque name), never an e-mail address, so a
statement says nothing about who the learner is to anyone without the Academy's mapping.
Verbs and activity types are ADL's (http://adlnet.gov/expapi/…).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

XAPI_VERSION = "1.0.3"
PLATFORM = "Agent Academy"
ADL_VERBS = "http://adlnet.gov/expapi/verbs/"
ADL_ACTIVITIES = "http://adlnet.gov/expapi/activities/"
VERBS = ("attempted", "completed", "passed", "failed", "scored")
ACTIVITY_TYPES = ("course", "lesson", "assessment", "simulation")


@dataclass(frozen=True)
class Activity:
    id: str
    type: str
    name: dict[str, str] = field(default_factory=dict)

    def as_object(self) -> dict:
        definition = {"type": f"{ADL_ACTIVITIES}{self.type}"}
        if self.name:
            definition["name"] = dict(self.name)
        return {"objectType": "Activity", "id": self.id, "definition": definition}


def score_result(percent: float, *, success: bool | None = None, completion: bool | None = None) -> dict:
    """A result with `score.scaled` in [0, 1] from a percentage, and the raw score out of 100."""
    percent = min(100.0, max(0.0, float(percent)))
    result: dict = {"score": {"scaled": round(percent / 100, 4), "raw": round(percent, 2), "min": 0, "max": 100}}
    if success is not None:
        result["success"] = success
    if completion is not None:
        result["completion"] = completion
    return result


def statement(
    *,
    home_page: str,
    account: str,
    verb: str,
    activity: Activity,
    timestamp: datetime,
    result: dict | None = None,
    parents: tuple[Activity, ...] = (),
    language: str | None = None,
    statement_id: uuid.UUID | None = None,
) -> dict:
    """One statement: `account` did `verb` on `activity` at `timestamp`."""
    if verb not in VERBS:
        raise ValueError(f"unknown verb {verb!r}")
    if activity.type not in ACTIVITY_TYPES or any(parent.type not in ACTIVITY_TYPES for parent in parents):
        raise ValueError("unknown activity type")
    context: dict = {"platform": PLATFORM}
    if language:
        context["language"] = language
    if parents:
        context["contextActivities"] = {"parent": [parent.as_object() for parent in parents]}
    made = {
        "id": str(statement_id or uuid.uuid4()),
        "actor": {"objectType": "Agent", "account": {"homePage": home_page, "name": account}},
        "verb": {"id": f"{ADL_VERBS}{verb}", "display": {"en-US": verb}},
        "object": activity.as_object(),
        "context": context,
        "timestamp": timestamp.isoformat(),
        "version": XAPI_VERSION,
    }
    if result:
        made["result"] = result
    return made
