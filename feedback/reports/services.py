"""Changes to scorecards: creation, submission, human review, disputes, re-scoring and
the PDF. Views, tasks and commands call these; nothing else writes a Scorecard.

Every change that alters what the report shows bumps `Scorecard.revision` and, once the
transaction commits, enqueues the PDF task, which renders only when the PDF lags behind.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.xapi import events as learning_records
from feedback import scoring
from feedback.rubrics.models import Rubric, RubricVersion
from feedback.rubrics.selectors import rubric_default_for_channel, rubric_version_latest
from feedback.scoring.rubric import RubricDefinition

from .models import ActionItem, CriterionOverride, Dispute, Rescore, Result, Scorecard
from .results import result_with_overrides
from .selectors import user_can_review
from .tasks import scorecard_pdf_task


def scorecard_create(
    *, agent, transcript: dict, title: str, context: str = "", rubric: Rubric | None = None
) -> Scorecard:
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
    result = _score(transcript, version)
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
        _pdf_enqueue_on_commit(scorecard)
        scorecard_id = scorecard.pk  # the practice that caused it is linked by then (academy.xapi.events)
        transaction.on_commit(lambda: learning_records.practice_scored(scorecard_id))
    return scorecard


def scorecard_submit(*, scorecard: Scorecard, user) -> Scorecard:
    """The agent chooses this report for review: it enters the queue and the team statistics."""
    if user.pk != scorecard.agent_id:
        raise PermissionDenied
    if scorecard.submitted_at is None:
        scorecard.submitted_at = timezone.now()
        scorecard.save(update_fields=["submitted_at"])
    return scorecard


def scorecard_override_criterion(
    *, scorecard: Scorecard, user, criterion: str, result: str, reason: str
) -> CriterionOverride:
    """Replace one criterion's result with a human one, keeping who, when, before, after and why."""
    _require_reviewer(user, scorecard)
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Give a reason for the change."))
    if result not in Result.values:
        raise ValidationError(_("Unknown result."))
    with transaction.atomic():
        scorecard = Scorecard.objects.select_for_update().get(pk=scorecard.pk)
        before = _criterion(scorecard.result, criterion)["result"]
        override = CriterionOverride.objects.create(
            scorecard=scorecard, criterion=criterion, before=before, after=result, reason=reason, user=user
        )
        _recompute(scorecard)
    return override


def scorecard_coaching_update(*, scorecard: Scorecard, user, note: str) -> Scorecard:
    """Set the supervisor's coaching note the agent reads on the report."""
    _require_reviewer(user, scorecard)
    scorecard.coaching_note = note.strip()
    scorecard.coaching_note_by = user
    return _changed(scorecard, ["coaching_note", "coaching_note_by"])


def action_item_create(*, scorecard: Scorecard, user, text: str) -> ActionItem:
    """Add one concrete thing for the agent to practise next."""
    _require_reviewer(user, scorecard)
    text = text.strip()
    if not text:
        raise ValidationError(_("Write the action item."))
    item = ActionItem.objects.create(scorecard=scorecard, text=text, created_by=user)
    _changed(scorecard, [])
    return item


def action_item_delete(*, item: ActionItem, user) -> None:
    _require_reviewer(user, item.scorecard)
    scorecard = item.scorecard
    item.delete()
    _changed(scorecard, [])


def action_item_set_done(*, item: ActionItem, user, done: bool) -> ActionItem:
    """The agent ticks an action item off (or back on): only the agent whose report it is."""
    if user.pk != item.scorecard.agent_id:
        raise PermissionDenied
    item.done_at = timezone.now() if done else None
    item.save(update_fields=["done_at"])
    _changed(item.scorecard, [])
    return item


def scorecard_mark_reviewed(*, scorecard: Scorecard, user) -> Scorecard:
    """Close the review: the report leaves the queue (until the agent disputes something)."""
    _require_reviewer(user, scorecard)
    scorecard.reviewed_at = timezone.now()
    scorecard.reviewed_by = user
    return _changed(scorecard, ["reviewed_at", "reviewed_by"])


