"""Housekeeping the task worker runs by itself: the daily retention sweep and the
recovery of attempts left behind by a killed worker."""
import uuid
from datetime import timedelta

from django.utils import timezone

from ..models import RecurringJob
from .pipeline import attempts_recover_stalled

PRUNE_JOB = "recordings_prune_daily"
PRUNE_EVERY = timedelta(days=1)


def prune_schedule_start() -> uuid.UUID:
    """Begin a new daily chain now, retiring any earlier one."""
    from ..tasks import recordings_prune_daily

    chain = uuid.uuid4()
    RecurringJob.objects.update_or_create(name=PRUNE_JOB, defaults={"chain": chain})
    recordings_prune_daily.enqueue(str(chain))
    return chain


def prune_schedule_next(*, chain: str) -> bool:
    """Schedule tomorrow's run of `chain`, unless a newer chain replaced it."""
    from ..tasks import recordings_prune_daily

    if not RecurringJob.objects.filter(name=PRUNE_JOB, chain=chain).exists():
        return False
    if not recordings_prune_daily.get_backend().supports_defer:
        return False
    recordings_prune_daily.using(run_after=timezone.now() + PRUNE_EVERY).enqueue(chain)
    return True


def worker_housekeeping_start() -> int:
    """What a starting worker does first: pick up stalled attempts, start the retention chain."""
    recovered = attempts_recover_stalled()
    prune_schedule_start()
    return recovered
