"""What a check returns, and the small readings several checks share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from feedback.scoring.conversation import Conversation, Cue, Sentence

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


def written_into_the_record(conversation: Conversation, sentence: Sentence, cue: Cue) -> bool:
    """Something written into a record of the company's ("Glielo scrivo nelle note di consegna", "I'll pop a note
    on the order for the driver", "le ho già scritto tutto nella scheda" for the colleague taking the call): the
    cue's verb writes or notes and the record follows it in its clause. Written there, it is done during the call
    and read by the company's own people: no promise left to time, nor the customer told the same thing again.
    Written to the customer ("Le scrivo una mail", "gliel'ho già scritto nella mail") or sent ("I'll pop it in
    the post") it is neither."""
    lemmas = sentence.segment.doc.user_data["lemmas"]
    if conversation.cues.words("WRITE_DOWN").isdisjoint(lemmas[cue.start : cue.end]):
        return False
    return any(
        record.start >= cue.end and not sentence.breaks_in(cue.end, record.start)
        for record in sentence.found("into_the_record")
    )
