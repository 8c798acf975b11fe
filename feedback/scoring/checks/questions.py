"""The agent's questions: identity verification, open discovery, and the resolution check."""

from __future__ import annotations

from feedback.scoring.checks.base import FAIL, NA, PASS, Outcome
from feedback.scoring.conversation import Conversation, Sentence
from feedback.scoring.rubric import CriterionDefinition

RESOLUTION_TURNS = 3


def check_verification(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    if not conversation.transcript.get("requires_verification"):
        return Outcome(NA)
    asked = [
        sentence
        for sentence in conversation.agent_sentences
        if sentence.has("datum")
        and (sentence.is_question or sentence.has("request"))
        and not sentence.has("datum_on_file")
    ]
    return Outcome(PASS, asked[:1]) if asked else Outcome(FAIL)


def check_discovery_question(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    questions = [sentence for sentence in conversation.agent_sentences if sentence.is_question]
    open_ones = [sentence for sentence in conversation.agent_sentences if is_open_question(conversation, sentence)]
    if open_ones:
        return Outcome(PASS, open_ones[:2])
    return Outcome(FAIL, questions[:2])


def is_open_question(conversation: Conversation, sentence: Sentence) -> bool:
    """An open question: an interrogative opening a clause, or a request to describe/explain.

    Scripted formulas ("come posso aiutarla?") and requests for an identifying
    datum ("qual è il suo codice cliente?") are not discovery.
    """
    if sentence.has("open_request") and not sentence.has("datum"):
        return True
    if not sentence.is_question:
        return False
    if sentence.has("open_ask") and not sentence.has("datum"):
        return True  # "Mi sa dire quando è successo?", "Do you remember what it said?"
    return any(not _scripted_or_datum(sentence, clause) for clause in _interrogative_clauses(conversation, sentence))


def _interrogative_clauses(conversation: Conversation, sentence: Sentence) -> list[tuple[int, int]]:
    wh_words = conversation.cues.words("WH")
    skippable = conversation.cues.words("OPENER") | conversation.cues.words("FILLER")
    clauses: list[tuple[int, int]] = []
    tokens = list(sentence.span)
    at_clause_start = True
    for position, token in enumerate(tokens):
        if token.is_punct:
            at_clause_start = token.text in ",;:" or at_clause_start
            continue
        if not at_clause_start:
            continue
        if token.norm_ in wh_words:
            end = next((i for i in range(position + 1, len(tokens)) if tokens[i].text in ",;:?"), len(tokens))
            clauses.append((token.i, tokens[0].i + end))
            at_clause_start = False
        elif token.norm_ not in skippable and not (position and _is_name(token.text)):
            at_clause_start = False
    return clauses


def _is_name(text: str) -> bool:
    return text[:1].isupper() and text[1:].islower()


def _scripted_or_datum(sentence: Sentence, clause: tuple[int, int]) -> bool:
    start, end = clause
    for label in ("scripted", "datum"):
        if any(start <= cue.start < end for cue in sentence.found(label, negated_too=True)):
            return True
    return False


def check_resolution_check(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    last_turns = conversation.agent_turns[-RESOLUTION_TURNS:]
    sentences = [sentence for turn in last_turns for sentence in turn.sentences]
    asked = [sentence for sentence in sentences if sentence.is_question and sentence.has("resolution")]
    return Outcome(PASS, asked[:1]) if asked else Outcome(FAIL, last_turns[-1].sentences[-1:] if last_turns else [])
