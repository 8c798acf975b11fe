"""How the agent ends the conversation."""

from __future__ import annotations

from feedback.scoring.checks.base import FAIL, PASS, Outcome
from feedback.scoring.conversation import Conversation, Sentence
from feedback.scoring.rubric import CriterionDefinition

GREETINGS = ("greeting", "social_greeting")


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
    closing = [sentence for sentence in last if _closes(sentence, labels, sentence in opening)]
    return Outcome(PASS, closing[:2]) if closing else Outcome(FAIL, last[-2:])


def _opening(conversation: Conversation) -> list[Sentence]:
    """The greeting sentences at the start of the agent's first turn, when that turn opens the
    call or the customer answers it ("Buona serata" after the customer's last words closes)."""
    if not conversation.agent_turns:
        return []
    first = conversation.agent_turns[0]
    if first.index > 0 and first.index == len(conversation.turns) - 1:
        return []
    opening = []
    for sentence in first.sentences:
        if not any(sentence.has(label) for label in GREETINGS):
            break
        opening.append(sentence)
    return opening


def _closes(sentence: Sentence, labels: tuple[str, ...], in_opening: bool) -> bool:
    """A closing cue; in the opening, only one that is not part of the greeting itself."""
    cues = [cue for label in labels for cue in sentence.found(label)]
    if not in_opening:
        return bool(cues)
    greetings = [cue for label in GREETINGS for cue in sentence.found(label)]
    return any(
        not any(greeting.start <= cue.start and cue.end <= greeting.end for greeting in greetings) for cue in cues
    )
