"""The three kinds of people who use the Academy, as Django groups, and the one rule that
says who holds which: models, selectors, views and templates all ask here.

A user's role is the group they belong to; Wagtail permissions hang off the same
groups, so trainers and supervisors reach the admin and agents do not. A superuser
counts as a trainer whatever their groups, since they can do all a trainer can.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from django.db.models import prefetch_related_objects

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractUser, AnonymousUser

    Visitor = AbstractUser | AnonymousUser | None


class Role(StrEnum):
    AGENT = "Agent"
    TRAINER = "Trainer"
    SUPERVISOR = "Supervisor"


def user_roles(user: Visitor) -> frozenset[Role]:
    """Every role `user` holds; none for a visitor who is not signed in.

    The groups are read in one query the first time and kept on the user object (Django's
    prefetch cache): a page asks several times (the view, its selectors, the navigation),
    and `user.groups.add/remove/set/clear` drop what was kept."""
    if user is None or not user.is_authenticated:
        return frozenset()
    prefetch_related_objects([user], "groups")
    names = {group.name for group in user.groups.all()}
    held = {role for role in Role if role.value in names}
    if user.is_superuser:
        held.add(Role.TRAINER)
    return frozenset(held)


def user_is_agent(user: Visitor) -> bool:
    return Role.AGENT in user_roles(user)


def user_is_trainer(user: Visitor) -> bool:
    return Role.TRAINER in user_roles(user)


def user_is_supervisor(user: Visitor) -> bool:
    return Role.SUPERVISOR in user_roles(user)
