"""A social practice as the transcript dict of ../shared/specs/interfaces.md: every message
with its visibility and `at`, seconds since the customer's first message."""

from __future__ import annotations

from scenarios.models import Attempt

from ..models import SocialMessage, SocialThread


def agent_display_name(agent) -> str:
    """The name the agent signs with ("– Giulia"), as the signature criterion expects it."""
    return agent.first_name or agent.username


def social_transcript(*, attempt: Attempt, thread: SocialThread) -> dict:
    messages = list(attempt.social_messages.order_by("at", "pk"))
    first_customer = next((m.at for m in messages if m.author == SocialMessage.Author.CUSTOMER), 0.0)
    segments = [
        {
            "speaker": m.author,
            "text": m.text,
            "visibility": m.visibility,
            "at": round(max(0.0, m.at - first_customer), 1),
        }
        for m in messages
    ]
    transcript = {
        "language": attempt.language,
        "channel": "social",
        "agent_name": agent_display_name(attempt.agent),
        "brand_name": thread.brand_name,
        "duration": segments[-1]["at"] if segments else 0.0,
        "segments": segments,
    }
    if thread.customer_name:
        transcript["customer_name"] = thread.customer_name
    if thread.customer_handle:
        transcript["customer_handle"] = thread.customer_handle
    return transcript
