"""Who may see an agent's data. Every view that shows an agent's progress,
recordings, transcripts or reports asks here, so the rule lives in one place:
the agent themself, a supervisor of a team the agent belongs to, or a trainer.
Everyone else gets 404, so that existence does not leak.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet

from academy.users.roles import Role, user_is_trainer

from .models import Team


def agents_visible_to(user) -> QuerySet:
    """Users whose private data `user` may see (themself included)."""
    User = get_user_model()
    if not user.is_authenticated:
        return User.objects.none()
    if user_is_trainer(user):
        return User.objects.filter(Q(groups__name=Role.AGENT) | Q(pk=user.pk)).distinct()
    return User.objects.filter(Q(pk=user.pk) | Q(teams__supervisors=user)).distinct()


def user_can_view_agent(user, agent) -> bool:
    """True when `user` may see `agent`'s private data."""
    if not user.is_authenticated or agent is None:
        return False
    if user.pk == agent.pk or user_is_trainer(user):
        return True
    return agent.teams.filter(supervisors=user).exists()


def teams_supervised_by(user) -> QuerySet:
    if not user.is_authenticated:
        return Team.objects.none()
    return Team.objects.filter(supervisors=user)


def teams_visible_to(user) -> QuerySet:
    """Teams whose progress `user` follows: every team for a trainer, their own for a supervisor."""
    return Team.objects.all() if user_is_trainer(user) else teams_supervised_by(user)
