"""A trivial background job: proves that enqueued work reaches a running worker."""

from django_tasks import task


@task()
def worker_ping(token: str) -> str:
    return f"pong:{token}"
