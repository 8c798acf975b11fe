"""Delivery criteria of the phone rubric, judged on the figures of metrics.py."""

from __future__ import annotations

from feedback.scoring.checks.base import FAIL, NA, PASS, Outcome, figure
from feedback.scoring.conversation import Conversation
from feedback.scoring.defaults import criterion_param
from feedback.scoring.metrics import delivery_metrics
from feedback.scoring.rubric import CriterionDefinition


def check_filler_words(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    metrics = delivery_metrics(conversation)
    limit = criterion_param(criterion, "max_per_100")
    if not conversation.has_timestamps or metrics.agent_words < criterion_param(criterion, "min_words"):
        return Outcome(NA)
    rate = metrics.fillers_per_100_words or 0.0
    values = {"value": figure(rate, limit, 1), "limit": limit}
    if rate <= limit:
        return Outcome(PASS, values=values)
    return Outcome(FAIL, metrics.filler_sentences[:3], values=values)


def check_speaking_pace(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    metrics = delivery_metrics(conversation)
    if not conversation.has_timestamps or (metrics.agent_seconds or 0) < criterion_param(criterion, "min_seconds"):
        return Outcome(NA)
    wpm = metrics.agent_wpm or 0.0
    low, high = criterion_param(criterion, "min_wpm"), criterion_param(criterion, "max_wpm")
    values = {"value": figure(wpm, high if wpm > high else low), "low": low, "high": high}
    if wpm > high:
        return Outcome(FAIL, reason="fail_fast", values=values)
    if wpm < low:
        return Outcome(FAIL, reason="fail_slow", values=values)
    return Outcome(PASS, values=values)


def check_dead_air(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    if not conversation.has_timestamps:
        return Outcome(NA)
    limit = criterion_param(criterion, "max_gap_s")
    longest = delivery_metrics(conversation).longest_gap
    values = {"value": figure(longest.seconds, limit, 1) if longest else 0.0, "limit": limit}
    if longest is None or longest.seconds <= limit:
        return Outcome(PASS, values=values)
    return Outcome(FAIL, [longest.before], values=values)


def check_talk_ratio(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    ratio = delivery_metrics(conversation).agent_talk_ratio
    if not conversation.has_timestamps or ratio is None:
        return Outcome(NA)
    limit = criterion_param(criterion, "max_ratio")
    percent = round(100 * limit, 1)
    shown_limit = int(percent) if percent.is_integer() else percent
    values = {"value": figure(100 * ratio, shown_limit), "limit": shown_limit}
    return Outcome(PASS if ratio <= limit else FAIL, values=values)
