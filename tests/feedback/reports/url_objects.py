"""How the permission walk (tests/test_url_permissions.py) builds each report URL's object."""
from feedback.reports.models import ActionItem, Dispute
from tests.feedback.reports.factories import ScorecardFactory, completed_enrolment
from tests.url_objects import OWNER_ONLY, SUPERVISORS, register


def _scorecard(owner) -> dict:
    return {"pk": ScorecardFactory(agent=owner).pk}


for _name in ("reports:scorecard_detail", "reports:scorecard_pdf"):
    register(_name)(_scorecard)
register("reports:scorecard_submit", method="post", allowed=OWNER_ONLY)(_scorecard)
register("reports:dispute_create", method="post", allowed=OWNER_ONLY,
         data=lambda kwargs: {"criterion": "ownership", "comment": "I transferred the call warmly."})(_scorecard)
register("reports:override_create", method="post", allowed=SUPERVISORS,
         data=lambda kwargs: {"criterion": "ownership", "result": "pass", "reason": "Warm transfer."})(_scorecard)
register("reports:coaching_update", method="post", allowed=SUPERVISORS,
         data=lambda kwargs: {"note": "Own the problem.", "save": "reviewed"})(_scorecard)
register("reports:action_item_create", method="post", allowed=SUPERVISORS,
         data=lambda kwargs: {"text": "Practise warm transfers."})(_scorecard)
register("reports:scorecard_rescore", method="post", allowed=SUPERVISORS)(_scorecard)


@register("reports:action_item_delete", method="post", allowed=SUPERVISORS)
def action_item(owner) -> dict:
    scorecard = ScorecardFactory(agent=owner)
    return {"pk": ActionItem.objects.create(scorecard=scorecard, text="Practise", created_by=owner).pk}


@register("reports:dispute_resolve", method="post", allowed=SUPERVISORS,
          data=lambda kwargs: {"decision": "reject", "reason": "The deflection is explicit."})
def dispute(owner) -> dict:
    scorecard = ScorecardFactory(agent=owner)
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
