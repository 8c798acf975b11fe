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


# Parting wishes in other words: "you look after yourself", "buone cose", "tante care cose"; regional and
# colloquial goodbyes: "Mandi mandi" (Friuli), "statti bene", "ta-ra", "ta-ta", "see ya", "so long". The same
# words about something else, in a request or in a plan ("mi mandi una foto", "I'll see ya Tuesday", "so long
# as …") do not close.
PARTING_WISHES = [
    ("en", "No worries, you look after yourself.", "pass"),
    ("it", "Di niente, buone cose.", "pass"),
    ("it", "Tante care cose.", "pass"),
    ("en", "You'll need to look after yourself for a few days with that knee, the form is in.", "fail"),
    ("it", "Sono cose che capitano, il modulo è inviato.", "fail"),
    ("it", "Mandi mandi, signora Del Fabbro.", "pass"),
    ("it", "Va bene, mandi.", "pass"),
    ("it", "Statti bene, Gino.", "pass"),
    ("en", "Right you are, ta-ra.", "pass"),
    ("en", "Ta-ta, Mrs Brown.", "pass"),
    ("en", "See ya, Kevin.", "pass"),
    ("en", "So long, then.", "pass"),
    ("it", "Mi mandi una foto del comignolo.", "fail"),
    ("it", "Allora mandi la foto alla mail del negozio.", "fail"),
    ("en", "I'll see ya Tuesday at the depot.", "fail"),
    ("en", "So long as the cask is sealed, it's fine.", "fail"),
]


@pytest.mark.parametrize(("language", "said", "expected"), PARTING_WISHES)
def test_a_parting_wish_in_other_words_closes_the_call(language, said, expected):
    reply = "C: Thanks." if language == "en" else "C: Grazie."
    assert result(call(language, reply, f"A: {said}"), "closing") == expected


# A parting wish with "you" said ("You have a good one, Mrs Lessard", "I hope you have a lovely evening") or in words
# the lists lack ("Si riguardi, signora", "Tante belle cose") closes the call; the same words in a condition, a
# statement or a relative clause ("If you have a good day tomorrow, …", "per ciò che riguarda la fattura") do not.
PARTING_WISHES_MORE = [
    ("en", "You have a good one, Mrs Lessard.", "pass"),
    ("en", "Well, you have a good day now.", "pass"),
    ("en", "I hope you have a lovely evening.", "pass"),
    ("it", "Si riguardi, signora.", "pass"),
    ("it", "Tante belle cose, signor Gino.", "pass"),
    ("en", "If you have a good day tomorrow, ring us to book.", "fail"),
    ("it", "Per ciò che riguarda la fattura, arriva domani.", "fail"),
    ("it", "In negozio ci sono tante belle cose da vedere.", "fail"),
]


@pytest.mark.parametrize(("language", "said", "expected"), PARTING_WISHES_MORE)
def test_a_parting_wish_with_you_said_or_in_other_words_closes_the_call(language, said, expected):
    reply = "C: Thanks." if language == "en" else "C: Grazie."
    assert result(call(language, reply, f"A: {said}"), "closing") == expected
