"""Delete raw practice recordings older than RECORDING_RETENTION_DAYS; transcripts and scores stay.

The task worker runs the same sweep daily by itself (a self-rescheduling job started
by `run_worker`); this command is for operators and cron-based deployments.
"""

from django.conf import settings
from django.core.management import BaseCommand

from scenarios.services.recordings import recordings_prune


class Command(BaseCommand):
    help = "Delete practice recordings older than the retention period (transcripts and scores are kept)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=f"Retention in days (default: RECORDING_RETENTION_DAYS = {settings.RECORDING_RETENTION_DAYS}).",
        )

    def handle(self, *args, days: int | None, **options):
        pruned = recordings_prune(days=days)
        self.stdout.write(f"Deleted {pruned} recording(s) older than {days or settings.RECORDING_RETENTION_DAYS} days.")
