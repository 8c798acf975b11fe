"""Apply every retention period now (the worker does it daily by itself)."""

from django.core.management import BaseCommand

from academy.privacy.retention import retention_enforce


class Command(BaseCommand):
    help = "Delete recordings, transcripts and reports older than their retention periods."

    def handle(self, *args, **options):
        for category, count in retention_enforce().items():
            self.stdout.write(f"{category}: {count}")
