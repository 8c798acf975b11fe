"""What the Redis queue says about the jobs the workers ran (RQ's registries and results)."""

from __future__ import annotations

import django_rq
from rq.job import Job
from rq.registry import FinishedJobRegistry

PROCESS = "scenarios.tasks.attempt_process"


def queue():
    return django_rq.get_queue("default")


def attempt_job_runs(field: str = "result") -> list:
    """(attempt id, what the job returned) for every attempt-processing job that finished; with
    field="worker", the name of the worker that ran each."""
    connection = django_rq.get_connection()
    ids = FinishedJobRegistry(queue=queue()).get_job_ids()
    runs = []
    for job in Job.fetch_many(ids, connection=connection):
        if job is None or job.func_name != PROCESS:
            continue
        result = job.latest_result()
        runs.append(result.worker_name if field == "worker" else (job.args[0], result.return_value))
    return runs
