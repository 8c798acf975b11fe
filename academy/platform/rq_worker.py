"""The RQ worker `run_worker` starts when TASKS_BACKEND=rq."""

from rq.worker import SimpleWorker

# How long an idle worker blocks on the queue before it looks after the queue's upkeep (RQ waits
# up to 405 s, and only then would it take over the scheduler of a worker that died).
WORKER_TTL_SECONDS = 25
UPKEEP_SECONDS = 15


class Worker(SimpleWorker):
    """Jobs run in the worker process itself (the transcription engine loaded at start is reused;
    a copy forked per job hung), and an idle worker looks after the queue's upkeep every 15 s:
    when the worker holding RQ's scheduler (which releases delayed retries) dies, another takes
    it over once its lock expires, about a minute later, instead of up to ten minutes."""

    def __init__(self, *args, **kwargs):
        kwargs.update(worker_ttl=WORKER_TTL_SECONDS, maintenance_interval=UPKEEP_SECONDS)
        super().__init__(*args, **kwargs)