def dispute_create(*, scorecard: Scorecard, user, criterion: str, comment: str) -> Dispute:
    """The agent objects to one criterion's result; the dispute enters the supervisor's queue."""
    if user.pk != scorecard.agent_id:
        raise PermissionDenied
    _criterion(scorecard.result, criterion)
    comment = comment.strip()
    if not comment:
        raise ValidationError(_("Say why you disagree."))
    if scorecard.disputes.filter(criterion=criterion, status=Dispute.Status.OPEN).exists():
        raise ValidationError(_("This criterion already has an open dispute."))
    with transaction.atomic():
        dispute = Dispute.objects.create(scorecard=scorecard, criterion=criterion, comment=comment, created_by=user)
        if scorecard.submitted_at is None:
            scorecard.submitted_at = timezone.now()
        _changed(scorecard, ["submitted_at"])
    return dispute


def dispute_resolve(*, dispute: Dispute, user, accept: bool, reason: str, result: str | None = None) -> Dispute:
    """Accept (the criterion takes `result`, by default the opposite of pass/fail) or reject, with a reason."""
    scorecard = dispute.scorecard
    _require_reviewer(user, scorecard)
    if dispute.status != Dispute.Status.OPEN:
        raise ValidationError(_("This dispute has already been decided."))
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Give a reason for the decision."))
    with transaction.atomic():
        if accept:
            current = _criterion(scorecard.result, dispute.criterion)["result"]
            new = result or {"pass": "fail", "fail": "pass"}.get(current, "pass")
            scorecard_override_criterion(
                scorecard=scorecard, user=user, criterion=dispute.criterion, result=new, reason=reason
            )
        dispute.status = Dispute.Status.ACCEPTED if accept else Dispute.Status.REJECTED
        dispute.resolution = reason
        dispute.resolved_by = user
        dispute.resolved_at = timezone.now()
        dispute.save(update_fields=["status", "resolution", "resolved_by", "resolved_at"])
        _changed(Scorecard.objects.get(pk=scorecard.pk), [])
    return dispute


def scorecard_rescore_latest(*, scorecard: Scorecard, user) -> Scorecard:
    """Score the transcript again with the latest version of the same rubric.

    The replaced automatic result is kept in a Rescore row; human overrides still apply."""
    _require_reviewer(user, scorecard)
    latest = rubric_version_latest(scorecard.rubric_version.rubric)
    if latest.pk == scorecard.rubric_version_id:
        raise ValidationError(_("This report already uses the latest version of its rubric."))
    automatic = _score(scorecard.transcript, latest)
    with transaction.atomic():
        scorecard = Scorecard.objects.select_for_update().get(pk=scorecard.pk)
        Rescore.objects.create(
            scorecard=scorecard,
            previous_version=scorecard.rubric_version,
            previous_automatic_result=scorecard.automatic_result,
            new_version=latest,
            user=user,
        )
        scorecard.rubric_version = latest
        scorecard.automatic_result = automatic
        scorecard.save(update_fields=["rubric_version", "automatic_result"])
        _recompute(scorecard)
    return scorecard


def _score(transcript: dict, version: RubricVersion) -> dict:
    return scoring.score_transcript(transcript, RubricDefinition.from_dict(version.definition))


def _criterion(result: dict, key: str) -> dict:
    for criterion in result["criteria"]:
        if criterion["key"] == key:
            return criterion
    raise ValidationError(_("Unknown criterion."))


def _require_reviewer(user, scorecard: Scorecard) -> None:
    if not user_can_review(user, scorecard):
        raise PermissionDenied


def _recompute(scorecard: Scorecard) -> Scorecard:
    """Apply every override to the automatic result and store the effective result."""
    pass_mark = scorecard.rubric_version.definition.get("pass_mark", 80)
    result = result_with_overrides(
        scorecard.automatic_result, scorecard.overrides.select_related("user"), pass_mark=pass_mark
    )
    scorecard.result = result
    scorecard.score = result["score"]
    scorecard.passed = result["passed"]
    scorecard.critical_failure = result["critical_failure"]
    return _changed(scorecard, ["result", "score", "passed", "critical_failure"])


def _changed(scorecard: Scorecard, fields: list[str]) -> Scorecard:
    """Save `fields`, bump the revision and have the PDF re-rendered after commit."""
    Scorecard.objects.filter(pk=scorecard.pk).update(revision=F("revision") + 1)
    if fields:
        scorecard.save(update_fields=fields)
    scorecard.refresh_from_db(fields=["revision"])
    _pdf_enqueue_on_commit(scorecard)
    return scorecard


def _pdf_enqueue_on_commit(scorecard: Scorecard) -> None:
    scorecard_id = scorecard.pk
    transaction.on_commit(lambda: scorecard_pdf_task.enqueue(scorecard_id))
