"""How the permission walk (tests/test_url_permissions.py) builds each report URL's object.

A report and what hangs on it (action items, disputes) is built submitted for review or
not: before submission the walk lets only the agent in."""

from feedback.reports.models import ActionItem, Dispute
from tests.feedback.reports.factories import ScorecardFactory, completed_enrolment
from tests.url_objects import OWNER_ONLY, PRACTICE, SUBMITTED, SUPERVISORS, register


def report(owner, state: str):
    return ScorecardFactory(agent=owner, submitted=state == SUBMITTED)


def _scorecard(owner, state: str) -> dict:
    return {"pk": report(owner, state).pk}


for _name in ("reports:scorecard_detail", "reports:scorecard_pdf"):
    register(_name, states=PRACTICE)(_scorecard)
register("reports:scorecard_submit", method="post", allowed=OWNER_ONLY, states=PRACTICE)(_scorecard)
register(
    "reports:dispute_create",
    method="post",
    allowed=OWNER_ONLY,
    states=PRACTICE,
    data=lambda kwargs: {"criterion": "ownership", "comment": "I transferred the call warmly."},
)(_scorecard)
register(
    "reports:override_create",
    method="post",
    allowed=SUPERVISORS,
    states=PRACTICE,
    data=lambda kwargs: {"criterion": "ownership", "result": "pass", "reason": "Warm transfer."},
)(_scorecard)
register(
    "reports:coaching_update",
    method="post",
    allowed=SUPERVISORS,
    states=PRACTICE,
    data=lambda kwargs: {"note": "Own the problem.", "save": "reviewed"},
)(_scorecard)
register(
    "reports:action_item_create",
    method="post",
    allowed=SUPERVISORS,
    states=PRACTICE,
    data=lambda kwargs: {"text": "Practise warm transfers."},
)(_scorecard)
register("reports:scorecard_rescore", method="post", allowed=SUPERVISORS, states=PRACTICE)(_scorecard)


@register("reports:action_item_done", method="post", allowed=OWNER_ONLY, states=PRACTICE)
@register("reports:action_item_delete", method="post", allowed=SUPERVISORS, states=PRACTICE)
def action_item(owner, state: str) -> dict:
    scorecard = report(owner, state)
    return {"pk": ActionItem.objects.create(scorecard=scorecard, text="Practise", created_by=owner).pk}


@register(
    "reports:dispute_resolve",
    method="post",
    allowed=SUPERVISORS,
    states=(SUBMITTED,),
    data=lambda kwargs: {"decision": "reject", "reason": "The deflection is explicit."},
)
def dispute(owner, state: str) -> dict:
    """Disputing a criterion submits the report (feedback.reports.services.dispute_create)."""
    scorecard = report(owner, state)
    return {"pk": Dispute.objects.create(scorecard=scorecard, criterion="ownership", comment="No", created_by=owner).pk}


@register("reports:agent_progress")
def agent_progress(owner) -> dict:
    return {"agent_id": owner.pk}


@register("reports:team_progress", allowed=SUPERVISORS)
def team_progress(owner) -> dict:
    """The owner's team, supervised by the walk's supervisor (the walk creates it first)."""
    return {"pk": owner.teams.get().pk}


@register("reports:certificate_pdf")
def certificate(owner) -> dict:
    return {"pk": completed_enrolment(owner).pk}
