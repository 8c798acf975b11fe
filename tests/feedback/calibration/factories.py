"""Calibration sessions built through the services, as a facilitator would open them."""

from feedback.calibration import services
from feedback.calibration.models import CalibrationSession
from tests.factories import TrainerFactory
from tests.feedback.reports.factories import ScorecardFactory


def calibration_session(
    agent, facilitator, *, reviewers=None, scorecards=None, title="Billing calls"
) -> CalibrationSession:
    """A session opened by `facilitator` on a submitted report of `agent` (or `scorecards`),
    inviting `reviewers` (default: a new trainer)."""
    scorecards = scorecards or [ScorecardFactory(agent=agent, submitted=True)]
    return services.session_open(
        user=facilitator, scorecards=scorecards, title=title, reviewers=reviewers or [TrainerFactory()]
    )


def recorded_call(agent):
    """A submitted report of a practice call whose recording is kept."""
    from scenarios.models import Attempt
    from tests.scenarios.url_objects import attempt_with_recording

    scorecard = ScorecardFactory(agent=agent, submitted=True)
    attempt_with_recording(agent, state=Attempt.State.READY, scorecard=scorecard)
    return scorecard


def every_criterion(session: CalibrationSession, result: str = "pass", **overrides: str) -> dict:
    """Answers for every criterion of every conversation of `session`: `result`, or `overrides[key]`."""
    return {
        (item.pk, criterion["key"]): overrides.get(criterion["key"], result)
        for item in session.items.all()
        for criterion in item.automatic_result["criteria"]
    }


def as_form(answers: dict) -> dict:
    return {f"answer-{item_id}-{criterion}": result for (item_id, criterion), result in answers.items()}
