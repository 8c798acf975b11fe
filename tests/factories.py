"""Factories for the people every test needs: agents, supervisors, trainers, teams.

Apps add their own factories in this module's siblings (tests/<app>/factories.py)
and import these for users.
"""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from academy.teams.models import Team
from academy.users.roles import Role

PASSWORD = "correct-horse-battery"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")
    language = "en"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        """`UserFactory(role=Role.TRAINER)` puts the user in that role's group."""
        if create and extracted:
            self.groups.add(Group.objects.get(name=Role(extracted).value))
        if create:
            self.save()


def _in_role(role: Role) -> factory.PostGeneration:
    def add(user, create, extracted, **kwargs):
        if create:
            user.groups.add(Group.objects.get(name=role.value))
            user.save()

    return factory.PostGeneration(add)


class AgentFactory(UserFactory):
    username = factory.Sequence(lambda n: f"agent{n}")
    role = _in_role(Role.AGENT)


class SupervisorFactory(UserFactory):
    username = factory.Sequence(lambda n: f"supervisor{n}")
    is_staff = True
    role = _in_role(Role.SUPERVISOR)


class TrainerFactory(UserFactory):
    username = factory.Sequence(lambda n: f"trainer{n}")
    is_staff = True
    role = _in_role(Role.TRAINER)


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Team {n}")

    @factory.post_generation
    def agents(self, create, extracted, **kwargs):
        if create and extracted:
            self.agents.add(*extracted)

    @factory.post_generation
    def supervisors(self, create, extracted, **kwargs):
        if create and extracted:
            self.supervisors.add(*extracted)


def agents_bulk(count: int, *, team: Team | None = None, prefix: str = "bulk") -> list:
    """`count` agents in a few queries (lists and benchmarks need hundreds), optionally in `team`.

    They share one password hash and the Agent group, like agents made one by one."""
    from django.contrib.auth.hashers import make_password

    User = get_user_model()
    start = User.objects.count()
    password = make_password(PASSWORD)
    agents = User.objects.bulk_create(
        [
            User(
                username=f"{prefix}{start + n}",
                first_name=f"Agent{start + n}",
                last_name="Bulk",
                email=f"{prefix}{start + n}@example.com",
                language="en",
                password=password,
            )
            for n in range(count)
        ]
    )
    group = Group.objects.get(name=Role.AGENT.value)
    User.groups.through.objects.bulk_create(
        [User.groups.through(user_id=agent.pk, group_id=group.pk) for agent in agents]
    )
    if team is not None:
        team.agents.add(*agents)
    return agents
