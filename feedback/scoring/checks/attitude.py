"""What the agent's words say about their attitude: empathy, ownership, professional language."""
from __future__ import annotations

from feedback.scoring.checks.base import FAIL, PASS, Outcome, first_agent_reply, sentences_with
from feedback.scoring.conversation import Conversation, Sentence
from feedback.scoring.rubric import CriterionDefinition

# Italian words after which a modal verb has a third-person subject ("il tecnico deve chiamare …").
_ARTICLES = frozenset({"il", "lo", "la", "l'", "i", "gli", "le", "un", "uno", "una"})
_MODALS = frozenset({"deve", "dovra", "dovrebbe", "puo", "potra", "potrebbe"})


def check_empathy(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    found = sentences_with(conversation.agent_sentences, "empathy")
    if found:
        return Outcome(PASS, found[:2])
    negated = [sentence for sentence in conversation.agent_sentences if sentence.has("empathy", negated_too=True)]
    return Outcome(FAIL, negated[:2] or first_agent_reply(conversation)[:1])


def check_ownership(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    deflecting = [sentence for sentence in conversation.agent_sentences if _deflects(sentence)]
    return Outcome(FAIL, deflecting) if deflecting else Outcome(PASS)


def _deflects(sentence: Sentence) -> bool:
    doc = sentence.segment.doc
    for cue in sentence.found("deflection"):
        # "Il tecnico deve contattare il distributore" tells someone else, not the customer, what to do.
        subject_is_someone_else = doc[cue.start].norm_ in _MODALS and cue.start - 2 >= sentence.span.start \
            and doc[cue.start - 2].norm_ in _ARTICLES and doc[cue.start - 1].is_alpha
        if not subject_is_someone_else:
            return True
    return False


def check_professional_language(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    found = sentences_with(conversation.agent_sentences, "unprofessional")
    return Outcome(FAIL, found) if found else Outcome(PASS)
