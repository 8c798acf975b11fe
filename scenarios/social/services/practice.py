"""What an agent does in the simulated social inbox: start a practice, read it (which
releases the customer messages that are due), reply in public or privately, finish.

The server is the clock and the source of truth: customer messages are released from
the schedule (scenarios.social.schedule) by elapsed time and the agent's replies, and
stored once, so a reload, a second tab or a retried request all see the same thread.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.xapi import events as learning_records
from scenarios.models import Attempt
from scenarios.services.pipeline import attempt_enqueue_processing

from ..models import SOCIAL_KIND, SocialMessage, SocialScenarioPage, SocialThread, Visibility
from ..schedule import Arrival, Reply, ScriptMessage, arrivals
from .transcripts import social_transcript

# Longer than any sensible message, public or private; a safeguard, not a rubric rule.
MAX_MESSAGE_CHARS = 5000


@dataclass(frozen=True)
class InboxState:
    """What the inbox shows: the thread so far and when to look again."""

    elapsed_s: float
    time_limit_s: int
    ended: bool  # finished by the agent, or out of time
    next_arrival_in_s: float | None  # None: nothing scheduled until the agent replies
    messages: list[SocialMessage]


@dataclass(frozen=True)
class ReplyOutcome:
    message: SocialMessage
    duplicate: bool  # the same reply (same key) had already been received
    over_limit: bool  # a public reply longer than the limit: kept and scored


def social_attempt_start(*, agent, scenario: SocialScenarioPage) -> Attempt:
    """Open a new practice: snapshot the scenario, start the clock, release the first messages."""
    script = scenario.customer_messages
    if not script:
        raise ValidationError(_("This scenario has no customer messages to practise on."))
    with transaction.atomic():
        attempt = Attempt.objects.create(
            agent=agent,
            scenario=scenario,
            title=scenario.title,
            kind=SOCIAL_KIND,
            channel=scenario.channel,
            language=scenario.language,
            state=Attempt.State.RECORDING,
        )
        SocialThread.objects.create(
            attempt=attempt,
            brand_name=scenario.brand_name,
            customer_name=scenario.customer_name,
            customer_handle=scenario.customer_handle,
            script=script,
            time_limit_s=scenario.time_limit_minutes * 60,
            started_at=timezone.now(),
        )
        learning_records.practice_attempted(attempt)
    social_inbox_state(attempt=attempt)
    return attempt


def _elapsed(thread: SocialThread) -> float:
    end = thread.ended_at or timezone.now()
    return max(0.0, (end - thread.started_at).total_seconds())


def _is_over(attempt: Attempt, thread: SocialThread, elapsed: float) -> bool:
    return attempt.state != Attempt.State.RECORDING or elapsed >= thread.time_limit_s


def _release_due(attempt: Attempt, thread: SocialThread, now_s: float) -> list[Arrival]:
    """Store every customer message due by `now_s` (once: the key is unique); return the rest of the schedule."""
    replies = [
        Reply(at=at, visibility=visibility, text=text)
        for at, visibility, text in attempt.social_messages.filter(author=SocialMessage.Author.AGENT).values_list(
            "at", "visibility", "text"
        )
    ]
    schedule = arrivals([ScriptMessage.from_dict(m) for m in thread.script], replies)
    limit = min(now_s, thread.time_limit_s)
    released = set(attempt.social_messages.exclude(script_key="").values_list("script_key", flat=True))
    SocialMessage.objects.bulk_create(
        [
            SocialMessage(
                attempt=attempt,
                author=SocialMessage.Author.CUSTOMER,
                visibility=arrival.visibility,
                text=arrival.text,
                at=arrival.at,
                script_key=arrival.key,
            )
            for arrival in schedule
            if arrival.at <= limit and arrival.key not in released
        ],
        ignore_conflicts=True,  # a concurrent request released it first
    )
    return [arrival for arrival in schedule if arrival.at > limit and arrival.at <= thread.time_limit_s]


def social_inbox_state(*, attempt: Attempt) -> InboxState:
    """The thread as of now, releasing what has become due."""
    thread = attempt.social_thread
    elapsed = _elapsed(thread)
    pending = _release_due(attempt, thread, elapsed)
    ended = _is_over(attempt, thread, elapsed)
    return InboxState(
        elapsed_s=elapsed,
        time_limit_s=thread.time_limit_s,
        ended=ended,
        next_arrival_in_s=None if ended or not pending else max(0.0, pending[0].at - elapsed),
        messages=list(attempt.social_messages.all()),
    )


def social_reply(*, attempt: Attempt, text: str, visibility: str, key: uuid.UUID | None) -> ReplyOutcome:
    """Post the agent's reply in the public thread or the private conversation.

    The same `key` sent twice (a double click, a retried request) posts once. A public
    reply over the limit is kept, flagged and scored, like a real post the platform
    would have cut or refused.
    """
    if key is not None:
        existing = attempt.social_messages.filter(client_key=key).first()
        if existing is not None:
            return ReplyOutcome(message=existing, duplicate=True, over_limit=existing.over_limit)
    text = text.replace("\r\n", "\n").strip()  # browsers send a textarea's line breaks as CRLF; count them once
    if not text:
        raise ValidationError(_("Write a reply before sending it."))
    if visibility not in Visibility.values:
        raise ValidationError(_("Choose where to reply: in public or in a private message."))
    if len(text) > MAX_MESSAGE_CHARS:
        raise ValidationError(
            _("This reply is too long: %(count)d characters, at most %(max)d.")
            % {"count": len(text), "max": MAX_MESSAGE_CHARS}
        )
    with transaction.atomic():
        thread = SocialThread.objects.select_for_update().get(attempt=attempt)  # one reply at a time
        elapsed = _elapsed(thread)
        if _is_over(attempt, thread, elapsed):
            raise ValidationError(
                _("This practice has ended, so the reply was not sent. Your earlier replies are kept.")
            )
        _release_due(attempt, thread, elapsed)
        if not attempt.social_messages.filter(author=SocialMessage.Author.CUSTOMER).exists():
            raise ValidationError(_("Wait for the customer's first message before replying."))
        try:
            with transaction.atomic():
                message = SocialMessage.objects.create(
                    attempt=attempt,
                    author=SocialMessage.Author.AGENT,
                    visibility=visibility,
                    text=text,
                    at=elapsed,
                    client_key=key,
                )
        except IntegrityError:  # the same key arrived concurrently
            message = attempt.social_messages.get(client_key=key)
            return ReplyOutcome(message=message, duplicate=True, over_limit=message.over_limit)
        _release_due(attempt, thread, elapsed)  # follow-ups due at once
    return ReplyOutcome(message=message, duplicate=False, over_limit=message.over_limit)


def social_attempt_finish(*, attempt: Attempt) -> Attempt:
    """End the practice and hand the thread to the scoring pipeline (idempotent)."""
    if attempt.state != Attempt.State.RECORDING:
        return attempt
    with transaction.atomic():
        thread = SocialThread.objects.select_for_update().get(attempt=attempt)
        attempt.refresh_from_db(fields=["state"])
        if attempt.state != Attempt.State.RECORDING:  # a concurrent finish won
            return attempt
        social_inbox_state(attempt=attempt)  # the last due messages belong to the thread
        if not attempt.social_messages.filter(author=SocialMessage.Author.AGENT).exists():
            if _is_over(attempt, thread, _elapsed(thread)):
                raise ValidationError(
                    _("The time ran out before you replied, so there is nothing to score: practise again.")
                )
            raise ValidationError(_("Reply to the customer at least once before finishing."))
        now = timezone.now()
        thread.ended_at = min(now, thread.started_at + timedelta(seconds=thread.time_limit_s))
        thread.save(update_fields=["ended_at"])
        attempt.transcript = social_transcript(attempt=attempt, thread=thread)
        attempt.state = Attempt.State.SCORING
        attempt.submitted_at = now
        attempt.save(update_fields=["transcript", "state", "submitted_at"])
        attempt_enqueue_processing(attempt=attempt)
    return attempt
