"""A greeting heard with its first sound lost: in a recording, the words that open the call barely
heard ("Un giorno" for "Buongiorno") may be the greeting misheard, so the sentence read from the
first word heard with more confidence greets when it opens with a greeting. Heard with more
confidence, typed, or followed by no greeting, the opening words are what was said."""

from __future__ import annotations

import pytest

from feedback.scoring.misheard import LOW_PROBABILITY
from tests.feedback.scoring.builders import call, recorded, result

OPENING = {
    "it": ("A: {opener} giorno, sono Marco, come posso aiutarla?", "C: Buongiorno, ho un problema.", "Marco"),
    "en": ("A: {opener} morning, this is Sam, how can I help?", "C: Hello, I have a problem.", "Sam"),
}
OPENER = {"it": "Un", "en": "The"}
BARELY, DOUBTFUL = LOW_PROBABILITY / 4, (LOW_PROBABILITY + 1) / 2


def opening(language: str, opener: str) -> dict:
    line, reply, agent = OPENING[language]
    return call(language, line.format(opener=opener), reply, agent_name=agent)


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_greeting_after_opening_words_barely_heard_greets(language):
    opener = OPENER[language]
    assert result(recorded(opening(language, opener), {opener: BARELY}), "greeting") == "pass"


@pytest.mark.parametrize("language", ["it", "en"])
@pytest.mark.parametrize("case", ["typed", "heard with doubt"])
def test_opening_words_typed_or_heard_with_more_confidence_are_what_was_said(language, case):
    transcript = opening(language, OPENER[language])
    if case != "typed":
        transcript = recorded(transcript, {OPENER[language]: DOUBTFUL})
    assert result(transcript, "greeting") == "fail"


NO_GREETING_AFTER = {
    "it": "A: Un problema, sono Marco, come posso aiutarla?",
    "en": "A: The problem, this is Sam, how can I help?",
}


@pytest.mark.parametrize("language", ["it", "en"])
def test_words_barely_heard_before_no_greeting_greet_nothing(language):
    _, reply, agent = OPENING[language]
    transcript = call(language, NO_GREETING_AFTER[language], reply, agent_name=agent)
    assert result(recorded(transcript, {OPENER[language]: BARELY}), "greeting") == "fail"
