"""Background jobs of data rights; thin: the work is in retention."""

from django_tasks import task

from .maintenance import retention_schedule_next
from .retention import retention_enforce


@task()
def retention_daily(chain: str) -> dict:
    """Enforce every retention period, then come back tomorrow."""
    done = retention_enforce()
    retention_schedule_next(chain=chain)
    return done
