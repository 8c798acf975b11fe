"""Housekeeping the task worker runs by itself: the recovery of attempts left behind by a
killed worker. (The daily retention sweep is academy.privacy's.)"""

from .pipeline import attempts_recover_stalled


def worker_housekeeping_start() -> int:
    """What a starting worker does first: pick up stalled attempts."""
    return attempts_recover_stalled()
