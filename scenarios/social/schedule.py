"""When each scripted customer message arrives, given what the agent has answered so far.

Plain Python so it can be reasoned about and tested without a database. Times are
seconds since the practice started. The result is deterministic and monotonic: an
agent reply can only add later arrivals, never move one that is already due, so the
server can store released messages once and a reload resumes exactly where it was.

Rules:
- message 0 arrives `delay_seconds` after the start;
- a later message arrives `delay_seconds` after the previous scripted message arrived
  (`after == "previous"`) or after the agent's first answer given once that previous
  message had arrived (`after == "reply"`; it waits until there is one);
- a follow-up of a message arrives `delay_seconds` after the agent's first answer to
  that message, when that answer is of the follow-up's kind (`when`): "private" (a
  direct message), "invite" (a public answer that invites the customer to a private
  message) or "public" (any other public answer, e.g. one asking for data right there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A public answer that moves the conversation to private messages, in Italian or English.
_INVITES_PRIVATE = re.compile(
    r"\b(?:DMs?|direct messages?|private messages?|privately|in private|inbox|messaggi(?:o)? privat[oi]|"
    r"messaggi(?:o)? dirett[oi]|in privato|chat privata)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FollowUp:
    when: str  # "public" | "invite" | "private": the kind of answer that triggers it
    text: str
    visibility: str
    delay_seconds: float


@dataclass(frozen=True)
class ScriptMessage:
    text: str
    visibility: str
    delay_seconds: float
    after: str = "previous"  # "previous" | "reply"
    follow_ups: tuple[FollowUp, ...] = field(default_factory=tuple)

    @classmethod
    def from_dict(cls, data: dict) -> ScriptMessage:
        return cls(
            text=data["text"],
            visibility=data["visibility"],
            delay_seconds=float(data.get("delay_seconds") or 0),
            after=data.get("after") or "previous",
            follow_ups=tuple(
                FollowUp(
                    when=f["when"],
                    text=f["text"],
                    visibility=f["visibility"],
                    delay_seconds=float(f.get("delay_seconds") or 0),
                )
                for f in data.get("follow_ups") or []
            ),
        )


@dataclass(frozen=True)
class Reply:
    at: float
    visibility: str
    text: str = ""

    @property
    def kind(self) -> str:
        """What the simulated customer reacts to: a private answer, an invitation to one, or a public answer."""
        if self.visibility == "private":
            return "private"
        return "invite" if _INVITES_PRIVATE.search(self.text) else "public"


@dataclass(frozen=True)
class Arrival:
    key: str  # stable within one script: "3" for message 3, "3.1" for its second follow-up
    text: str
    visibility: str
    at: float


def _first_reply_from(replies: list[Reply], moment: float) -> Reply | None:
    return next((reply for reply in replies if reply.at >= moment), None)


def arrivals(script: list[ScriptMessage], replies: list[Reply]) -> list[Arrival]:
    """Every customer message whose arrival time is already determined, in time order."""
    replies = sorted(replies, key=lambda reply: reply.at)
    found: list[Arrival] = []
    previous_at = 0.0
    for index, message in enumerate(script):
        base = previous_at
        if index and message.after == "reply":
            answer = _first_reply_from(replies, previous_at)
            if answer is None:
                break  # waits for the agent; so do all later messages
            base = answer.at
        at = base + message.delay_seconds
        found.append(Arrival(key=str(index), text=message.text, visibility=message.visibility, at=at))
        answer = _first_reply_from(replies, at)
        if answer is not None:
            found.extend(
                Arrival(
                    key=f"{index}.{number}",
                    text=follow.text,
                    visibility=follow.visibility,
                    at=answer.at + follow.delay_seconds,
                )
                for number, follow in enumerate(message.follow_ups)
                if follow.when == answer.kind
            )
        previous_at = at
    return sorted(found, key=lambda arrival: (arrival.at, arrival.key))
