"""The transcript of a guided role-play: the script's customer lines and the agent's
transcribed clips laid on one time line, so speakers are exact by construction.

The agent answers the call first; then each customer line is followed by the agent's
answer: agent 0, customer 1, agent 1, … customer N, agent N.
"""
from __future__ import annotations

from dataclasses import dataclass

from scenarios.roleplay.call import (
    CUSTOMER_REACTION_SECONDS,
    CUSTOMER_WORDS_PER_SECOND,
    MIN_CUSTOMER_SECONDS,
    shift_segment,
)


@dataclass(frozen=True)
class CustomerLine:
    text: str
    duration_s: float | None = None  # of its audio clip, when the trainer uploaded one

    @property
    def spoken_seconds(self) -> float:
        if self.duration_s:
            return self.duration_s
        return max(MIN_CUSTOMER_SECONDS, len(self.text.split()) / CUSTOMER_WORDS_PER_SECOND)


@dataclass(frozen=True)
class AgentClip:
    segments: list[dict]  # times relative to the clip start
    duration_s: float


@dataclass(frozen=True)
class Layout:
    """Where each piece of a guided role-play starts on the call's clock, in seconds."""

    agent_starts: tuple[float, ...]
    customer_starts: tuple[float, ...]
    duration_s: float


def guided_layout(customer_lines: list[CustomerLine], agent_durations: list[float]) -> Layout:
    """The one clock shared by the transcript and the call recording assembled from the clips."""
    if len(agent_durations) != len(customer_lines) + 1:
        raise ValueError(
            f"{len(customer_lines)} customer lines need {len(customer_lines) + 1} agent clips, not {len(agent_durations)}."
        )
    agent_starts: list[float] = []
    customer_starts: list[float] = []
    clock = 0.0
    for index, duration in enumerate(agent_durations):
        if index > 0:
            customer_starts.append(clock + CUSTOMER_REACTION_SECONDS)
            clock = customer_starts[-1] + customer_lines[index - 1].spoken_seconds
        agent_starts.append(clock)
        clock += duration
    return Layout(tuple(agent_starts), tuple(customer_starts), clock)


def guided_transcript(
    *, language: str, channel: str, customer_lines: list[CustomerLine], agent_clips: list[AgentClip], extra: dict | None = None
) -> dict:
    """Interleave `agent_clips` (one more than `customer_lines`) with the customer's lines."""
    layout = guided_layout(customer_lines, [clip.duration_s for clip in agent_clips])
    segments: list[dict] = []
    for index, (clip, offset) in enumerate(zip(agent_clips, layout.agent_starts)):
        if index > 0:
            start = layout.customer_starts[index - 1]
            end = start + customer_lines[index - 1].spoken_seconds
            segments.append({"speaker": "customer", "start": round(start, 3), "end": round(end, 3),
                             "text": customer_lines[index - 1].text})
        segments.extend(shift_segment(segment, offset) for segment in clip.segments if segment.get("text", "").strip())
    return {
        **(extra or {}),
        "language": language,
        "channel": channel,
        "speaker_attribution": "exact",
        "duration": round(layout.duration_s, 3),
        "segments": segments,
    }
