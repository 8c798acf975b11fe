"""Reads of scorecards. Every view that shows a scorecard goes through these, so the
visibility rule is applied in one place: :func:`scorecards_visible_to`."""
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404

from academy.teams.selectors import agents_visible_to
from academy.users.roles import user_is_supervisor, user_is_trainer

from . import hooks
from .models import Dispute, Scorecard


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


def review_queue_for(user) -> QuerySet[Scorecard]:
    """Submitted scorecards waiting for `user`: not yet reviewed, or with an open dispute.

    Supervisors see their teams' agents; trainers see every agent's."""
    if not (user_is_trainer(user) or user_is_supervisor(user)):
        return Scorecard.objects.none()
    return (
        scorecard_rows(scorecards_visible_to(user).exclude(agent=user))
        .filter(Q(reviewed_at__isnull=True) | Q(has_open_dispute=True))
        .order_by("submitted_at", "pk")
    )


def scorecard_rows(scorecards: QuerySet[Scorecard]) -> QuerySet[Scorecard]:
    """`scorecards` shaped for a list page: the agent joined, whether a dispute is open, and
    none of the large JSON columns (transcript, results), so a page of rows stays light."""
    open_disputes = Dispute.objects.filter(scorecard=OuterRef("pk"), status=Dispute.Status.OPEN)
    return (
        scorecards.select_related(None).select_related("agent")
        .defer("transcript", "automatic_result", "result", "coaching_note")
        .annotate(has_open_dispute=Exists(open_disputes))
    )
