"""Receivers: thin, the work is in services."""
import logging

from .services.maintenance import worker_housekeeping_start

logger = logging.getLogger(__name__)


def worker_housekeeping(sender, **kwargs) -> None:
    """A starting worker recovers attempts a killed worker left behind."""
    recovered = worker_housekeeping_start()
    if recovered:
        logger.warning("Recovered %d practice attempt(s) left behind by a stopped worker", recovered)
