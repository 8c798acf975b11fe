"""Words of no language in a recording ("spamento", "frustating"), heard with doubt, are read as the
word of the call's language they sound like; the evidence shows both, and a failure decided by
such a word is left for review. Among words all heard with doubt such a guess completes no cue.
A typed transcript, a word heard for sure, a real word, a proper
noun, a word near a known name and a non-word like no word are kept as written."""

from __future__ import annotations

from functools import partial

import pytest

from feedback.scoring.conversation import agent_cues
from feedback.scoring.misheard import SUSPECT_PROBABILITY
from feedback.scoring.nonwords import nearest_word, read_nonwords
from tests.feedback.scoring.builders import call, criterion, recorded

DOUBTFUL = 0.6
SURE = SUSPECT_PROBABILITY + 0.05

READ_AS = [
    ("it", "spamento", "spavento"),  # m for v
    ("it", "rettura", "lettura"),  # r for l; lettura before the rarer rottura, as far in sound
    ("it", "intermento", "intervento"),
    ("it", "atesa", "attesa"),  # a double letter heard single: the same sound
    ("en", "frustating", "frustrating"),
    ("en", "holld", "hold"),  # sounds as "old" too: the closer spelling wins
    ("en", "pashience", "patience"),
]
NO_WORD_NEAR = [("it", "sprantemo"), ("en", "glorfendix")]


@pytest.mark.parametrize(("language", "heard", "word"), READ_AS)
def test_a_non_word_is_read_as_the_word_it_sounds_like(language, heard, word):
    assert nearest_word(heard, language) == word


@pytest.mark.parametrize(("language", "heard"), NO_WORD_NEAR)
def test_a_non_word_like_no_word_has_no_reading(language, heard):
    assert nearest_word(heard, language) is None


EMPATHY = {
    "it": (
        "A: Buongiorno, sono Chiara di Meridiana, come posso aiutarla?",
        "C: Mi hanno tamponato stamattina.",
        "A: Che {word}, signor Ferretti. Mi dà il numero di polizza?",
    ),
    "en": (
        "A: Good morning, this is Sam at HomeShield, how can I help?",
        "C: My kitchen ceiling is leaking.",
        "A: That sounds really {word}, Mrs Hughes. Can I have your policy number?",
    ),
}
MISHEARD = {"it": "spamento", "en": "frustating"}
UNLIKE = {"it": "sprantemo", "en": "glorfendix"}


def empathy_call(language: str, word: str) -> dict:
    lines = [line.format(word=word) for line in EMPATHY[language]]
    return call(language, *lines, agent_name="Chiara" if language == "it" else "Sam")


@pytest.mark.parametrize("language", ["it", "en"])
def test_empathy_said_in_a_word_heard_as_no_word_counts(language):
    word = MISHEARD[language]
    found = criterion(recorded(empathy_call(language, word), {word: DOUBTFUL}), "empathy")

    assert found["result"] == "pass"
    assert word in found["evidence"][0]["text"]
    assert nearest_word(word, language) in found["evidence"][0]["read_as"]


# The words of the empathy cue around the non-word, and the word after it ("signor", "Mrs").
AROUND = {"it": ("Che", "signor"), "en": ("That", "sounds", "really", "Mrs")}
# One word of the cue heard for sure among them backs the reading.
BACKING = {"it": "Che", "en": "sounds"}


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_non_word_among_words_all_heard_with_doubt_completes_no_empathy(language):
    word = MISHEARD[language]  # "È colpa sua" heard "E col pasura": no "È … paura" from a guess alone
    transcript = recorded(empathy_call(language, word), dict.fromkeys((word, *AROUND[language]), DOUBTFUL))

    found = criterion(transcript, "empathy")

    assert found["result"] == "fail"
    assert all("read_as" not in item for item in found["evidence"])


@pytest.mark.parametrize("language", ["it", "en"])
def test_one_word_of_the_cue_heard_for_sure_backs_the_reading(language):
    doubtful = {word for word in AROUND[language] if word != BACKING[language]}
    transcript = recorded(
        empathy_call(language, MISHEARD[language]), dict.fromkeys((MISHEARD[language], *doubtful), DOUBTFUL)
    )

    found = criterion(transcript, "empathy")

    assert found["result"] == "pass"
    assert nearest_word(MISHEARD[language], language) in found["evidence"][0]["read_as"]


