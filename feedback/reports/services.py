"""Changes to scorecards: creating one from a transcript. Views, tasks and commands call
these; nothing else writes a Scorecard."""
from django.db import transaction

from feedback.rubrics.models import Rubric
from feedback.rubrics.selectors import rubric_default_for_channel, rubric_version_latest
from feedback.scoring import score_transcript
from feedback.scoring.rubric import RubricDefinition

from .models import Scorecard


def scorecard_create(*, agent, transcript: dict, title: str, context: str = "", rubric: Rubric | None = None) -> Scorecard:
    """Score `transcript` with the latest version of `rubric` (default: the rubric of the
    transcript's channel) and store the result for `agent`.

    The automatic result is stored twice: `automatic_result` is never changed again,
    `result` is what human review later amends.
    """
    channel = transcript["channel"]
    if rubric is None:
        rubric = rubric_default_for_channel(channel)
        if rubric is None:
            raise ValueError(f"No default rubric for the {channel} channel.")
    elif rubric.channel != channel:
        raise ValueError(f"Rubric {rubric.slug} is for the {rubric.channel} channel, not {channel}.")
    version = rubric_version_latest(rubric)
    result = score_transcript(transcript, RubricDefinition.from_dict(version.definition))
    with transaction.atomic():
        scorecard = Scorecard.objects.create(
            agent=agent,
            title=title,
            context=context,
            language=transcript["language"],
            channel=channel,
            transcript=transcript,
            rubric_version=version,
            automatic_result=result,
            result=result,
            score=result["score"],
            passed=result["passed"],
            critical_failure=result["critical_failure"],
        )
    return scorecard
