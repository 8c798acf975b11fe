"""Tunables of the practice pipeline: a Django setting wins, then the environment, then the default.

Read at call time (not import time) so tests and a worker started with other
settings or environment see their own values.
"""

import os

from django.conf import settings

DEFAULTS = {
    # How many times a job that failed for a transient reason is run before the attempt fails.
    "ATTEMPT_MAX_TRIES": 3,
    # First back-off delay; it doubles with every try.
    "ATTEMPT_RETRY_BASE_SECONDS": 10,
    # A running job refreshes the attempt's heartbeat this often...
    "ATTEMPT_HEARTBEAT_SECONDS": 5,
    # ...so an attempt whose heartbeat is older than this was left behind by a killed worker.
    "ATTEMPT_STALE_SECONDS": 60,
    # An upload's silence check in the web request reads at most this much audio: a
    # recording silent for longer is left to the worker's bounded decode, so a file of
    # compressed silence cannot hold a web worker for the length it really has.
    "UPLOAD_SCAN_SECONDS": 60,
    # One agent's share of the shared worker (scenarios.services.quotas): attempts queued or
    # being processed at once, and calls uploaded per hour.
    "ATTEMPTS_IN_WORKER_MAX": 3,
    "UPLOADS_PER_HOUR": 20,
}


def setting(name: str) -> float:
    if hasattr(settings, name):
        return getattr(settings, name)
    return type(DEFAULTS[name])(os.environ.get(name, DEFAULTS[name]))
