"""Reads of scorecards. Every view that shows a scorecard goes through these, so the
visibility rule is applied in one place: :func:`scorecards_visible_to`."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Avg, Count, Exists, OuterRef, Q, QuerySet, Subquery
from django.http import Http404

from academy.teams.selectors import agents_visible_to
from academy.users.roles import user_is_supervisor, user_is_trainer
from feedback.rubrics.models import Rubric

from . import hooks
from .models import ActionItem, CriterionOverride, Dispute, Scorecard

# How many of each kind of item the home page shows; the rest is one link away.
HOME_ROWS = 5


def scorecards_visible_to(user) -> QuerySet[Scorecard]:
    """THE rule of who reads a practice's result (criteria, transcript, recording) or acts on it.

    Practice is the agent's own until they submit it: the agent reads every report of
    theirs; the people academy.teams lets see the agent (their supervisors, trainers)
    read only the reports the agent submitted for review. Before that, others learn at
    most that the practice exists and its score (scenarios' attempt lists), and cannot
    review or override it. Attempts, reviews, queues and progress all read through here.
    A report someone is asked to score blind (a calibration session not yet revealed) is
    withheld from them, whatever URL they open. None for anonymous users.
    """
    if not user.is_authenticated:
        return Scorecard.objects.none()
    shared = Q(submitted_at__isnull=False, agent__in=agents_visible_to(user))
    visible = Scorecard.objects.filter(Q(agent=user) | shared)
    for withheld in hooks.withheld_scorecard_providers:  # judged blind elsewhere (calibration)
        visible = visible.exclude(pk__in=withheld(user))
    return visible.select_related("agent", "rubric_version__rubric")


def scorecard_get_for_user(*, user, pk: int) -> Scorecard:
    """The scorecard `pk` if `user` may see it; Http404 otherwise, so existence does not leak."""
    try:
        return scorecards_visible_to(user).get(pk=pk)
    except (Scorecard.DoesNotExist, ValueError, TypeError):
        raise Http404("No such scorecard") from None


def user_can_review(user, scorecard: Scorecard) -> bool:
    """Supervisors of the agent's teams and trainers review what they may see; nobody reviews their own work."""
    if not user.is_authenticated or user.pk == scorecard.agent_id:
        return False
    if not (user_is_trainer(user) or user_is_supervisor(user)):
        return False
    return scorecards_visible_to(user).filter(pk=scorecard.pk).exists()


class QueueState:
    """What a review-queue row waits for; the queue's filter reads these values."""

    PENDING = "pending"  # submitted, not reviewed yet
    DISPUTED = "disputed"  # an open dispute, reviewed or not


@dataclass(frozen=True)
class QueueFilter:
    """The review queue's filters: one agent, one kind of work, submitted between two dates."""

    agent_id: int | None = None
    state: str | None = None
    since: date | None = None
    until: date | None = None


def review_queue_for(user, queue_filter: QueueFilter = QueueFilter()) -> QuerySet[Scorecard]:
    """Submitted scorecards waiting for `user`: not yet reviewed, or with an open dispute,
    oldest first; `open_dispute_criterion` names the first disputed criterion, for a link to it.

    Supervisors see their teams' agents; trainers see every agent's."""
    if not (user_is_trainer(user) or user_is_supervisor(user)):
        return Scorecard.objects.none()
    first_dispute = Dispute.objects.filter(scorecard=OuterRef("pk"), status=Dispute.Status.OPEN).order_by(
        "created_at", "pk"
    )
    queue = (
        scorecard_rows(scorecards_visible_to(user).exclude(agent=user))
        .annotate(open_dispute_criterion=Subquery(first_dispute.values("criterion")[:1]))
        .filter(Q(reviewed_at__isnull=True) | Q(has_open_dispute=True))
    )
    if queue_filter.agent_id is not None:
        queue = queue.filter(agent_id=queue_filter.agent_id)
    if queue_filter.state == QueueState.PENDING:
        queue = queue.filter(reviewed_at__isnull=True)
    elif queue_filter.state == QueueState.DISPUTED:
        queue = queue.filter(has_open_dispute=True)
    if queue_filter.since is not None:
        queue = queue.filter(submitted_at__date__gte=queue_filter.since)
    if queue_filter.until is not None:
        queue = queue.filter(submitted_at__date__lte=queue_filter.until)
    return queue.order_by("submitted_at", "pk")


def review_counts_for(user) -> dict[str, int]:
    """How much waits in `user`'s review queue: reports to review and open disputes, one query."""
    queue = review_queue_for(user)
    return queue.aggregate(
        pending=Count("pk", filter=Q(reviewed_at__isnull=True)),
        disputed=Count("pk", filter=Q(has_open_dispute=True)),
    )


def coaching_for_agent(agent) -> dict:
    """An agent's coaching at a glance: their latest reviewed reports (with the supervisor's note)
    and the action items still to do. A few rows of each, newest first, in two queries."""
    own = Scorecard.objects.filter(agent=agent)
    reviewed = (
        own.filter(reviewed_at__isnull=False)
        .select_related("reviewed_by")
        .defer("transcript", "automatic_result", "result")
        .order_by("-reviewed_at", "-pk")
    )
    items = (
        ActionItem.objects.filter(scorecard__agent=agent, done_at__isnull=True)
        .select_related("scorecard")
        .only("id", "text", "created_at", "scorecard__id", "scorecard__title", "scorecard__agent_id")
        .order_by("-created_at", "-pk")
    )
    return {"reviewed": list(reviewed[:HOME_ROWS]), "action_items": list(items[: HOME_ROWS * 2])}


def scorecard_rows(scorecards: QuerySet[Scorecard]) -> QuerySet[Scorecard]:
    """`scorecards` shaped for a list page: the agent joined, whether a dispute is open, and
    none of the large JSON columns (transcript, results), so a page of rows stays light."""
    open_disputes = Dispute.objects.filter(scorecard=OuterRef("pk"), status=Dispute.Status.OPEN)
    return (
        scorecards.select_related(None)
        .select_related("agent")
        .defer("transcript", "automatic_result", "result", "coaching_note")
        .annotate(has_open_dispute=Exists(open_disputes))
    )


@dataclass(frozen=True)
class RubricPerformance:
    rubric: Rubric
    name: str  # in the reader's language
    reports: int
    passed: int
    average_score: float | None
    overridden: int  # reports whose result a person changed: where the rubric and people disagree

    @property
    def pass_rate(self) -> float | None:
        return 100 * self.passed / self.reports if self.reports else None

    @property
    def override_rate(self) -> float | None:
        return 100 * self.overridden / self.reports if self.reports else None


def rubric_performance(language: str) -> list[RubricPerformance]:
    """How each rubric performs across every version: reports scored, pass rate, average score
    and how often a reviewer overrode it. Three grouped queries however many reports there are."""
    scored = {
        row["rubric_version__rubric"]: row
        for row in Scorecard.objects.order_by()
        .values("rubric_version__rubric")
        .annotate(reports=Count("pk"), passed=Count("pk", filter=Q(passed=True)), average=Avg("score"))
    }
    overridden = dict(
        CriterionOverride.objects.order_by()
        .values("scorecard__rubric_version__rubric")
        .annotate(reports=Count("scorecard", distinct=True))
        .values_list("scorecard__rubric_version__rubric", "reports")
    )
    return [
        RubricPerformance(
            rubric,
            rubric.name_in(language),
            scored.get(rubric.pk, {}).get("reports", 0),
            scored.get(rubric.pk, {}).get("passed", 0),
            scored.get(rubric.pk, {}).get("average"),
            overridden.get(rubric.pk, 0),
        )
        for rubric in Rubric.objects.order_by("channel", "name")
    ]
