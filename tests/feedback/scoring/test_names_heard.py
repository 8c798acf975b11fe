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


TITLE_NAME_HEARD = {
    "it": ("Lucia Greco", "A: Grazie, signora {name}, verifico subito.", "Peco", "Rossi"),
    "en": ("Sophie Brennan", "A: Thanks, Mrs {name}, I'll check that now.", "Brendan", "Bradley"),
}
UNSURE, SURE = 0.6, 0.98


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_name_heard_unsure_after_a_title_counts_when_it_sounds_close_to_the_customers(language):
    """ "signora Greco" heard "signora Peco" (0.52): in the place of a name, a word the recogniser
    doubted that is two sounds from the known name is the name misheard. Heard for sure, typed, or
    sounding like another name, it is not."""
    customer, line, close, other = TITLE_NAME_HEARD[language]

    def addressed(name: str, probability: float | None) -> str:
        transcript = call(language, "C: Hello.", line.format(name=name), customer_name=customer)
        return result(heard(transcript, name, probability), "customer_name")

    assert addressed(close, UNSURE) == "pass"
    assert addressed(close, SURE) == "fail"
    assert addressed(close, None) == "fail"
    assert addressed(other, UNSURE) == "fail"


ADDRESS_NAME_HEARD = {
    "it": (
        "Massimo Conti",
        "A: Grazie, {name}, verifico subito.",
        "Bassimo",
        "Andrea",
        "A: Ne parlo con {name} domani.",
    ),
    "en": (
        "Declan Fahy",
        "A: Thanks, {name}, and give Bran a pat from me.",
        "Beclan",
        "Brendan",
        "A: Thanks to {name} for that.",
    ),
}


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_name_heard_unsure_set_off_as_an_address_counts_when_it_sounds_close_to_the_customers(language):
    """ "Thanks, Declan," heard "Thanks, Beclan," (0.39): a capitalised word alone between a comma and the
    next mark stands where the customer is addressed, like a word after a title. Heard for sure, typed,
    sounding like another name, or run on into its clause, it is not."""
    customer, line, close, other, in_a_clause = ADDRESS_NAME_HEARD[language]

    def addressed(name: str, probability: float | None, said: str = line) -> str:
        transcript = call(language, "C: Hello.", said.format(name=name), customer_name=customer)
        return result(heard(transcript, name, probability), "customer_name")

    assert addressed(close, UNSURE) == "pass"
    assert addressed(close, SURE) == "fail"
    assert addressed(close, None) == "fail"
    assert addressed(other, UNSURE) == "fail"
    assert addressed(close, UNSURE, in_a_clause) == "fail"


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

    def greeting(name: str, probability: float | None) -> str:
        transcript = call(language, line.format(name=name), "C: Hello.", agent_name=agent)
        return result(heard(transcript, name, probability), "greeting")

    assert greeting(agent, None) == "pass"
    assert greeting(close, BARELY) == "pass"
    assert greeting(close, UNSURE) == "fail"
    assert greeting(close, None) == "fail"
    assert greeting(other, BARELY) == "fail"


# The agent's known name, the introduction heard with the name as another word (no common one), and a far one.
LEAD_IN_NAME_UNSURE = {
    "it": ("Elisa", "A: Buongiorno, Lockerbox assistenza, sono {name}.", "Melisa", "Marisa"),
    "en": ("Darren", "A: Good afternoon, Mill Removals, this is {name}.", "Barren", "Dylan"),
}


@pytest.mark.parametrize("language", ["it", "en"])
def test_the_agents_name_heard_unsure_after_the_introduction_counts_when_it_sounds_close(language):
    """ "sono Elisa" heard "sono Melisa" (0.37): after an introducing word, as after a title, a word the
    recogniser doubted that is two sounds from the agent's known name is the name misheard. Heard for
    sure, typed, or far from the name, it is not."""
    agent, line, close, other = LEAD_IN_NAME_UNSURE[language]

    def greeting(name: str, probability: float | None) -> str:
        transcript = call(language, line.format(name=name), "C: Hello.", agent_name=agent)
        return result(heard(transcript, name, probability), "greeting")

    assert greeting(close, UNSURE) == "pass"
    assert greeting(close, SURE) == "fail"
    assert greeting(close, None) == "fail"
    assert greeting(other, UNSURE) == "fail"


# The agent's known name; the introduction with the name run into the word before or after it, heard as one
# word; a word run together the same way with another name.
RUN_TOGETHER = {
    "it": ("Dario", "A: Buongiorno, ufficio orientamento, {name}, come posso aiutarla?", "sonotario", "sonopietro"),
    "en": (
        "Morag",
        "A: Hello there, you're through to {name} Strathconon Distillery, how can I help?",
        "Moragat",
        "Fionaat",
    ),
}


@pytest.mark.parametrize("language", ["it", "en"])
def test_the_agents_name_run_together_with_the_introduction_counts_heard_unsure(language):
    """ "sono Dario" heard "sonotario", "Morag at" heard "Moragat's": an introducing word and a word close to
    the agent's known name written as one word the recogniser doubted introduce the agent. Heard for sure,
    typed, or with another name run in, it is one word."""
    agent, line, joined, other = RUN_TOGETHER[language]

    def greeting(name: str, probability: float | None) -> str:
        transcript = call(language, line.format(name=name), "C: Hello.", agent_name=agent)
        return result(heard(transcript, name, probability), "greeting")

    assert greeting(joined, UNSURE) == "pass"
    assert greeting(joined, SURE) == "fail"
    assert greeting(joined, None) == "fail"
    assert greeting(other, UNSURE) == "fail"


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
