"""Reads of calibration sessions. Who sees a session: the people taking part (who opened it,
who was invited) and trainers. What they see depends on the reveal: before it, each person
sees the conversations and their own answers only, never the automatic result or another
reviewer's answers; after it, everything with the agreement figures."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from django.http import Http404

from academy.users.roles import Role, user_is_supervisor, user_is_trainer
from feedback.reports.hooks import scorecard_recording_file
from feedback.reports.models import CriterionOverride, Scorecard
from feedback.rubrics.labels import criterion_display_name

from .agreement import Judgement, SessionAgreement, Share, majority, session_agreement
from .models import AgreedAnswer, CalibrationAnswer, CalibrationItem, CalibrationSession
from .trust import Pair, Trust, criterion_trust


def sessions_visible_to(user) -> QuerySet[CalibrationSession]:
    if not user.is_authenticated:
        return CalibrationSession.objects.none()
    if user_is_trainer(user):
        return CalibrationSession.objects.all()
    if not user_is_supervisor(user):
        return CalibrationSession.objects.none()
    return CalibrationSession.objects.filter(Q(created_by=user) | Q(reviewers__user=user)).distinct()


def session_get_for_user(*, user, pk: int) -> CalibrationSession:
    """The session `pk` if `user` may see it; Http404 otherwise, so existence does not leak."""
    try:
        return sessions_visible_to(user).get(pk=pk)
    except (CalibrationSession.DoesNotExist, ValueError, TypeError):
        raise Http404("No such calibration session") from None


def scorecards_withheld_from(user) -> QuerySet:
    """Ids of the scorecards `user` must not read yet: those they are asked to score blind in a
    session not revealed. The report pages (feedback.reports hooks) leave them out, so a
    reviewer cannot read the automatic result by opening the report's URL."""
    return CalibrationItem.objects.filter(
        session__revealed_at__isnull=True,
        session__reviewers__user=user,
    ).values("scorecard_id")


def reviewer_candidates(scorecards: list[Scorecard]) -> QuerySet:
    """Who may be invited: trainers, and supervisors of a team of every agent in the session,
    never one of those agents."""
    User = get_user_model()
    candidates = User.objects.filter(
        Q(groups__name=Role.TRAINER) | Q(is_superuser=True) | Q(groups__name=Role.SUPERVISOR)
    )
    for scorecard in scorecards:
        candidates = candidates.filter(
            Q(groups__name=Role.TRAINER) | Q(is_superuser=True) | Q(supervised_teams__agents=scorecard.agent_id)
        )
    agents = {scorecard.agent_id for scorecard in scorecards}
    return candidates.exclude(pk__in=agents).distinct().order_by("last_name", "first_name", "username")


def session_facilitated_by(session: CalibrationSession, user) -> bool:
    """Who reveals and agrees: whoever opened the session; a trainer once that person's data was erased."""
    if session.created_by_id is None:
        return user_is_trainer(user)
    return session.created_by_id == user.pk


@dataclass
class CriterionRow:
    key: str
    label: str
    own: str | None
    automatic: str | None = None
    answers: list[tuple[object, str | None]] | None = None
    agreed: str | None = None
    suggested: str | None = None
    agreement: Share | None = None


@dataclass
class ItemView:
    item: CalibrationItem
    criteria: list[CriterionRow]
    has_recording: bool = False


def session_view(session: CalibrationSession, user) -> dict:
    """What `user` may see of `session` now (see the module docstring)."""
    items = list(session.items.select_related("scorecard"))
    reviewers = list(session.reviewers.select_related("user"))
    answers = {
        (a.reviewer_id, a.item_id, a.criterion): a.result
        for a in CalibrationAnswer.objects.filter(item__session=session)
    }
    agreed = {(a.item_id, a.criterion): a.result for a in AgreedAnswer.objects.filter(item__session=session)}
    me = next((r for r in reviewers if r.user_id == user.pk), None)
    revealed = session.is_revealed
    counted = [r for r in reviewers if r.submitted_at is not None]
    figures = _figures(items, counted, answers, agreed) if revealed else None
    views = []
    for item in items:
        rows = []
        for criterion in item.automatic_result["criteria"]:
            key = criterion["key"]
            row = CriterionRow(
                key=key, label=str(criterion_display_name(key)), own=answers.get((me.pk, item.pk, key)) if me else None
            )
            if revealed:
                given = [(r.user, answers.get((r.pk, item.pk, key))) for r in counted]
                row.automatic = criterion["result"]
                row.answers = given
                row.agreed = agreed.get((item.pk, key))
                row.suggested = row.agreed or majority(a for _, a in given if a)
            rows.append(row)
        views.append(
            ItemView(item=item, criteria=rows, has_recording=scorecard_recording_file(item.scorecard) is not None)
        )
    per_criterion = []
    if figures:
        keys = list(dict.fromkeys(row.key for view in views for row in view.criteria))
        per_criterion = [
            (key, criterion_display_name(key), figures.per_criterion[key])
            for key in keys
            if key in figures.per_criterion
        ]
    return {
        "session": session,
        "items": views,
        "reviewers": reviewers,
        "me": me,
        "revealed": revealed,
        "figures": figures,
        "per_criterion": per_criterion,
        "per_reviewer": [(r.user, figures.per_reviewer.get(r.pk)) for r in counted] if figures else [],
        "is_facilitator": session_facilitated_by(session, user),
    }


