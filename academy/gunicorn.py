"""The web server's settings beside the command line (`gunicorn --config python:academy.gunicorn`).

Each worker process, once Django is loaded, announces itself (:data:`web_worker_starting`), so
apps load what a request would otherwise wait for, e.g. the speech engine a live call's first
reply needs (several seconds on 2 cores), before the worker takes its first request.
"""

from __future__ import annotations

from typing import Any

workers = 2
# Python runs one thread of a process at a time, so threads add no cores; they let a short page pass a
# long one (a report, a PDF streamed from S3, a database round trip) instead of queueing behind it.
# benchmarks/load_test.py (50 people, 2 cores, server given the cores): pages p95/p99 with 1 thread
# 127/232 ms, 2: 91/321, 4: 67/96, 8: 77/252.
threads = 4
# Also the time a worker has to start: loading the engine before the first request takes about
# 10 s on 2 cores, and several times that on a loaded machine; past this the worker is restarted.
timeout = 120
# How long a kept-alive connection waits for its next request. Longer than the pause people and
# proxies leave between two requests (nginx and load balancers keep theirs 60 s): with gunicorn's
# 2 s, a request sent as the server closed the idle connection met "connection reset"
# (benchmarks/load_test.py: 3 to 20 a run). Idle connections wait in the poller, not in a thread.
keepalive = 75


def post_worker_init(worker: Any) -> None:
    """Gunicorn's hook, called in each worker after it has loaded the application."""
    from academy.platform.signals import web_worker_starting

    web_worker_starting.send(sender=None)
