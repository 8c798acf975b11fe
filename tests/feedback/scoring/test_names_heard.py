"""Names matched as they are heard: a known name, misspelt by speech recognition, still counts;
a different name still fails; without a known name nothing is loosened."""

from __future__ import annotations

import pytest

from feedback.scoring.names import sounds_like
from tests.feedback.scoring.builders import call, result

HEARD_AS = [
    ("it", "Giulia", "Julia"),
    ("it", "Galli", "Gally"),
    ("it", "Ferretti", "Feretti"),
    ("it", "Chiara", "Kiara"),
    ("it", "Bianchi", "Bianki"),
    ("en", "Catherine", "Katherine"),
    ("en", "Okafor", "Okafur"),
    ("en", "Smith", "Smyth"),
    ("en", "Daniel", "Danielle"),
    ("en", "Giulia", "Julia"),
]
DIFFERENT = [
    ("it", "Giulia", "Giorgia"),
    ("it", "Galli", "Gatti"),
    ("it", "Rossi", "Russo"),
    ("it", "Paolo", "Paola"),
    ("it", "Marco", "Mario"),
    ("it", "Luca", "Lucia"),
    ("it", "Chiara", "Clara"),
    ("it", "Galli", "gli"),
    ("en", "Catherine", "Caroline"),
    ("en", "Okafor", "Okoye"),
    ("en", "Paolo", "Paola"),
    ("en", "Dan", "that"),
    ("en", "Galli", "call"),
    ("en", "Rossi", "Russo"),
]


@pytest.mark.parametrize(("language", "name", "heard"), HEARD_AS)
def test_a_spelling_that_sounds_the_same_is_the_name(language, name, heard):
    assert sounds_like(heard, name, language)


@pytest.mark.parametrize(("language", "name", "heard"), DIFFERENT)
def test_a_name_that_sounds_different_is_another_name(language, name, heard):
    assert not sounds_like(heard, name, language)


GREETING = [
    ("it", "Giulia", "A: Buongiorno, sono Julia di Fibra Italia, come posso aiutarla?", "pass"),
    ("it", "Giulia", "A: Buongiorno, sono Giorgia di Fibra Italia, come posso aiutarla?", "fail"),
    ("en", "Catherine", "A: Good morning, this is Katherine at Northwind, how can I help?", "pass"),
    ("en", "Catherine", "A: Good morning, this is Caroline at Northwind, how can I help?", "fail"),
]


@pytest.mark.parametrize(("language", "agent", "line", "expected"), GREETING)
def test_the_agents_own_name_counts_as_heard(language, agent, line, expected):
    assert result(call(language, line, agent_name=agent), "greeting") == expected


CUSTOMER_NAME = [
    ("it", "Anna Galli", "A: Grazie signora Gally, verifico subito.", "pass"),
    ("it", "Anna Galli", "A: Grazie signora Gal li, verifico subito.", "pass"),
    ("it", "Anna Galli", "A: Grazie signora Gatti, verifico subito.", "fail"),
    ("it", "Anna Galli", "A: Grazie, gli mando subito la conferma.", "fail"),
    ("en", "Daniel Okafor", "A: Thanks, Mr Okafur, I'll check that now.", "pass"),
    ("en", "Daniel Okafor", "A: Thanks, Mr Okoye, I'll check that now.", "fail"),
]


@pytest.mark.parametrize(("language", "customer", "line", "expected"), CUSTOMER_NAME)
def test_the_customers_known_name_counts_as_heard(language, customer, line, expected):
    assert (
        result(
            call(language, "C: Buongiorno." if language == "it" else "C: Hello.", line, customer_name=customer),
            "customer_name",
        )
        == expected
    )


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        ("it", ["C: Buongiorno, sono Anna Galli.", "A: Grazie signora Gally, verifico subito."]),
        ("en", ["C: Hi, my name is Daniel Okafor.", "A: Thanks, Mr Okafur, I'll check that now."]),
    ],
)
def test_a_name_only_given_in_the_conversation_is_matched_as_written(language, lines):
    assert result(call(language, *lines), "customer_name") == "fail"


# The customer's known name; the line with the name in its place (after a title, or set off as an address); a
# word close to the name; another name.
CUSTOMER_NAME_IN_ITS_PLACE = [
    ("it", "Lucia Greco", "A: Grazie, signora {name}, verifico subito.", "Peco", "Rossi"),
    ("en", "Sophie Brennan", "A: Thanks, Mrs {name}, I'll check that now.", "Brendan", "Bradley"),
    ("it", "Massimo Conti", "A: Grazie, {name}, verifico subito.", "Bassimo", "Andrea"),
    ("en", "Declan Fahy", "A: Thanks, {name}, and give Bran a pat from me.", "Beclan", "Brendan"),
]
UNSURE, SURE = 0.6, 0.98