def _figures(items, reviewers, answers, agreed) -> SessionAgreement:
    judgements = []
    for item in items:
        for criterion in item.automatic_result["criteria"]:
            key = criterion["key"]
            given = {r.pk: answers[(r.pk, item.pk, key)] for r in reviewers if (r.pk, item.pk, key) in answers}
            judgements.append(
                Judgement(
                    conversation=item.pk,
                    criterion=key,
                    automatic=criterion["result"],
                    answers=given,
                    agreed=agreed.get((item.pk, key)),
                )
            )
    return session_agreement(judgements)


@dataclass
class HistoryRow:
    session: CalibrationSession
    with_agreed: Share


def reviewer_history(user) -> list[HistoryRow]:
    """Session by session, oldest first: how often `user`'s blind answers matched the agreed ones."""
    agreed = {
        (a.item_id, a.criterion): a.result for a in AgreedAnswer.objects.filter(item__session__reviewers__user=user)
    }
    rows: dict[int, HistoryRow] = {}
    answers = (
        CalibrationAnswer.objects.filter(
            reviewer__user=user, reviewer__submitted_at__isnull=False, item__session__agreed_at__isnull=False
        )
        .select_related("item__session")
        .order_by("item__session__agreed_at", "pk")
    )
    for answer in answers:
        target = agreed.get((answer.item_id, answer.criterion))
        if target is None:
            continue
        session = answer.item.session
        row = rows.setdefault(session.pk, HistoryRow(session=session, with_agreed=Share()))
        row.with_agreed.add(answer.result == target)
    return list(rows.values())


def reviewers_followed_by(user) -> QuerySet:
    """Whose calibration history `user` reads: trainers everyone's who took part, others their own."""
    User = get_user_model()
    if user_is_trainer(user):
        return (
            User.objects.filter(calibrations__submitted_at__isnull=False).distinct().order_by("last_name", "username")
        )
    return User.objects.filter(pk=user.pk).order_by("pk")


@dataclass
class TrustGroup:
    version: int
    language: str
    rows: list[tuple[str, str, Trust]]  # criterion key, its name, its figures


def rubric_trust(rubric) -> list[TrustGroup]:
    """Per version of `rubric` and language, each criterion's automatic result against people's:
    every agreed calibration answer, every overridden criterion, and every criterion of a
    report a supervisor marked reviewed without changing it (they upheld it)."""
    pairs = [
        Pair(
            (item.rubric_version.number, item.language),
            answer.criterion,
            _automatic(item.automatic_result, answer.criterion),
            answer.result,
        )
        for item in CalibrationItem.objects.filter(rubric_version__rubric=rubric)
        .select_related("rubric_version")
        .prefetch_related("agreed")
        for answer in item.agreed.all()
    ]
    overrides: dict[int, dict[str, str]] = defaultdict(dict)
    for scorecard_id, criterion, after in (
        CriterionOverride.objects.filter(scorecard__rubric_version__rubric=rubric)
        .order_by("created_at", "pk")
        .values_list("scorecard_id", "criterion", "after")
    ):
        overrides[scorecard_id][criterion] = after  # the latest override of a criterion wins
    judged = (
        Scorecard.objects.filter(rubric_version__rubric=rubric)
        .filter(Q(reviewed_at__isnull=False) | Q(pk__in=list(overrides)))
        .values_list("pk", "rubric_version__number", "language", "automatic_result", "reviewed_at")
    )
    for pk, number, language, automatic, reviewed_at in judged:
        for criterion in automatic["criteria"]:
            human = overrides[pk].get(criterion["key"], criterion["result"] if reviewed_at else None)
            if human is not None:
                pairs.append(Pair((number, language), criterion["key"], criterion["result"], human))
    table = criterion_trust(pairs)
    return [
        TrustGroup(
            version=number,
            language=language,
            rows=[(key, str(criterion_display_name(key)), trust) for key, trust in table[(number, language)].items()],
        )
        for number, language in sorted(table, key=lambda group: (-group[0], group[1]))
    ]


def _automatic(result: dict, key: str) -> str:
    return next(criterion["result"] for criterion in result["criteria"] if criterion["key"] == key)


def sessions_awaiting_answers(user) -> QuerySet[CalibrationSession]:
    """Sessions not yet revealed in which `user` has not handed in their answers."""
    if not user.is_authenticated:
        return CalibrationSession.objects.none()
    return CalibrationSession.objects.filter(
        revealed_at__isnull=True, reviewers__user=user, reviewers__submitted_at__isnull=True
    )
