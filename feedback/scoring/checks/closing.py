"""How the agent ends the conversation."""
from __future__ import annotations

from feedback.scoring.checks.base import FAIL, PASS, Outcome
from feedback.scoring.conversation import Conversation
from feedback.scoring.rubric import CriterionDefinition


def check_closing(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    """Phone: the last agent turn thanks or says goodbye. Social: the last agent message
    thanks, says goodbye or offers further help."""
    if conversation.channel == "social":
        last = conversation.agent_segments[-1].sentences if conversation.agent_segments else []
        labels = ("closing", "further_help")
    else:
        last = conversation.agent_turns[-1].sentences if conversation.agent_turns else []
        labels = ("closing",)
    closing = [sentence for sentence in last if any(sentence.has(label) for label in labels)]
    return Outcome(PASS, closing[:2]) if closing else Outcome(FAIL, last[-2:])
