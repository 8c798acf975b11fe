"""A set phrase Whisper heard across the wrong word boundaries, with a few of the sound confusions
it makes on these voices ("arrivederla" → "al di vedere la", "arrabbiarsi" → "a dabbiarsi",
"completely understand" → "complete lee under stand") is read as the phrase: the heard words
said in one breath, with doubt, the phrase the one nearest in sound and near enough. Typed, heard
for sure, far in sound, a promise or a time (whose guess could fail or pass a call), or a word
heard as read in another form, nothing is read."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from feedback.scoring.conversation import agent_cues
from feedback.scoring.misheard import LOW_PROBABILITY, SUSPECT_PROBABILITY, reread_transcript
from tests.feedback.scoring.builders import call, recorded, score

SURE, DOUBTFUL = 0.98, (LOW_PROBABILITY + SUSPECT_PROBABILITY) / 2

OPENING = {
    "en": ("A: Good morning, this is Sam, how can I help?", "C: My card was charged twice."),
    "it": ("A: Buongiorno, sono Giulia, come posso aiutarla?", "C: Mi hanno addebitato due volte."),
}
# criterion, the line as heard, the words heard with doubt, the same line far in sound.
SPLIT_PHRASES = {
    "it": [
        ("closing", "A: Ecco fatto, al di vedere la.", "al di vedere la", "A: Ecco fatto, al di là del mare."),
        ("empathy", "A: È normale a dabbiarsi, signora.", "a dabbiarsi", "A: È normale a dannarsi, signora."),
    ],
    "en": [
        (
            "empathy",
            "A: I complete lee under stand, Mrs Jones.",
            "complete lee under stand",
            "A: I come plea to understand, Mrs Jones.",
        ),
        (
            "verification",
            "A: Can you answer your secure it he question?",
            "secure it he",
            "A: Can you answer your second easy question?",
        ),
    ],
}
CASES = [(language, *case) for language, cases in SPLIT_PHRASES.items() for case in cases]


@pytest.mark.parametrize(("language", "key", "heard", "doubtful", "far"), CASES)
def test_a_phrase_heard_across_other_word_boundaries_is_read_as_the_phrase(language, key, heard, doubtful, far):
    transcript = recorded(phone_call(language, heard), dict.fromkeys(doubtful.split(), DOUBTFUL))

    item = criterion_of(score(transcript), key)

    assert item["result"] == "pass"


@pytest.mark.parametrize(("language", "key", "heard", "doubtful", "far"), CASES)
def test_the_evidence_shows_what_was_heard(language, key, heard, doubtful, far):
    transcript = recorded(phone_call(language, heard), dict.fromkeys(doubtful.split(), DOUBTFUL))

    evidence = criterion_of(score(transcript), key)["evidence"]

    assert any(doubtful in item["text"] and "read_as" in item for item in evidence)


@pytest.mark.parametrize(("language", "key", "heard", "doubtful", "far"), CASES)
@pytest.mark.parametrize("case", ["typed", "heard for sure", "far in sound"])
def test_nothing_is_read_typed_heard_for_sure_or_far_in_sound(language, key, heard, doubtful, far, case):
    if case == "typed":
        transcript = phone_call(language, heard)
    elif case == "heard for sure":
        transcript = recorded(phone_call(language, heard), {})
    else:
        words = far.removeprefix("A: ").strip(".?").replace(",", "").split()
        transcript = recorded(phone_call(language, far), dict.fromkeys(words, DOUBTFUL))

    result = score(transcript)

    assert criterion_of(result, key)["result"] == "fail"
    assert "read_as" not in str(result)


def test_a_word_heard_with_confidence_is_no_part_of_a_phrase_misheard():
    """Only short words (a boundary moved: "e mai" for email) may be heard for sure in the words read."""
    line = "A: Ecco fatto, al di vedere la."

    transcript = recorded(phone_call("it", line), {"al": DOUBTFUL, "di": DOUBTFUL, "la": DOUBTFUL})

    assert criterion_of(score(transcript), "closing")["result"] == "fail"


# Words heard right, as typed calls given the probabilities Whisper gives the words it reads right.
READ_RIGHT = {
    "it": [
        # A time by guess: "quattro luglio" would time the promise.
        ("A: Le mando il modulo e controllo lo stato della pratica.", "controllo lo"),
        # "aver" is "avere" in another form: "avere chiarito" would check the resolution.
        ("A: Vedo che dopo aver chiamato ha scritto una mail.", "aver chiamato"),
        # "sistema" heard is the beginning of "sistemato".
        ("A: Lo vede nel sistema adesso?", "nel sistema"),
    ],
    "en": [("A: No worries, I will sort it.", "No worries")],  # "Now worried": a time by guess
}


@pytest.mark.parametrize(
    ("language", "line", "doubtful"), [(language, *case) for language, cases in READ_RIGHT.items() for case in cases]
)
def test_no_time_nor_a_word_heard_in_another_form_is_read_across_word_boundaries(language, line, doubtful):
    transcript = recorded(phone_call(language, line), dict.fromkeys(doubtful.split(), DOUBTFUL))

    assert reread_transcript(transcript, partial(agent_cues, language=language, channel="phone")) is transcript


PROMISE_MISHEARD = {
    "it": ("A: Un tecnico da ricontate va a stretto giro.", "da ricontate va"),
    "en": ("A: Mail a range for an engineer to come out within four hours.", "Mail a"),
}


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_promise_is_never_read_across_word_boundaries(language):
    """A promise read by guess would fail a call that has none (a promise needs a time); "la
    ricontatterà" heard "da ricontate va", "They'll arrange" heard "Mail a range" stay as heard."""
    line, doubtful = PROMISE_MISHEARD[language]
    transcript = recorded(phone_call(language, line), dict.fromkeys(doubtful.split(), DOUBTFUL))

    assert reread_transcript(transcript, partial(agent_cues, language=language, channel="phone")) is transcript
    assert criterion_of(score(transcript), "commitment_time")["result"] == "na"


def phone_call(language: str, line: str) -> dict[str, Any]:
    return call(language, *OPENING[language], line, "C: Okay.", requires_verification=True)


def criterion_of(result: dict[str, Any], key: str) -> dict[str, Any]:
    return next(item for item in result["criteria"] if item["key"] == key)
