"""How the permission walk builds each calibration URL's object: a session the owner's
supervisor opened on the owner's submitted report, inviting a trainer of their own.
Trainers see every session; only the facilitator reveals and agrees; the walk's trainer is
not invited, so it may read the session but not answer in it."""

from feedback.calibration import services
from tests.feedback.calibration.factories import calibration_session, every_criterion, recorded_call
from tests.url_objects import SUPERVISOR, SUPERVISORS, register

FACILITATOR = frozenset({SUPERVISOR})


def _session(owner):
    return calibration_session(owner, owner.teams.get().supervisors.get())


@register("calibration:session_detail", allowed=SUPERVISORS)
def session(owner) -> dict:
    return {"pk": _session(owner).pk}


@register("calibration:item_recording", allowed=SUPERVISORS)
def item_recording(owner) -> dict:
    opened = calibration_session(owner, owner.teams.get().supervisors.get(), scorecards=[recorded_call(owner)])
    return {"pk": opened.pk, "item": opened.items.get().pk}


register("calibration:answers_submit", method="post", allowed=FACILITATOR)(session)
register("calibration:session_reveal", method="post", allowed=FACILITATOR)(session)


@register("calibration:session_agree", method="post", allowed=FACILITATOR, data=lambda kwargs: {"note": "Agreed."})
def revealed_session(owner) -> dict:
    opened = _session(owner)
    facilitator = opened.created_by
    services.answers_submit(session=opened, user=facilitator, answers=every_criterion(opened))
    services.session_reveal(session=opened, user=facilitator)
    return {"pk": opened.pk}
