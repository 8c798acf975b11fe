"""Hesitations inside a phrase: the phrase is still said.

Spoken calls, and what speech recognition writes of them, break phrases with
fillers ("You'll, er, get a text", "sono, ehm, Giorgia"). A grader reads the
phrase the agent meant, so the cues are read without the fillers and the commas
around them; the fillers still count as fillers, and a hesitation never turns
something else into a cue.
"""

import pytest

from tests.feedback.scoring.builders import call, result

SAID_WITH_A_HESITATION = [
    ("en", ["A: Hi, um, good morning, you're speaking to, er, Owen.", "C: Hi."], "greeting", {"agent_name": "Owen"}),
    (
        "en",
        ["C: Hi.", "A: That's booked. You'll, er, get a reminder text on, um, Tuesday at midday."],
        "commitment_time",
        {},
    ),
    ("en", ["C: Hi.", "A: Is there, um, anything else I can do for you?"], "resolution_check", {}),
    ("it", ["A: Buongiorno, sono, ehm, Giorgia, mi dica.", "C: Salve."], "greeting", {"agent_name": "Giorgia"}),
    ("it", ["C: Salve.", "A: Le serve, ehm, qualcos'altro?"], "resolution_check", {}),
    ("it", ["C: Salve.", "A: Mi, ehm, dispiace davvero per il ritardo."], "empathy", {}),
]


@pytest.mark.parametrize(("language", "lines", "key", "fields"), SAID_WITH_A_HESITATION)
def test_a_phrase_broken_by_a_filler_is_the_phrase_said(language, lines, key, fields):
    assert result(call(language, *lines, **fields), key) == "pass"


NOT_SAID = [
    (
        "en",
        ["A: Hi, um, good morning, you're speaking to, er, the billing team.", "C: Hi."],
        "greeting",
        {"agent_name": "Owen"},
    ),
    ("en", ["C: Hi.", "A: That's booked. You'll, er, get a reminder text at some point."], "commitment_time", {}),
    ("it", ["A: Buongiorno, sono, ehm, in linea, mi dica.", "C: Salve."], "greeting", {"agent_name": "Giorgia"}),
    ("it", ["C: Salve.", "A: Non, ehm, mi dispiace per niente."], "empathy", {}),
]


@pytest.mark.parametrize(("language", "lines", "key", "fields"), NOT_SAID)
def test_a_filler_does_not_make_a_cue_of_other_words(language, lines, key, fields):
    assert result(call(language, *lines, **fields), key) == "fail"


def test_the_fillers_skipped_in_a_phrase_still_count_as_fillers():
    line = "A: " + " ".join(["Sono, ehm, Giorgia, e, ehm, le dico che, ehm, va tutto bene."] * 3)
    assert result(call("it", line, "C: Ok.", seconds_per_word=0.4), "filler_words") == "fail"


# A negator whose own clause ended at a comma before a filler ("No worries, um, thanks Bruce", "Nessun problema, ehm,
# grazie a lei") does not reach past it: the thanks or the apology after the filler is said. A hesitation right after
# the negator ("non, ehm, mi dispiace", "I'm not, um, sorry") stays inside its clause and negates.
NEGATOR_CLAUSE_ENDED = [
    ("en", ["C: That's it.", "A: No worries, um, thanks Bruce, see ya."], "closing", "pass"),
    ("it", ["C: È tutto.", "A: Nessun problema, ehm, grazie a lei."], "closing", "pass"),
    ("it", ["C: Salve.", "A: Nessun problema, ehm, mi dispiace per l'attesa."], "empathy", "pass"),
    ("en", ["C: Hi.", "A: No problem, er, sorry for the wait."], "empathy", "pass"),
    ("en", ["C: Hi.", "A: I'm not, um, sorry about it."], "empathy", "fail"),
    ("it", ["C: Salve.", "A: Non, ehm, mi dispiace per niente."], "empathy", "fail"),
]


@pytest.mark.parametrize(("language", "lines", "key", "expected"), NEGATOR_CLAUSE_ENDED)
def test_a_negator_does_not_reach_past_the_comma_that_ended_its_clause(language, lines, key, expected):
    assert result(call(language, *lines), key) == expected
