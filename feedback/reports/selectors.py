"""Reads of scorecards. Every view that shows a scorecard goes through these, so the
visibility rule of academy.teams (owner, their supervisors, trainers) is applied in one place."""
from django.db.models import QuerySet
from django.http import Http404

from academy.teams.selectors import agents_visible_to

from .models import Scorecard


def scorecards_visible_to(user) -> QuerySet[Scorecard]:
    """Scorecards of every agent `user` may see (none for anonymous users)."""
    return Scorecard.objects.filter(agent__in=agents_visible_to(user)).select_related(
        "agent", "rubric_version__rubric"
    )


def scorecard_get_for_user(*, user, pk: int) -> Scorecard:
    """The scorecard `pk` if `user` may see it; Http404 otherwise, so existence does not leak."""
    try:
        return scorecards_visible_to(user).get(pk=pk)
    except (Scorecard.DoesNotExist, ValueError, TypeError):
        raise Http404("No such scorecard") from None
