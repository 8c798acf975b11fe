"""What a check returns, and the small readings several checks share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from feedback.scoring.conversation import Conversation, Sentence

PASS, FAIL, NA = "pass", "fail", "na"


@dataclass
class Outcome:
    """A criterion's result, the sentences that decided it, and values for its message.

    ``reason`` picks the message variant (defaults to the result, e.g. "fail_vague").
    """

    result: str
    evidence: list[Sentence] = field(default_factory=list)
    reason: str = ""
    values: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.reason = self.reason or self.result


MAX_EXTRA_DIGITS = 3


def figure(value: float, limit: float, digits: int = 0) -> float | int:
    """``value`` rounded for a message, shown with more digits while it would read as ``limit``.

    A ratio of 65.2 % failed against "at most 65 %" must not read "65 % (at most 65 %)":
    the figure shown keeps the side of the threshold the comparison found.
    """
    for extra in range(MAX_EXTRA_DIGITS + 1):
        shown = round(value, digits + extra)
        if shown != limit or value == limit:
            break
    return int(shown) if digits + extra == 0 else shown


def sentences_with(sentences: list[Sentence], label: str) -> list[Sentence]:
    """The sentences where the cue occurs and is not negated."""
    return [sentence for sentence in sentences if sentence.has(label)]


def first_agent_reply(conversation: Conversation) -> list[Sentence]:
    """The agent's answer to the customer's first turn: where empathy or a question was due."""
    customer_seen = False
    for turn in conversation.turns:
        if turn.speaker == "customer":
            customer_seen = True
        elif customer_seen:
            return turn.sentences
    return conversation.agent_sentences
