"""What the agent's words say about their attitude: empathy, ownership, professional language.

Only the agent's own words count here: an apology, a deflection or a rude word
the agent reads out or reports (a quoted cue, conversation.py) is someone else's.
"""
from __future__ import annotations

from feedback.scoring.checks.base import FAIL, PASS, Outcome, first_agent_reply
from feedback.scoring.conversation import Conversation, Cue, Sentence
from feedback.scoring.rubric import CriterionDefinition

# Italian words after which a modal verb has a third-person subject ("il tecnico deve chiamare …").
_ARTICLES = frozenset({"il", "lo", "la", "l'", "i", "gli", "le", "un", "uno", "una"})
_MODALS = frozenset({"deve", "dovra", "dovrebbe", "puo", "potra", "potrebbe"})
# Tokens between "no need" and the instruction it withdraws ("non c'è bisogno che lei chiami …").
_NO_NEED_REACH = 3


def _own(sentence: Sentence, label: str) -> list[Cue]:
    return sentence.found(label, quoted_too=False)


def check_empathy(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    found = [sentence for sentence in conversation.agent_sentences if _own(sentence, "empathy")]
    if found:
        return Outcome(PASS, found[:2])
    negated = [sentence for sentence in conversation.agent_sentences if sentence.has("empathy", negated_too=True)]
    return Outcome(FAIL, negated[:2] or first_agent_reply(conversation)[:1])


def check_ownership(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    deflecting = [sentence for sentence in conversation.agent_sentences if _deflects(sentence)]
    return Outcome(FAIL, deflecting) if deflecting else Outcome(PASS)


def _deflects(sentence: Sentence) -> bool:
    """An own instruction to the customer to go elsewhere: not a transfer the agent makes, not one
    withdrawn ("no need to call the bank"), not one whose subject is someone else."""
    if sentence.has("transfer"):
        return False
    doc = sentence.segment.doc
    punctuation = doc.user_data["punct"]
    withdrawn = sentence.found("no_need", negated_too=True)
    for cue in _own(sentence, "deflection"):
        # "Il tecnico deve contattare il distributore" tells someone else, not the customer, what to do.
        subject_is_someone_else = doc[cue.start].norm_ in _MODALS and cue.start - 2 >= sentence.span.start \
            and doc[cue.start - 2].norm_ in _ARTICLES and doc[cue.start - 1].is_alpha
        if subject_is_someone_else or any(
                no_need.end <= cue.start <= no_need.end + _NO_NEED_REACH
                and not any(punctuation[no_need.end:cue.start]) for no_need in withdrawn):
            continue
        return True
    return False


def check_professional_language(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    found = [sentence for sentence in conversation.agent_sentences if _own(sentence, "unprofessional")]
    return Outcome(FAIL, found) if found else Outcome(PASS)
