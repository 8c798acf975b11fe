"""Start the background task worker for whichever queue backend the settings select."""
from django.conf import settings
from django.core.management import BaseCommand, call_command

from academy.platform.signals import worker_starting


class Command(BaseCommand):
    help = "Run the background task worker (database queue by default, RQ when TASKS_BACKEND=rq)."

    def handle(self, *args, **options):
        worker_starting.send(sender=self.__class__)
        if settings.TASKS_BACKEND == "rq":
            call_command("rqworker", "default", with_scheduler=True)
        else:
            call_command("db_worker", queue_name="*", interval=0.5)
