"""The transcript of a guided role-play: the script's customer lines and the agent's
transcribed clips laid on one time line, so speakers are exact by construction.

The agent answers the call first; then each customer line is followed by the agent's
answer: agent 0, customer 1, agent 1, … customer N, agent N.
"""
from __future__ import annotations

from dataclasses import dataclass

# A customer line without an audio clip lasts as long as it takes to say it at this pace.
CUSTOMER_WORDS_PER_SECOND = 2.5
MIN_CUSTOMER_SECONDS = 1.5
# The simulated customer starts speaking this long after the agent stops recording.
CUSTOMER_REACTION_SECONDS = 0.5


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


def _shifted(segment: dict, offset: float) -> dict:
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


def guided_transcript(
    *, language: str, channel: str, customer_lines: list[CustomerLine], agent_clips: list[AgentClip], extra: dict | None = None
) -> dict:
    """Interleave `agent_clips` (one more than `customer_lines`) with the customer's lines."""
    if len(agent_clips) != len(customer_lines) + 1:
        raise ValueError(f"{len(customer_lines)} customer lines need {len(customer_lines) + 1} agent clips, not {len(agent_clips)}.")
    segments: list[dict] = []
    clock = 0.0
    for index, clip in enumerate(agent_clips):
        if index > 0:
            line = customer_lines[index - 1]
            start = clock + CUSTOMER_REACTION_SECONDS
            clock = start + line.spoken_seconds
            segments.append({"speaker": "customer", "start": round(start, 3), "end": round(clock, 3), "text": line.text})
        segments.extend(_shifted(segment, clock) for segment in clip.segments if segment.get("text", "").strip())
        clock += clip.duration_s
    return {
        **(extra or {}),
        "language": language,
        "channel": channel,
        "speaker_attribution": "exact",
        "duration": round(clock, 3),
        "segments": segments,
    }
