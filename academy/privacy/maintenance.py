"""The worker's daily retention sweep: a self-rescheduling job (the database queue has no cron).

Each worker start begins a new chain and retires the one before (scenarios' RecurringJob
keeps the live chain's id), so restarts never pile up duplicate sweeps."""

import uuid
from datetime import timedelta

from django.utils import timezone

from scenarios.models import RecurringJob

RETENTION_JOB = "retention_daily"
RETENTION_EVERY = timedelta(days=1)


def retention_schedule_start() -> uuid.UUID:
    """Begin a new daily chain now, retiring any earlier one."""
    from .tasks import retention_daily

    chain = uuid.uuid4()
    RecurringJob.objects.update_or_create(name=RETENTION_JOB, defaults={"chain": chain})
    retention_daily.enqueue(str(chain))
    return chain


def retention_schedule_next(*, chain: str) -> bool:
    """Schedule tomorrow's run of `chain`, unless a newer chain replaced it."""
    from .tasks import retention_daily

    if not RecurringJob.objects.filter(name=RETENTION_JOB, chain=chain).exists():
        return False
    if not retention_daily.get_backend().supports_defer:
        return False
    retention_daily.using(run_after=timezone.now() + RETENTION_EVERY).enqueue(chain)
    return True
