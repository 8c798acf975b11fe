"""Start the background task worker for whichever queue backend the settings select."""
from django.conf import settings
from django.core.management import BaseCommand, call_command

from academy.platform.signals import worker_starting


class Command(BaseCommand):
    help = "Run the background task worker (database queue by default, RQ when TASKS_BACKEND=rq)."

    def handle(self, *args, **options):
        worker_starting.send(sender=self.__class__)
        if settings.TASKS_BACKEND == "rq":
            # django-tasks' own job class: RQ's default one cannot call a Task (every job failed).
            # Jobs run in the worker process itself, not in a process forked per job: the
            # transcription engine loaded at start is reused (and a forked copy of it hung).
            call_command("rqworker", "default", with_scheduler=True, job_class="django_tasks_rq.Job",
                         worker_class="rq.worker.SimpleWorker")
        else:
            call_command("db_worker", queue_name="*", interval=0.5)
