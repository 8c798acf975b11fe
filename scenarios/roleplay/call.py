"""Playing a scenario: the customer says a line, the agent replies, the reply picks the next line.

:class:`Call` is the one place that decides where a call goes, for the ``roleplay``
command and the live call page alike: the reply is judged by
:func:`feedback.scoring.replies.decide_reply` on the call so far, and the first entry of
the line's ``next`` whose conditions all hold names the next line. The transcript the call
keeps is what the report scores.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from feedback.scoring.replies import decide_reply
from scenarios.roleplay.scenario import Line, Scenario

# Replies the customer takes badly; with `Scenario.patience` set, that many end the call.
LOSING_PATIENCE = frozenset({"ownership:fail", "professional_language:fail"})
HANG_UP = "#hang-up"  # the id of the customer's last words when they lose patience (no line has a "#")
HANG_UP_SAYS = {
    "it": "Guardi, lasciamo perdere. Richiamerò quando troverò qualcuno che mi aiuti. Arrivederci.",
    "en": "You know what, forget it. I'll call back when someone can actually help me. Goodbye.",
}
# A line without a recording lasts as long as it takes to say it at this pace.
CUSTOMER_WORDS_PER_SECOND = 2.5
MIN_CUSTOMER_SECONDS = 1.5
# The customer starts speaking this long after the agent stops.
CUSTOMER_REACTION_SECONDS = 0.5

Decide = Callable[[dict[str, Any]], list[str]]


@dataclass(frozen=True)
class Reply:
    """What the agent said in one turn: text, or transcribed segments timed from the clip start."""

    text: str = ""
    segments: tuple[dict[str, Any], ...] | None = None
    duration_s: float | None = None  # of the recorded clip; None for a typed reply

    @classmethod
    def from_segments(cls, segments: list[dict[str, Any]], duration_s: float) -> Reply:
        text = " ".join(segment["text"].strip() for segment in segments if segment.get("text", "").strip())
        return cls(text=text, segments=tuple(segments), duration_s=duration_s)

    @property
    def is_silence(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True)
class Turn:
    line: str
    customer: str
    agent: str
    decided: tuple[str, ...]


@dataclass(frozen=True)
class Placement:
    """Where one customer line and the agent's reply to it sit on the call's clock, in seconds."""

    line: Line
    start: float
    end: float
    reply_start: float | None  # None: the line was not answered (the call ended on it)


def _no_recording(line: Line) -> float | None:
    return None


@dataclass
class Call:
    """A call in progress. `said` holds the customer's lines so far; the last one awaits the agent's
    reply unless the call has ended. `line_seconds` gives the length of a line's recording, if any.

    A call is restored from storage by passing what was said, the replies and the turns.
    """

    scenario: Scenario
    agent_name: str = ""
    decide: Decide = decide_reply
    line_seconds: Callable[[Line], float | None] = _no_recording
    said: list[Line] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    replies: list[Reply] = field(default_factory=list)
    ended: bool = False

    def __post_init__(self) -> None:
        if not self.said:
            self.said.append(self.scenario.line(self.scenario.start))

    @property
    def lines(self) -> list[str]:
        """The path: the ids of the lines said, in order."""
        return [line.id for line in self.said]

    @property
    def current(self) -> Line | None:
        """The line the agent is answering (None once the call has ended)."""
        return None if self.ended else self.said[-1]

    def line(self, line_id: str) -> Line:
        if line_id == HANG_UP:
            return Line(id=HANG_UP, say=self.scenario.hang_up or HANG_UP_SAYS[self.scenario.language])
        return self.scenario.line(line_id)

    def reply(self, reply: Reply) -> Line | None:
        """Take the agent's reply to the current line; the customer's next line, or None when the
        call ends without one. A customer out of patience says their last words and the call ends."""
        line = self.current
        if line is None:
            raise ValueError("the call has ended")
        self.replies.append(reply)
        decided = tuple(self.decide(self.transcript()))
        self.turns.append(Turn(line=line.id, customer=line.say, agent=reply.text.strip(), decided=decided))
        following = self._next(line, set(decided))
        if following is None:
            self.ended = True
            return None
        said = self.line(following)
        self.said.append(said)
        self.ended = following == HANG_UP
        return said

    def _next(self, line: Line, decided: set[str]) -> str | None:
        patience = self.scenario.patience
        if patience is not None and sum(bool(LOSING_PATIENCE & set(turn.decided)) for turn in self.turns) >= patience:
            return HANG_UP
        for reaction in line.next:
            if all(condition in decided for condition in reaction.when):
                return reaction.goto
        return None

    def hang_up(self) -> None:
        """The agent ends the call: the line they did not answer stays on the path, unanswered."""
        self.ended = True

    @property
    def is_timed(self) -> bool:
        return all(reply.duration_s is not None for reply in self.replies)

    def placements(self) -> list[Placement]:
        """The call's clock: each line said, then the reply to it (recorded replies only)."""
        placed, clock = [], 0.0
        for index, line in enumerate(self.said[: len(self.replies) + 1]):
            start = clock + (CUSTOMER_REACTION_SECONDS if index else 0.0)
            clock = start + self.spoken_seconds(line)
            answered = index < len(self.replies)
            placed.append(Placement(line, start, clock, clock if answered else None))
            if answered:
                clock += self.replies[index].duration_s or 0.0
        return placed

    def transcript(self) -> dict[str, Any]:
        """The call so far as a transcript (interfaces.md), timed when every reply was recorded."""
        timed = self.is_timed
        segments: list[dict[str, Any]] = []
        for placement, reply in zip(self.placements(), [*self.replies, None]):
            customer: dict[str, Any] = {"speaker": "customer", "text": placement.line.say}
            if timed:
                customer.update(start=round(placement.start, 3), end=round(placement.end, 3))
            segments.append(customer)
            if reply is not None:
                segments.extend(_reply_segments(reply, placement.reply_start if timed else None))
        transcript: dict[str, Any] = {
            "language": self.scenario.language,
            "channel": self.scenario.channel,
            "requires_verification": self.scenario.requires_verification,
            "segments": segments,
        }
        if self.agent_name:
            transcript["agent_name"] = self.agent_name
        if self.scenario.customer_name:
            transcript["customer_name"] = self.scenario.customer_name
        if timed:
            last = self.placements()[-1]
            end = last.end if last.reply_start is None else last.reply_start + (self.replies[-1].duration_s or 0.0)
            transcript["duration"] = round(end, 3)
        return transcript

    def spoken_seconds(self, line: Line) -> float:
        """How long the customer takes to say `line`: its recording, else the time to read it out."""
        recorded = self.line_seconds(line)
        if recorded:
            return recorded
        return max(MIN_CUSTOMER_SECONDS, len(line.say.split()) / CUSTOMER_WORDS_PER_SECOND)

    def as_dict(self) -> dict[str, Any]:
        """The path, the turns and whether the call ended, as the roleplay command prints them."""
        return {
            "lines": self.lines,
            "turns": [
                {"line": turn.line, "customer": turn.customer, "agent": turn.agent, "decided": list(turn.decided)}
                for turn in self.turns
            ],
            "ended": self.ended,
        }


def _reply_segments(reply: Reply, offset: float | None) -> list[dict[str, Any]]:
    if reply.is_silence:
        return []
    if offset is None or reply.segments is None:
        return [{"speaker": "agent", "text": reply.text.strip()}]
    return [shift_segment(segment, offset) for segment in reply.segments if segment.get("text", "").strip()]


def shift_segment(segment: dict[str, Any], offset: float) -> dict[str, Any]:
    """An agent segment timed from its clip's start, moved onto the call's clock."""
    moved = {**segment, "speaker": "agent"}
    for key in ("start", "end"):
        if segment.get(key) is not None:
            moved[key] = round(segment[key] + offset, 3)
    if segment.get("words"):
        moved["words"] = [
            {**word, "start": round(word["start"] + offset, 3), "end": round(word["end"] + offset, 3)}
            for word in segment["words"]
        ]
    return moved


def play(scenario: Scenario, replies: list[Reply], **options: Any) -> Call:
    """Play `scenario` with the agent's replies in order; replies left when the call ends are ignored."""
    call = Call(scenario, **options)
    for reply in replies:
        if call.ended:
            break
        call.reply(reply)
    return call
