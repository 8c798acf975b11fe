"""Greetings in the languages and dialects people answer the phone in (../shared/specs/default-rubrics.md,
"greeting": the cue lists are examples and equivalent wording counts). Naming only the company and
the agent, with no greeting word, still fails.
"""

import pytest

from tests.feedback.scoring.builders import call, result

GREETINGS = [
    ("en", "Kia ora, Tui Broadband, Aroha speaking.", "Aroha", "pass"),
    ("en", "G'day, Outback Rentals, you're through to Mick.", "Mick", "pass"),
    ("en", "Bore da, Cymru Water, Dafydd speaking.", "Dafydd", "pass"),
    ("en", "Howzit, Cape Telecom, this is Thabo.", "Thabo", "pass"),
    ("en", "Tui Broadband, Aroha speaking.", "Aroha", "fail"),
    ("en", "Outback Rentals, Mick here, what's up?", "Mick", "fail"),
    ("it", "Bongiorno, Ferramenta Sulis, sono Efisio.", "Efisio", "pass"),
    ("it", "Mandi, Latteria Friulana, sono Gianna.", "Gianna", "pass"),
    ("it", "'Giorno, Trasporti Rossi, sono Paolo.", "Paolo", "pass"),
    ("it", "Ferramenta Sulis, sono Efisio.", "Efisio", "fail"),
    ("it", "Trasporti Rossi, sono Paolo, il giorno della consegna è domani.", "Paolo", "fail"),
]


@pytest.mark.parametrize(("language", "opening", "agent", "expected"), GREETINGS)
def test_a_regional_or_other_language_greeting_greets(language, opening, agent, expected):
    assert result(call(language, f"A: {opening}", agent_name=agent), "greeting") == expected


# The agent named as whom the caller has reached: "you've got Rhiannon", "ha trovato Tiziana".
REACHED = [
    ("en", "Afternoon, Valleys Water, you've got Rhiannon.", "Rhiannon", "pass"),
    ("en", "Afternoon, Valleys Water, you've got the billing team.", "Rhiannon", "fail"),
    ("it", "Buongiorno, ha trovato Tiziana del servizio clienti.", "Tiziana", "pass"),
    ("it", "Buongiorno, ha trovato il servizio clienti.", "Tiziana", "fail"),
]


@pytest.mark.parametrize(("language", "opening", "agent", "expected"), REACHED)
def test_the_agent_named_as_whom_the_caller_has_reached_gives_their_name(language, opening, agent, expected):
    assert result(call(language, f"A: {opening}", agent_name=agent), "greeting") == expected
