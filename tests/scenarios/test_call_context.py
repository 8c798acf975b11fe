"""Every practice attempt knows its call before it starts: the agent, the scenario's customer,
verification and vocabulary, as one CallContext for recognition and scoring alike."""

import pytest

from scenarios.services.pipeline import attempt_call_context
from tests.factories import AgentFactory
from tests.scenarios.factories import AttemptFactory, ScenarioFactory
from transcription.context import CallContext

pytestmark = pytest.mark.django_db


def test_an_attempt_builds_its_context_from_its_agent_and_scenario():
    scenario = ScenarioFactory(
        customer_name="Anna Galli", requires_verification=True, vocabulary="modem\n\n  numero d'ordine \nmodem\n"
    )
    attempt = AttemptFactory(agent=AgentFactory(first_name="Giulia"), scenario=scenario)

    assert attempt_call_context(attempt) == CallContext(
        agent_name="Giulia",
        customer_name="Anna Galli",
        requires_verification=True,
        vocabulary=("modem", "numero d'ordine"),
    )


def test_the_context_gives_the_transcript_its_names_and_verification_flag():
    attempt = AttemptFactory(
        agent=AgentFactory(first_name="Giulia"), scenario=ScenarioFactory(requires_verification=False)
    )

    assert attempt_call_context(attempt).transcript_fields() == {
        "agent_name": "Giulia",
        "customer_name": "Sarah Miller",
        "requires_verification": False,
    }


def test_an_attempt_whose_scenario_was_deleted_still_knows_its_agent():
    attempt = AttemptFactory(agent=AgentFactory(first_name="", username="emma"), scenario=None, title="Old scenario")

    assert attempt_call_context(attempt) == CallContext(agent_name="emma")
