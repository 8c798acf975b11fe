"""One check per criterion key: (conversation, criterion definition) → Outcome."""

from __future__ import annotations

from collections.abc import Callable

from feedback.scoring.checks.attitude import check_empathy, check_ownership, check_professional_language
from feedback.scoring.checks.base import Outcome
from feedback.scoring.checks.closing import check_closing
from feedback.scoring.checks.commitments import check_commitment_time
from feedback.scoring.checks.delivery import check_dead_air, check_filler_words, check_speaking_pace, check_talk_ratio
from feedback.scoring.checks.hold import check_hold_etiquette
from feedback.scoring.checks.opening import check_customer_name, check_greeting
from feedback.scoring.checks.questions import check_discovery_question, check_resolution_check, check_verification
from feedback.scoring.checks.social import (
    check_private_channel,
    check_reply_length,
    check_response_time,
    check_signature,
    check_tone,
)
from feedback.scoring.conversation import Conversation
from feedback.scoring.rubric import CriterionDefinition

Check = Callable[[Conversation, CriterionDefinition], Outcome]

CHECKS: dict[str, Check] = {
    "greeting": check_greeting,
    "customer_name": check_customer_name,
    "empathy": check_empathy,
    "ownership": check_ownership,
    "commitment_time": check_commitment_time,
    "hold_etiquette": check_hold_etiquette,
    "verification": check_verification,
    "discovery_question": check_discovery_question,
    "resolution_check": check_resolution_check,
    "closing": check_closing,
    "professional_language": check_professional_language,
    "filler_words": check_filler_words,
    "speaking_pace": check_speaking_pace,
    "dead_air": check_dead_air,
    "talk_ratio": check_talk_ratio,
    "private_channel": check_private_channel,
    "reply_length": check_reply_length,
    "tone": check_tone,
    "signature": check_signature,
    "response_time": check_response_time,
}
