"""How the agent ends the conversation."""
from __future__ import annotations

from feedback.scoring.checks.base import FAIL, PASS, Outcome
from feedback.scoring.conversation import Conversation, Sentence
from feedback.scoring.rubric import CriterionDefinition


def check_closing(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    """Phone: the last agent turn thanks or says goodbye. Social: the last agent message
    thanks, says goodbye or offers further help.

    The evidence is always the last turn, and the opening is never the close: "grazie per
    aver chiamato" opening the only agent turn of a call greets, it does not close.
    """
    if conversation.channel == "social":
        last = conversation.agent_segments[-1].sentences if conversation.agent_segments else []
        labels = ("closing", "further_help")
    else:
        last = conversation.agent_turns[-1].sentences if conversation.agent_turns else []
        labels = ("closing",)
    opening = _opening(conversation)
    closing = [sentence for sentence in last
               if sentence not in opening and any(sentence.has(label) for label in labels)]
    return Outcome(PASS, closing[:2]) if closing else Outcome(FAIL, last[-2:])


def _opening(conversation: Conversation) -> list[Sentence]:
    """The greeting sentences at the start of the agent's first turn (or first message)."""
    first = conversation.agent_turns[0].sentences if conversation.agent_turns else []
    opening = []
    for sentence in first:
        if not (sentence.has("greeting") or sentence.has("social_greeting")):
            break
        opening.append(sentence)
    return opening
