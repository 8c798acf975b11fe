"""Clauses of a sentence: the one reading every check uses (conversation.Sentence)."""

from __future__ import annotations

import pytest

from feedback.scoring.conversation import Sentence, conversation_from_transcript
from tests.feedback.scoring.builders import call


def _sentence(language: str, text: str) -> Sentence:
    return conversation_from_transcript(call(language, f"A: {text}")).sentences[0]


def _words(sentence: Sentence, positions: tuple[int, ...]) -> list[str]:
    return [sentence.segment.doc[position].text for position in positions]


@pytest.mark.parametrize(
    ("language", "text", "breaks"),
    [
        ("en", "Right, I'll call you back at five; is that okay?", [",", ";"]),
        ("it", "Allora… la richiamo alle cinque - le va bene?", ["…", "-"]),
        ("en", "Okay... what happened next?", ["..."]),
        ("it", "La richiamo domani alle cinque.", []),
    ],
)
def test_a_comma_semicolon_colon_dash_or_ellipsis_ends_a_clause(language, text, breaks):
    sentence = _sentence(language, text)
    assert _words(sentence, sentence.clause_breaks) == breaks


def test_tokens_share_a_clause_until_a_break_which_belongs_to_the_clause_it_ends():
    sentence = _sentence("en", "Sorry about that, maybe I'll call you back.")
    doc = sentence.segment.doc
    position = {token.text: token.i for token in sentence.span}
    assert sentence.clause_of(position["Sorry"]) == sentence.clause_of(position[","])
    assert sentence.clause_of(position["maybe"]) == sentence.clause_of(position["call"]) != sentence.clause_of(0)
    assert doc[sentence.clause_start(position["call"])].text == "maybe"
    assert sentence.clause_start(position["that"]) == sentence.span.start


def test_breaks_in_says_whether_one_clause_runs_between_two_positions():
    sentence = _sentence("it", "Le mando la mail, poi la chiamo.")
    position = {token.text: token.i for token in sentence.span}
    assert not sentence.breaks_in(position["Le"], position["mail"])
    assert _words(sentence, sentence.breaks_in(position["mail"], position["chiamo"])) == [","]
