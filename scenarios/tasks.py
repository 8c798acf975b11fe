"""Background jobs of the practice pipeline; thin: the work is in services.pipeline.

Jobs take database ids (and the attempt's job token) and are safe to run twice.
"""

from django_tasks import task

from .services import pipeline


@task()
def attempt_process(attempt_id: int, token: str) -> str:
    return pipeline.attempt_process(attempt_id=attempt_id, token=token).value
