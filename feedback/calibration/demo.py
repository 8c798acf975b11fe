"""A demo calibration: Sara (supervisor, Team Roma) and Tommaso (trainer) scored one of Giulia's
submitted calls blind, disagreed on one criterion, and agreed on the answers, so the session,
the agreement figures and the rubric's Trust tab have something to show. Safe to run twice."""

from django.contrib.auth import get_user_model

from feedback.reports.models import Scorecard

from . import services
from .models import CalibrationSession

DEMO_TITLE = "Calibrazione: portabilità"
DEMO_REPORT = ("giulia", "Portabilità: SIM senza servizio")
NOTE = "Il saluto con il nome dell'azienda basta: conta come presentazione anche senza il cognome."


def demo_calibration_load() -> int:
    """Create the demo session if it is missing; returns 1 when created."""
    people = {user.username: user for user in get_user_model().objects.filter(username__in=["sara", "tommaso"])}
    scorecard = Scorecard.objects.filter(agent__username=DEMO_REPORT[0], title=DEMO_REPORT[1]).first()
    if len(people) < 2 or scorecard is None or CalibrationSession.objects.filter(title=DEMO_TITLE).exists():
        return 0
    sara, tommaso = people["sara"], people["tommaso"]
    session = services.session_open(user=sara, scorecards=[scorecard], title=DEMO_TITLE, reviewers=[tommaso])
    item = session.items.get()
    automatic = {(item.pk, c["key"]): c["result"] for c in item.automatic_result["criteria"]}
    greeting = (item.pk, "greeting") if (item.pk, "greeting") in automatic else next(iter(automatic))
    flipped = {**automatic, greeting: "fail" if automatic[greeting] == "pass" else "pass"}
    services.answers_submit(session=session, user=sara, answers=automatic)
    services.answers_submit(session=session, user=tommaso, answers=flipped)
    services.session_reveal(session=session, user=sara)
    services.session_agree(session=session, user=sara, answers=automatic, note=NOTE)
    return 1
