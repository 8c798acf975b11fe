"""A promise Whisper heard with its verb run into the next word ("le mando la conferma" heard "le
mandora conferma", "I'll send it over" heard "I'll sendit over") or written in two pieces ("I'll
resend" heard "I'll re -end", "le rimando" heard "le ri -mando") is read as said, when the run-together word was heard with doubt and
a word of the promise, or next to it, with confidence; typed, heard for sure, among words all heard
with doubt, or two words said apart, it promises nothing."""

from __future__ import annotations

import pytest

from feedback.scoring.misheard import SUSPECT_PROBABILITY
from tests.feedback.scoring.builders import call, criterion, recorded

SURE, DOUBTFUL = 0.98, (0.35 + SUSPECT_PROBABILITY) / 2

OPENING = {
    "en": ("A: Good morning, this is Sam, how can I help?", "C: My booking confirmation never came."),
    "it": ("A: Buongiorno, sono Giulia, come posso aiutarla?", "C: Non mi è arrivata la conferma."),
}
# (line heard, the word heard with doubt): the verb run into the article or preposition after it,
# or one word written in two pieces; the promise's next word ("conferma", "sms", "text") heard for sure.
HEARD = {
    "it": [
        ("A: Le mandora conferma tra dieci minuti.", ("Le", "mandora")),
        ("A: Le mandone sms di conferma entro stasera.", ("Le", "mandone")),
        ("A: Le ri -mando la conferma entro stasera.", ("Le", "ri", "-mando")),
    ],
    "en": [
        ("A: I'll sendit over within ten minutes.", ("sendit",)),
        ("A: I'll re -end the confirmation within five minutes.", ("re", "-end")),
    ],
}
CASES = [(language, line, doubtful) for language, lines in HEARD.items() for line, doubtful in lines]


def commitment(language: str, line: str, probabilities: dict[str, float] | None) -> str:
    """commitment_time of a call closing on ``line``, typed (None) or recorded with ``probabilities``."""
    transcript = call(language, *OPENING[language], line)
    return criterion(transcript if probabilities is None else recorded(transcript, probabilities), "commitment_time")[
        "result"
    ]


@pytest.mark.parametrize(("language", "line", "doubtful"), CASES)
def test_a_promise_verb_run_together_or_split_and_heard_with_doubt_is_the_promise(language, line, doubtful):
    assert commitment(language, line, dict.fromkeys(doubtful, DOUBTFUL)) == "pass"


@pytest.mark.parametrize(("language", "line", "doubtful"), CASES)
@pytest.mark.parametrize("case", ["typed", "heard for sure", "all heard with doubt"])
def test_no_promise_is_read_typed_heard_for_sure_or_with_nothing_heard_surely(language, line, doubtful, case):
    probabilities: dict[str, float] | None = None
    if case == "heard for sure":
        probabilities = {}
    elif case == "all heard with doubt":  # nothing heard with confidence anchors the guess
        probabilities = {word.strip(".,?!"): DOUBTFUL for word in line[3:].split()}
    assert commitment(language, line, probabilities) == "na"


# Two words said apart, the second a word heard as such ("re end", "ri mando"): no word split in two.
APART = {
    "it": ("A: Le ri mando la conferma entro stasera.", ("Le", "ri", "mando")),
    "en": ("A: I'll re end the confirmation within five minutes.", ("re", "end")),
}


@pytest.mark.parametrize("language", ["it", "en"])
def test_two_words_said_apart_are_not_read_as_one(language):
    line, doubtful = APART[language]
    assert commitment(language, line, dict.fromkeys(doubtful, DOUBTFUL)) == "na"


# "I'll email you" heard "I email you": the "'ll" lost. Italian says such a promise in the present ("le
# mando"), which is a promise as heard, so there is no Italian counterpart to read.
LOST_FUTURE = "A: Right, and I email you the tracking number by five o'clock tomorrow."


@pytest.mark.parametrize(
    ("line", "probabilities", "expected"),
    [
        (LOST_FUTURE, {"email": DOUBTFUL}, "pass"),
        (LOST_FUTURE, None, "na"),  # typed: as written
        (LOST_FUTURE, {}, "na"),  # the verb heard for sure
        (LOST_FUTURE, {"email": DOUBTFUL, "you": DOUBTFUL}, "na"),  # the customer addressed not heard surely
        (LOST_FUTURE.replace("you", "them"), {"email": DOUBTFUL}, "na"),  # not said to the customer
        (LOST_FUTURE.replace("email", "emailed"), {"emailed": DOUBTFUL}, "na"),  # not the bare verb
        ("A: Right, if I email you the form by five tomorrow, can you sign it?", {"email": DOUBTFUL}, "na"),
    ],
)
def test_an_english_future_whose_ll_was_lost_before_a_promise_to_the_customer_is_the_promise(
    line, probabilities, expected
):
    assert commitment("en", line, probabilities) == expected
