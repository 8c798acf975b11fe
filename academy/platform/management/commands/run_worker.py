"""Start the background task worker for whichever queue backend the settings select."""

import logging
import time

from django.conf import settings
from django.core.management import BaseCommand, call_command

from academy.platform.jobs import recovery_start
from academy.platform.malloc import malloc_for_worker
from academy.platform.signals import worker_starting

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Run the background task worker (database queue by default, RQ when TASKS_BACKEND=rq)."

    def handle(self, *args, **options):
        malloc_for_worker()  # before the engine's threads start, so they share the main arena
        worker_starting.send(sender=self.__class__)
        recovery_start()
        if settings.TASKS_BACKEND == "rq":
            self.rq_work()
        else:
            call_command("db_worker", queue_name="*", interval=0.5)

    def rq_work(self) -> None:
        """RQ's worker, started again when Redis goes away mid-job (RQ itself then quits); the job
        it held is recovered by the sweep (academy.platform.jobs)."""
        import django_rq
        from django_rq.utils import reset_db_connections
        from redis.exceptions import ConnectionError as RedisConnectionError

        while True:
            # django-tasks' own job class: RQ's default one cannot call a Task (every job failed).
            worker = django_rq.get_worker(
                "default", job_class="django_tasks_rq.Job", worker_class="academy.platform.rq_worker.Worker"
            )
            reset_db_connections()
            try:
                worker.work(with_scheduler=True)
                return
            except RedisConnectionError as error:
                logger.warning("Lost Redis (%s); starting the worker again in 2 s", error)
                time.sleep(2)
