"""Background jobs of the practice pipeline; thin: the work is in services.pipeline.

Jobs take database ids (and the attempt's job token) and are safe to run twice.
"""
from django_tasks import task

from .services import pipeline
from .services.recordings import recordings_prune


@task()
def attempt_process(attempt_id: int, token: str) -> str:
    return pipeline.attempt_process(attempt_id=attempt_id, token=token)


@task()
def attempt_watchdog(attempt_id: int, token: str) -> str:
    return pipeline.attempt_watch(attempt_id=attempt_id, token=token)


@task()
def recordings_prune_daily(chain: str) -> int:
    """Enforce the retention period, then come back tomorrow (the database queue has no cron)."""
    from .services.maintenance import prune_schedule_next

    pruned = recordings_prune()
    prune_schedule_next(chain=chain)
    return pruned