@pytest.mark.parametrize(("language", "customer", "line", "close", "other"), CUSTOMER_NAME_IN_ITS_PLACE)
def test_a_name_heard_unsure_in_its_place_counts_when_it_sounds_close_to_the_customers(
    language, customer, line, close, other
):
    """ "signora Greco" heard "signora Peco" (0.52), "Thanks, Declan," heard "Thanks, Beclan," (0.39): after a
    title, or a capitalised word alone between a comma and the next mark (an address), a word the recogniser
    doubted that is two sounds from the known name is the name misheard. Heard for sure, typed, or sounding
    like another name, it is not."""
    assert addressed_heard(language, customer, line, close, UNSURE) == "pass"
    assert addressed_heard(language, customer, line, close, SURE) == "fail"
    assert addressed_heard(language, customer, line, close, None) == "fail"
    assert addressed_heard(language, customer, line, other, UNSURE) == "fail"


@pytest.mark.parametrize(
    ("language", "customer", "line", "close"),
    [
        ("it", "Massimo Conti", "A: Ne parlo con {name} domani.", "Bassimo"),
        ("en", "Declan Fahy", "A: Thanks to {name} for that.", "Beclan"),
    ],
)
def test_a_word_close_to_the_name_run_into_its_clause_is_no_address(language, customer, line, close):
    assert addressed_heard(language, customer, line, close, UNSURE) == "fail"


def addressed_heard(language: str, customer: str, line: str, name: str, probability: float | None) -> str:
    """The customer-name result for the agent's ``line`` with ``name`` in it, heard with ``probability``."""
    transcript = call(language, "C: Hello.", line.format(name=name), customer_name=customer)
    return result(heard(transcript, name, probability), "customer_name")


# The agent's known name, the introduction heard with the name as a common word, and another common word.
LEAD_IN_NAME_HEARD = {
    "it": ("Irene", "A: Buonasera, Cinema Lux, sono {name}, come posso aiutarla?", "bene", "sera"),
    "en": ("Steven", "A: Good morning, my name's {name}, how can I help?", "even", "morning"),
}
BARELY = 0.16


@pytest.mark.parametrize("language", ["it", "en"])
def test_the_agents_name_barely_heard_as_a_common_word_after_the_introduction_counts(language):
    """ "sono Irene" heard "sono bene" (0.16): a word the recogniser barely heard after an introducing
    word, two sounds from the agent's known name, is the name misheard, common word or not. Heard
    unsure but not barely, typed, or far from the name, it is not."""
    agent, line, close, other = LEAD_IN_NAME_HEARD[language]

    assert greeting_heard(language, agent, line, agent, None) == "pass"
    assert greeting_heard(language, agent, line, close, BARELY) == "pass"
    assert greeting_heard(language, agent, line, close, UNSURE) == "fail"
    assert greeting_heard(language, agent, line, close, None) == "fail"
    assert greeting_heard(language, agent, line, other, BARELY) == "fail"


# The agent's known name; the name heard as another word (no common one) after the introduction, or run into
# the introducing word before it or the word after it and heard as one word; a far name in the same place.
NAME_IN_ITS_PLACE = [
    ("it", "Elisa", "A: Buongiorno, Lockerbox assistenza, sono {name}.", "Melisa", "Marisa"),
    ("en", "Darren", "A: Good afternoon, Mill Removals, this is {name}.", "Barren", "Dylan"),
    ("it", "Dario", "A: Buongiorno, ufficio orientamento, {name}, come posso aiutarla?", "sonotario", "sonopietro"),
    ("en", "Morag", "A: Hello there, you're through to {name} Strathconon Distillery.", "Moragat", "Fionaat"),
]


@pytest.mark.parametrize(("language", "agent", "line", "close", "other"), NAME_IN_ITS_PLACE)
def test_the_agents_name_heard_unsure_in_its_place_counts_when_it_sounds_close(language, agent, line, close, other):
    """ "sono Elisa" heard "sono Melisa" (0.37), "sono Dario" heard "sonotario", "Morag at" heard "Moragat's":
    after an introducing word, as after a title, or run together with it, a word the recogniser doubted that is
    two sounds from the agent's known name is the name misheard. Heard for sure, typed, or far from the name,
    it is not."""
    assert greeting_heard(language, agent, line, close, UNSURE) == "pass"
    assert greeting_heard(language, agent, line, close, SURE) == "fail"
    assert greeting_heard(language, agent, line, close, None) == "fail"
    assert greeting_heard(language, agent, line, other, UNSURE) == "fail"


def greeting_heard(language: str, agent: str, line: str, name: str, probability: float | None) -> str:
    """The greeting's result for the agent's opening ``line`` with ``name`` in it, heard with ``probability``."""
    transcript = call(language, line.format(name=name), "C: Hello.", agent_name=agent)
    return result(heard(transcript, name, probability), "greeting")


def heard(transcript: dict, name: str, probability: float | None) -> dict:
    """The transcript as a recording's (``probability`` None: typed), the word ``name`` heard with
    ``probability`` and every other word for sure."""
    if probability is not None:
        for segment in transcript["segments"]:
            segment["words"] = [
                {"word": word, "start": 0.0, "end": 0.0, "probability": probability if name in word else SURE}
                for word in segment["text"].split()
            ]
    return transcript
