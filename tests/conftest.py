"""Shared fixtures: the three people of every permission story (owner, their
supervisor, an outsider) plus a trainer, and a CSRF-enforcing client."""
import pytest
from django.test import Client

from tests.factories import PASSWORD, AgentFactory, SupervisorFactory, TeamFactory, TrainerFactory


@pytest.fixture
def agent(db):
    return AgentFactory()


@pytest.fixture
def other_agent(db):
    return AgentFactory()


@pytest.fixture
def supervisor(db, agent):
    sup = SupervisorFactory()
    TeamFactory(agents=[agent], supervisors=[sup])
    return sup


@pytest.fixture
def other_supervisor(db, other_agent):
    sup = SupervisorFactory()
    TeamFactory(agents=[other_agent], supervisors=[sup])
    return sup


@pytest.fixture
def trainer(db):
    return TrainerFactory()


@pytest.fixture
def client_for():
    """A logged-in client that enforces CSRF like a browser would."""

    def make(user) -> Client:
        client = Client(enforce_csrf_checks=True)
        if user is not None:
            assert client.login(username=user.username, password=PASSWORD)
        return client

    return make
