"""Follow-up promises and whether each one carries a concrete time."""
from __future__ import annotations

from feedback.scoring.checks.base import FAIL, NA, PASS, Outcome
from feedback.scoring.conversation import Conversation, Sentence
from feedback.scoring.rubric import CriterionDefinition


def promises(conversation: Conversation) -> list[Sentence]:
    """Agent statements that they or the company will do something later.

    A question offers rather than promises, and a sentence describing how things
    usually work ("di solito…", "refunds are normally…") describes a process.
    """
    return [sentence for sentence in conversation.agent_sentences
            if sentence.has("promise") and not sentence.is_question and not sentence.has("process", negated_too=True)]


def check_commitment_time(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    made = promises(conversation)
    if not made:
        return Outcome(NA)
    untimed = [sentence for sentence in made if not _has_concrete_time(conversation, sentence)]
    if not untimed:
        return Outcome(PASS, made[:3])
    vague = any(sentence.has("time_vague", negated_too=True) for sentence in untimed)
    return Outcome(FAIL, untimed, "fail_vague" if vague else "fail_no_time")


def _has_concrete_time(conversation: Conversation, sentence: Sentence) -> bool:
    following = conversation.next_agent_sentence(sentence)
    return sentence.has("time_concrete", negated_too=True) or (
        following is not None and following.has("time_concrete", negated_too=True))
