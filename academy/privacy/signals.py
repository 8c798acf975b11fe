"""Receivers: thin, the work is in maintenance."""

from .maintenance import retention_schedule_start


def retention_schedule(sender, **kwargs) -> None:
    """A starting worker begins the daily retention sweep."""
    retention_schedule_start()
