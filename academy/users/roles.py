"""The three kinds of people who use the Academy, as Django groups, and the one rule that
says who holds which: models, selectors, views and templates all ask here.

A user's role is the group they belong to; Wagtail permissions hang off the same
groups, so trainers and supervisors reach the admin and agents do not. A superuser
counts as a trainer whatever their groups, since they can do all a trainer can.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractUser, AnonymousUser

    Visitor = AbstractUser | AnonymousUser | None


class Role(StrEnum):
    AGENT = "Agent"
    TRAINER = "Trainer"
    SUPERVISOR = "Supervisor"


def user_roles(user: Visitor) -> frozenset[Role]:
    """Every role `user` holds, read in one query; none for a visitor who is not signed in."""
    if user is None or not user.is_authenticated:
        return frozenset()
    held = {Role(name) for name in user.groups.filter(name__in=list(Role)).values_list("name", flat=True)}
    if user.is_superuser:
        held.add(Role.TRAINER)
    return frozenset(held)


def user_is_agent(user: Visitor) -> bool:
    return Role.AGENT in user_roles(user)


def user_is_trainer(user: Visitor) -> bool:
    return Role.TRAINER in user_roles(user)


def user_is_supervisor(user: Visitor) -> bool:
    return Role.SUPERVISOR in user_roles(user)
