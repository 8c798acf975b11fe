"""Delivery figures of a conversation: words, pace, fillers, silences, talk share."""

from __future__ import annotations

from dataclasses import dataclass, field

from feedback.scoring.checks.hold import acknowledges, is_hold
from feedback.scoring.conversation import Conversation, Sentence


@dataclass
class Gap:
    seconds: float
    before: Sentence  # the first sentence after the silence


@dataclass
class DeliveryMetrics:
    agent_words: int
    fillers: int
    filler_sentences: list[Sentence]
    agent_seconds: float | None
    customer_seconds: float | None
    gaps: list[Gap] = field(default_factory=list)

    @property
    def fillers_per_100_words(self) -> float | None:
        return 100 * self.fillers / self.agent_words if self.agent_words else None

    @property
    def agent_wpm(self) -> float | None:
        return 60 * self.agent_words / self.agent_seconds if self.agent_seconds else None

    @property
    def longest_gap(self) -> Gap | None:
        return max(self.gaps, key=lambda gap: gap.seconds, default=None)

    @property
    def agent_talk_ratio(self) -> float | None:
        if self.agent_seconds is None or not self.customer_seconds:
            return None
        return self.agent_seconds / (self.agent_seconds + self.customer_seconds)

    def as_dict(self) -> dict[str, float | int | None]:
        """The `metrics` object of the score result (null where the data cannot tell)."""
        longest = self.longest_gap
        return {
            "agent_words": self.agent_words,
            "agent_wpm": _rounded(self.agent_wpm),
            "fillers_per_100_words": _rounded(self.fillers_per_100_words),
            "longest_gap_s": _rounded(
                longest.seconds if longest else (0.0 if self.agent_seconds is not None else None)
            ),
            "agent_talk_ratio": _rounded(self.agent_talk_ratio, 2),
        }


def delivery_metrics(conversation: Conversation) -> DeliveryMetrics:
    """Computed once per conversation (the four delivery checks and the result all read it)."""
    if "metrics" not in conversation.memo:
        conversation.memo["metrics"] = _measure(conversation)
    return conversation.memo["metrics"]


def _measure(conversation: Conversation) -> DeliveryMetrics:
    agent = conversation.agent_segments
    words = sum(1 for segment in agent for word in segment.text.split() if any(char.isalnum() for char in word))
    fillers, filler_sentences = _fillers(conversation)
    timed = conversation.has_timestamps
    customer = [segment for segment in conversation.segments if segment.speaker == "customer"]
    return DeliveryMetrics(
        agent_words=words,
        fillers=fillers,
        filler_sentences=filler_sentences,
        agent_seconds=sum(segment.end - segment.start for segment in agent) if timed else None,
        customer_seconds=sum(segment.end - segment.start for segment in customer) if timed else None,
        gaps=_gaps(conversation) if timed else [],
    )


def _fillers(conversation: Conversation) -> tuple[int, list[Sentence]]:
    """Filler words, "you know" used as a filler (set off by pauses, not "let you know"), and trainers' extras."""
    filler_words = conversation.cues.words("FILLER")
    total, found = 0, []
    for sentence in conversation.agent_sentences:
        doc = sentence.segment.doc
        norms, punctuation = doc.user_data["norms"], doc.user_data["punct"]
        start, end = sentence.span.start, sentence.span.end
        count = sum(norm in filler_words for norm in norms[start:end]) + len(sentence.found("filler"))
        for position in range(start, end - 1):
            if norms[position] == "you" and norms[position + 1] == "know":
                before_ok = position == start or punctuation[position - 1] or norms[position - 1] in filler_words
                after_ok = position + 2 == end or punctuation[position + 2]
                count += before_ok and after_ok
        if count:
            total += count
            found.append(sentence)
    return total, found


def _gaps(conversation: Conversation) -> list[Gap]:
    """Silences between consecutive segments, except after an announced hold until the agent speaks again.

    The agent's short reply to the customer's consent ("Mi dà un minutino?" / "Certo." / "Grazie.")
    still belongs to the announcement: the silence after it is the hold's.
    """
    gaps = []
    holding = acknowledged = False
    for previous, current in zip(conversation.segments, conversation.segments[1:]):
        if previous.speaker == "agent":
            held = any(is_hold(sentence) for sentence in previous.sentences)
            acknowledging = holding and not held and not acknowledged and acknowledges(previous.text)
            holding, acknowledged = held or acknowledging, acknowledging
        silence = current.start - previous.end
        if silence > 0 and not holding and current.sentences:
            gaps.append(Gap(silence, current.sentences[0]))
    return gaps


def _rounded(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)
