"""What one agent reply decides, read by the checks that score the whole call.

A live role-play branches on the agent's last reply ("ownership:fail" → the customer
protests). The branch must agree with the report, so the reply is judged by the same
checks (``checks.CHECKS``) on the same parsed conversation; this module only says which
results the reply itself carries:

- the reply *alone* (after the customer's lines so far) gives the result with evidence in
  the reply: "Non è di mia competenza" decides ownership:fail;
- or the reply turns the call's result: a concrete time after an earlier vague promise
  decides commitment_time:pass, thanks after a hold decides hold_etiquette:pass.

A reply that says nothing about a criterion decides neither result. The greeting belongs
to the agent's first turn, so only the first reply that says something decides it; a hold
asked as a permission passes, since the thanks it lacks can only come in a later reply.
"""

from __future__ import annotations

from typing import Any

from feedback.scoring.checks import CHECKS
from feedback.scoring.checks.base import FAIL, NA, PASS, Outcome
from feedback.scoring.conversation import Conversation, conversation_from_transcript
from feedback.scoring.defaults import default_rubric_definition
from feedback.scoring.engine import rubric_extra_cues
from feedback.scoring.rubric import RubricDefinition
from feedback.scoring.transcripts import transcript_from_dict

SILENCE = "silence"
# The results a single reply can decide, per criterion (interfaces.md, "Role-play scenario JSON").
REPLY_RESULTS: dict[str, tuple[str, ...]] = {
    "greeting": (PASS, FAIL),
    "customer_name": (PASS,),
    "empathy": (PASS,),
    "ownership": (FAIL,),
    "commitment_time": (PASS, FAIL),
    "hold_etiquette": (PASS, FAIL),
    "verification": (PASS,),
    "discovery_question": (PASS,),
    "resolution_check": (PASS,),
    "closing": (PASS,),
    "professional_language": (FAIL,),
}
CONDITIONS: tuple[str, ...] = (
    *(f"{key}:{result}" for key, results in REPLY_RESULTS.items() for result in results),
    SILENCE,
)
# Criteria decided by the agent's first turn only.
_FIRST_TURN_ONLY = frozenset({"greeting"})
# Results whose reason is only what a later reply must still say, and what the reply did say.
_READ_AS = {("hold_etiquette", "fail_no_thanks"): PASS}


def decide_reply(call: dict[str, Any], rubric: RubricDefinition | None = None) -> list[str]:
    """The conditions the call's last agent turn decides, in the order of ``CONDITIONS``.

    ``call`` is a transcript dict (interfaces.md) of the call so far whose last segments are
    the agent's reply; a call ending with a customer segment has a silent reply. Identity
    verification is judged as if required, so "verification:pass" means the reply asks
    for a datum whatever the scenario demands.
    """
    call = transcript_from_dict({**call, "requires_verification": True})
    segments = call["segments"]
    split = len(segments)
    while split and segments[split - 1]["speaker"] == "agent":
        split -= 1
    reply = [segment for segment in segments[split:] if segment["text"].strip()]
    if not reply:
        return [SILENCE]
    before = segments[:split]
    rubric = rubric or default_rubric_definition("phone")
    whole = _Reading({**call, "segments": [*before, *reply]}, rubric)
    prior = _Reading({**call, "segments": before}, rubric)
    alone = _Reading({**call, "segments": [s for s in before if s["speaker"] == "customer"] + reply}, rubric)
    first_reply = not any(segment["speaker"] == "agent" for segment in before)
    decided = set()
    for key, results in REPLY_RESULTS.items():
        if rubric.criterion(key) is None:
            continue
        if key in _FIRST_TURN_ONLY:
            result = whole.outcome(key).result if first_reply else NA
        else:
            result = _reply_result(key, whole, prior, alone)
        if result in results:
            decided.add(f"{key}:{result}")
    return [condition for condition in CONDITIONS if condition in decided]


def _reply_result(key: str, whole: _Reading, prior: _Reading, alone: _Reading) -> str:
    said = alone.outcome(key)
    if said.result in (PASS, FAIL) and any(sentence.speaker == "agent" for sentence in said.evidence):
        return _READ_AS.get((key, said.reason), said.result)
    now, then = whole.outcome(key).result, prior.outcome(key).result
    if now != then and then in (PASS, FAIL) and now in (PASS, FAIL):
        return now
    return NA


class _Reading:
    """One version of the call, parsed when first asked about; each outcome checked once."""

    def __init__(self, call: dict[str, Any], rubric: RubricDefinition) -> None:
        self.call = call
        self.rubric = rubric
        self.conversation: Conversation | None = None
        self.outcomes: dict[str, Outcome] = {}

    def outcome(self, key: str) -> Outcome:
        if not self.call["segments"]:
            return Outcome(NA)
        if self.conversation is None:
            extra_cues = rubric_extra_cues(self.rubric, self.call["language"])
            self.conversation = conversation_from_transcript(self.call, extra_cues)
        if key not in self.outcomes:
            self.outcomes[key] = CHECKS[key](self.conversation, self.rubric.criterion(key))
        return self.outcomes[key]