@pytest.mark.parametrize("language", ["it", "en"])
@pytest.mark.parametrize("case", ["typed", "heard for sure", "like no word"])
def test_a_non_word_typed_heard_for_sure_or_like_no_word_stays_as_written(language, case):
    word = UNLIKE[language] if case == "like no word" else MISHEARD[language]
    transcript = empathy_call(language, word)
    if case != "typed":
        transcript = recorded(transcript, {word: SURE if case == "heard for sure" else DOUBTFUL})

    found = criterion(transcript, "empathy")

    assert found["result"] == "fail"
    assert all("read_as" not in item for item in found["evidence"])


HOLD = {
    "it": ("A: Buongiorno, sono Chiara, come posso aiutarla?", "C: Ho un problema.", "A: La metto in {word}."),
    "en": (
        "A: Good morning, this is Sam, how can I help?",
        "C: I have a problem.",
        "A: I'm putting you on {word} now.",
    ),
}
HOLD_HEARD = {"it": "atesa", "en": "holld"}


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_failure_decided_by_a_word_read_so_is_left_for_review(language):
    word = HOLD_HEARD[language]
    lines = [line.format(word=word) for line in HOLD[language]]

    found = criterion(recorded(call(language, *lines), {word: DOUBTFUL}), "hold_etiquette")

    assert found["result"] == "na"
    assert found["review"] is True
    assert word in found["message"]


@pytest.mark.parametrize("language", ["it", "en"])
def test_the_same_non_word_heard_for_sure_is_no_hold(language):
    word = HOLD_HEARD[language]
    lines = [line.format(word=word) for line in HOLD[language]]

    assert criterion(recorded(call(language, *lines), {word: SURE}), "hold_etiquette")["result"] == "na"
    assert "review" not in criterion(recorded(call(language, *lines), {word: SURE}), "hold_etiquette")


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_hold_guessed_among_words_all_heard_with_doubt_is_no_hold_to_review(language):
    word = HOLD_HEARD[language]
    lines = [line.format(word=word) for line in HOLD[language]]
    agent_words = [part.strip(".,") for part in lines[-1].removeprefix("A: ").split()]

    found = criterion(recorded(call(language, *lines), dict.fromkeys(agent_words, DOUBTFUL)), "hold_etiquette")

    assert found["result"] == "na"
    assert "review" not in found


KEPT = [
    ("it", "A: Grazie, signor Feretti, verifico subito.", "Feretti", {"customer_name": "Mario Ferretti"}),  # a name
    ("it", "A: Benvenuto in Bianki Assicurazioni, sono Giulia.", "Bianki", {}),  # a capital inside a sentence
    ("it", "A: È stato un tutto spavento.", "tutto", {}),  # a word of the language
    ("en", "A: Thanks, Mr Okafur, I'll check that now.", "Okafur", {"customer_name": "Daniel Okafor"}),
    ("en", "A: Welcome to Whitacker Insurance, this is Dan.", "Whitacker", {}),
    ("en", "A: That is a rotten way to end a holiday.", "rotten", {}),
]


@pytest.mark.parametrize(("language", "line", "word", "fields"), KEPT)
def test_names_proper_nouns_and_words_of_the_language_are_kept(language, line, word, fields):
    transcript = recorded(call(language, line, **fields), {word: DOUBTFUL})
    assert nearest_word(word, language)  # a word of the language is near: kept for what it is

    assert read_nonwords(transcript, partial(agent_cues, language=language, channel="phone")) is transcript


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_sentence_opening_non_word_is_read_with_its_capital(language):
    heard, word = ("Atesa", "Attesa") if language == "it" else ("Frustating", "Frustrating")
    transcript = recorded(call(language, f"A: Bene. {heard} finita."), {heard: DOUBTFUL})

    read = read_nonwords(transcript, partial(agent_cues, language=language, channel="phone"))["segments"][0]

    assert read["text"] == f"Bene. {word} finita."
    assert read["words"][1] == {**transcript["segments"][0]["words"][1], "word": word, "heard": heard}
