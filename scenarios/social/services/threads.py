"""Scoring a real social thread a trainer pastes or uploads (the transcript JSON format),
into the same reports as a practice."""

from __future__ import annotations

import json

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from feedback.reports.models import Scorecard
from feedback.reports.services import scorecard_create
from feedback.rubrics.models import Rubric
from feedback.scoring.transcripts import TranscriptError, parse_transcript


def _with_social_channel(text: str) -> str:
    """A thread pasted here is social even when its JSON does not say so."""
    try:
        data = json.loads(text)
    except ValueError:
        return text
    if isinstance(data, dict) and "channel" not in data:
        return json.dumps({**data, "channel": "social"})
    return text


def social_thread_score(*, text: str, agent, title: str, scored_by, rubric: Rubric | None = None) -> Scorecard:
    """Score the thread for `agent` with `rubric` (default: the social rubric)."""
    try:
        transcript = parse_transcript(_with_social_channel(text))
    except TranscriptError as error:
        raise ValidationError(_("The thread could not be read: %(reason)s.") % {"reason": error}) from None
    if transcript["channel"] != "social":
        raise ValidationError(
            _(
                "This is a phone transcript. A social thread says so: “channel”: “social” in JSON, "
                "or a first line “channel: social” in plain text."
            )
        )
    if not any(segment["speaker"] == "agent" for segment in transcript["segments"]):
        raise ValidationError(_("The thread has no agent message to score."))
    context = _("Real thread, scored by %(name)s") % {"name": scored_by.get_full_name() or scored_by.username}
    return scorecard_create(agent=agent, transcript=transcript, title=title, context=context, rubric=rubric)
