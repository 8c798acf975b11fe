"""Criteria that only social-media threads have: privacy, length, tone, signature, response time."""

from __future__ import annotations

import re

from feedback.scoring.checks.base import FAIL, NA, PASS, Outcome, figure
from feedback.scoring.conversation import Conversation, Segment, Sentence
from feedback.scoring.defaults import criterion_param
from feedback.scoring.nlp import fold
from feedback.scoring.rubric import CriterionDefinition

_ALTERNATIVE = frozenset({"or", "otherwise", "o", "oppure", "altrimenti"})
_WORD = re.compile(r"[^\W\d_]+")
_CARET_SIGNATURE = re.compile(r"\^\s?[^\W\d_]{2,3}\W*$")
_DASH_SIGNATURE = re.compile(r"[-–—]\s*(?P<name>[^\W\d_][^\W\d_'. ]*(?: [^\W\d_][^\W\d_'.]*)?)\W*$")


def _public_agent_messages(conversation: Conversation) -> list[Segment]:
    return [segment for segment in conversation.agent_segments if segment.is_public]


def check_private_channel(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    asking = [
        sentence
        for segment in _public_agent_messages(conversation)
        for sentence in segment.sentences
        if _asks_for_data_in_public(sentence)
    ]
    return Outcome(FAIL, asking) if asking else Outcome(PASS)


def _asks_for_data_in_public(sentence: Sentence) -> bool:
    """A request for personal data to be posted where everyone reads it.

    Inviting the customer to a private message (even naming what to send there)
    is not one, nor is mentioning data the customer already posted ("please delete it").
    """
    if not (sentence.has("personal_datum") or sentence.has("datum")):
        return False
    if not (sentence.is_question or sentence.has("request") or sentence.has("post_request")):
        return False
    if sentence.has("removal", negated_too=True):
        return False
    says_here = any(token.norm_ in ("qui", "qua", "here", "below", "publicly", "pubblico") for token in sentence.span)
    if sentence.has("private_invite"):
        # "Reply here with it, or DM it if you prefer": the public reply is still asked for.
        return says_here and any(token.norm_ in _ALTERNATIVE for token in sentence.span)
    elsewhere = [other for other in sentence.segment.sentences if other is not sentence]
    return says_here or not any(other.has("private_invite") for other in elsewhere)


def check_reply_length(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    public = _public_agent_messages(conversation)
    if not public:
        return Outcome(NA)
    limit = criterion_param(criterion, "max_chars")
    long = [segment for segment in public if len(segment.text) > limit]
    values = {"value": max(len(segment.text) for segment in public), "limit": limit}
    if long:
        return Outcome(FAIL, [segment.sentences[0] for segment in long], values=values)
    return Outcome(PASS, values=values)


def check_tone(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    acronyms = {word.upper() for word in criterion_param(criterion, "acronyms")}
    shouting = []
    for segment in conversation.agent_segments:
        capitals = [
            word for word in _WORD.findall(segment.text) if len(word) >= 4 and word.isupper() and word not in acronyms
        ]
        if capitals or "!!" in segment.text or segment.text.count("!") > 1:
            shouting.extend(_sentences_containing(segment, capitals or ["!"]))
    return Outcome(FAIL, shouting) if shouting else Outcome(PASS)


def _sentences_containing(segment: Segment, fragments: list[str]) -> list[Sentence]:
    return [sentence for sentence in segment.sentences if any(fragment in sentence.text for fragment in fragments)][:2]


def check_signature(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    public = _public_agent_messages(conversation)
    if not public:
        return Outcome(NA)
    agent_name = conversation.transcript.get("agent_name")
    unsigned = [segment for segment in public if not _is_signed(segment.text, agent_name)]
    if unsigned:
        return Outcome(FAIL, [segment.sentences[-1] for segment in unsigned])
    return Outcome(PASS, [public[0].sentences[-1]])


def _is_signed(text: str, agent_name: str | None) -> bool:
    """Ends with ^ and 2–3 letters, or a dash and the agent's name."""
    text = text.rstrip()
    if _CARET_SIGNATURE.search(text):
        return True
    match = _DASH_SIGNATURE.search(text)
    if not match:
        return False
    signed = fold(match.group("name"))
    return agent_name is None or any(part in signed.split() for part in fold(agent_name).split())


def check_response_time(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    limit = criterion_param(criterion, "max_seconds")
    delays = []
    for question, reply in zip(conversation.segments, conversation.segments[1:]):
        if question.speaker == "customer" and reply.speaker == "agent" and None not in (question.at, reply.at):
            delays.append((reply.at - question.at, reply))
    if not delays:
        return Outcome(NA)
    slowest, reply = max(delays, key=lambda delay: delay[0])
    values = {"value": figure(slowest, limit), "limit": limit}
    if slowest > limit:
        return Outcome(FAIL, reply.sentences[:1], values=values)
    return Outcome(PASS, values=values)
