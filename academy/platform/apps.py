from django.apps import AppConfig
from django.core import checks


class PlatformConfig(AppConfig):
    """The running product as a whole: task worker, demo data loader, smoke check, secret key."""

    name = "academy.platform"
    label = "platform"
    verbose_name = "Platform"

    def ready(self) -> None:
        from django_tasks.signals import task_finished, task_started

        from academy.platform.secret_key import check_secret_key

        checks.register(check_secret_key, checks.Tags.security, deploy=True)
        # What Django does around every request, around every job: a worker keeps its database
        # connection between jobs, so one broken by a database restart is replaced, not reused.
        task_started.connect(_connections_refresh, dispatch_uid="platform-job-started-connections")
        task_finished.connect(_connections_refresh, dispatch_uid="platform-job-finished-connections")


def _connections_refresh(**_) -> None:
    from django.db import connections

    for connection in connections.all(initialized_only=True):
        if not connection.in_atomic_block:  # a job run inline, inside a request's or test's transaction
            connection.close_if_unusable_or_obsolete()
