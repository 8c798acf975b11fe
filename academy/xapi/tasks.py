"""Background job: forward statements to the external LRS; thin, the work is in services."""

from django_tasks import task

from .services import statements_forward


@task()
def statements_forward_task() -> int:
    return statements_forward()
