"""A user's roles come from their groups, and a superuser counts as a trainer; models'
callers, selectors and templates all get the same answer from academy.users.roles."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.test import RequestFactory

from academy.users.context_processors import roles as template_roles
from academy.users.roles import Role, user_is_agent, user_is_supervisor, user_is_trainer, user_roles
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_each_role_is_the_group_of_the_same_name(agent, supervisor, trainer):
    assert user_roles(agent) == {Role.AGENT}
    assert user_roles(supervisor) == {Role.SUPERVISOR}
    assert user_roles(trainer) == {Role.TRAINER}


def test_a_superuser_is_a_trainer_without_being_in_the_group():
    admin = UserFactory(is_superuser=True)

    assert user_roles(admin) == {Role.TRAINER}
    assert user_is_trainer(admin) and not user_is_agent(admin) and not user_is_supervisor(admin)


def test_someone_may_hold_two_roles_and_other_groups_are_not_roles():
    coach = UserFactory(role=Role.SUPERVISOR)
    coach.groups.add(Group.objects.get(name=Role.AGENT), Group.objects.create(name="Night shift"))

    assert user_roles(coach) == {Role.AGENT, Role.SUPERVISOR}


def test_a_user_in_no_group_and_a_visitor_who_is_not_signed_in_hold_no_role():
    assert user_roles(UserFactory()) == frozenset()
    assert user_roles(AnonymousUser()) == frozenset()
    assert user_roles(None) == frozenset()


def test_all_roles_are_read_in_one_query_once_for_each_signed_in_user(agent, django_assert_num_queries):
    with django_assert_num_queries(1):
        user_roles(agent)
        user_is_agent(agent)
        user_is_trainer(agent)


def test_a_role_given_or_taken_is_seen_at_once_by_the_same_user_object(agent):
    assert user_roles(agent) == {Role.AGENT}

    agent.groups.add(Group.objects.get(name=Role.SUPERVISOR))
    assert user_roles(agent) == {Role.AGENT, Role.SUPERVISOR}

    agent.groups.remove(Group.objects.get(name=Role.AGENT))
    assert user_roles(agent) == {Role.SUPERVISOR}


@pytest.mark.parametrize(
    ("make", "agent", "trainer", "supervisor"),
    [
        (lambda: UserFactory(role=Role.AGENT), True, False, False),
        (lambda: UserFactory(role=Role.SUPERVISOR), False, False, True),
        (lambda: UserFactory(role=Role.TRAINER), False, True, False),
        (lambda: UserFactory(is_superuser=True), False, True, False),
        (AnonymousUser, False, False, False),
    ],
    ids=["agent", "supervisor", "trainer", "superuser", "anonymous"],
)
def test_templates_see_the_roles_the_views_check(make, agent, trainer, supervisor):
    request = RequestFactory().get("/")
    request.user = make()

    assert template_roles(request) == {"is_agent": agent, "is_trainer": trainer, "is_supervisor": supervisor}
    assert (user_is_agent(request.user), user_is_trainer(request.user), user_is_supervisor(request.user)) == (
        agent,
        trainer,
        supervisor,
    )


def test_a_request_without_a_user_has_no_role_in_templates():
    assert template_roles(RequestFactory().get("/")) == {"is_agent": False, "is_trainer": False, "is_supervisor": False}
