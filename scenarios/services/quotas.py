"""How much transcription one agent may queue: the worker is shared, so nobody's burst of
uploads should hold everyone else's reports back.

Counted from the attempts themselves (no cache to keep in step): attempts waiting for
or in the worker, and recorded calls uploaded in the last hour. Each check runs inside the transaction that adds the job, with the
agent's row locked, so parallel requests of one agent are counted one after the other.
"""

from __future__ import annotations

import math
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from ..conf import setting
from ..models import Attempt

HOUR = timedelta(hours=1)


def _lock(agent) -> None:
    get_user_model().objects.select_for_update().filter(pk=agent.pk).first()


def attempts_in_worker_check(*, agent) -> None:
    """Refuse one more processing job while the agent already has ATTEMPTS_IN_WORKER_MAX queued or running."""
    _lock(agent)
    waiting = Attempt.objects.filter(agent=agent, state__in=Attempt.IN_WORKER).count()
    if waiting >= setting("ATTEMPTS_IN_WORKER_MAX"):
        raise ValidationError(
            _(
                "You already have %(count)d recordings waiting to be transcribed: wait until one is ready, then try again."
            )
            % {"count": waiting},
            code="quota",
        )


def upload_quota_check(*, agent) -> None:
    """Refuse an upload past the agent's jobs in the worker or their UPLOADS_PER_HOUR."""
    attempts_in_worker_check(agent=agent)
    now = timezone.now()
    recent = list(
        Attempt.objects.filter(agent=agent, kind=Attempt.Kind.UPLOAD, created_at__gt=now - HOUR)
        .order_by("created_at")
        .values_list("created_at", flat=True)
    )
    if len(recent) >= setting("UPLOADS_PER_HOUR"):
        wait = recent[len(recent) - setting("UPLOADS_PER_HOUR")] + HOUR - now
        raise ValidationError(
            _(
                "You have uploaded %(count)d recordings in the last hour, the most allowed: try again in %(minutes)d minutes."
            )
            % {"count": len(recent), "minutes": max(1, math.ceil(wait.total_seconds() / 60))},
            code="quota",
        )
