"""Changes to calibration sessions: open, answer blind, reveal, agree. Views call these;
nothing else writes a session."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from feedback.reports.models import Result, Scorecard
from feedback.reports.selectors import user_can_review

from .models import AgreedAnswer, CalibrationAnswer, CalibrationItem, CalibrationReviewer, CalibrationSession
from .selectors import reviewer_candidates, session_facilitated_by

MAX_CONVERSATIONS = 5

Answers = dict[tuple[int, str], str]


def session_open(*, user, scorecards: list[Scorecard], title: str, reviewers: list) -> CalibrationSession:
    """Open a session on `scorecards` (submitted reports `user` may review) for `reviewers` and
    `user`, who facilitates it and scores too."""
    title = title.strip()
    if not title:
        raise ValidationError(_("Give the session a title."))
    if not scorecards:
        raise ValidationError(_("Choose at least one report."))
    if len(scorecards) > MAX_CONVERSATIONS:
        raise ValidationError(_("A session takes at most %(count)d reports.") % {"count": MAX_CONVERSATIONS})
    if not all(user_can_review(user, scorecard) for scorecard in scorecards):
        raise PermissionDenied
    allowed = set(reviewer_candidates(scorecards).values_list("pk", flat=True))
    invited = {reviewer.pk: reviewer for reviewer in reviewers if reviewer.pk != user.pk}
    if not invited:
        raise ValidationError(_("Invite at least one other reviewer."))
    if not set(invited) <= allowed:
        raise ValidationError(_("Only trainers and supervisors of these agents can be invited."))
    with transaction.atomic():
        session = CalibrationSession.objects.create(title=title, created_by=user)
        CalibrationItem.objects.bulk_create(
            [
                CalibrationItem(
                    session=session,
                    scorecard=scorecard,
                    rubric_version_id=scorecard.rubric_version_id,
                    language=scorecard.language,
                    automatic_result=scorecard.automatic_result,
                )
                for scorecard in scorecards
            ]
        )
        CalibrationReviewer.objects.bulk_create(
            [CalibrationReviewer(session=session, user=person) for person in [user, *invited.values()]]
        )
    return session


def answers_submit(*, session: CalibrationSession, user, answers: Answers) -> CalibrationReviewer:
    """Hand in `user`'s blind answers: every criterion of every conversation, before the reveal.

    Until the reveal a reviewer may hand them in again; the last answers count."""
    reviewer = session.reviewers.filter(user=user).first()
    if reviewer is None:
        raise PermissionDenied
    if session.is_revealed:
        raise ValidationError(_("The answers were revealed: the session no longer takes answers."))
    expected = _criteria_of(session)
    missing = [key for key in expected if answers.get(key) not in Result.values]
    if missing:
        raise ValidationError(_("Answer every criterion (%(count)d missing).") % {"count": len(missing)})
    with transaction.atomic():
        reviewer.answers.all().delete()
        CalibrationAnswer.objects.bulk_create(
            [
                CalibrationAnswer(
                    reviewer=reviewer, item_id=item_id, criterion=criterion, result=answers[(item_id, criterion)]
                )
                for item_id, criterion in expected
            ]
        )
        reviewer.submitted_at = timezone.now()
        reviewer.save(update_fields=["submitted_at"])
    return reviewer


def session_reveal(*, session: CalibrationSession, user) -> CalibrationSession:
    """Show everyone the answers, the automatic result and the agreement. Whoever has not
    handed in their answers by now is left out of the figures."""
    _require_facilitator(session, user)
    if session.is_revealed:
        return session
    if not session.reviewers.filter(submitted_at__isnull=False).exists():
        raise ValidationError(_("Nobody has handed in answers yet."))
    session.revealed_at = timezone.now()
    session.save(update_fields=["revealed_at"])
    return session


def session_agree(*, session: CalibrationSession, user, answers: Answers, note: str) -> CalibrationSession:
    """Keep the answer the group agreed on for every criterion, with the discussion note."""
    _require_facilitator(session, user)
    if not session.is_revealed:
        raise ValidationError(_("Reveal the answers before agreeing."))
    expected = _criteria_of(session)
    if any(answers.get(key) not in Result.values for key in expected):
        raise ValidationError(_("Give the agreed answer of every criterion."))
    with transaction.atomic():
        AgreedAnswer.objects.filter(item__session=session).delete()
        AgreedAnswer.objects.bulk_create(
            [
                AgreedAnswer(item_id=item_id, criterion=criterion, result=answers[(item_id, criterion)])
                for item_id, criterion in expected
            ]
        )
        session.note = note.strip()
        session.agreed_at = timezone.now()
        session.save(update_fields=["note", "agreed_at"])
    return session


def _criteria_of(session: CalibrationSession) -> list[tuple[int, str]]:
    return [
        (item.pk, criterion["key"]) for item in session.items.all() for criterion in item.automatic_result["criteria"]
    ]


def _require_facilitator(session: CalibrationSession, user) -> None:
    if not session_facilitated_by(session, user):
        raise PermissionDenied
