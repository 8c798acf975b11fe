"""Receivers: thin, the work is in services."""

import logging
import time

from django.conf import settings

from .services.maintenance import worker_housekeeping_start

logger = logging.getLogger(__name__)


def worker_housekeeping(sender, **kwargs) -> None:
    """A starting worker recovers attempts a killed worker left behind."""
    recovered = worker_housekeeping_start()
    if recovered:
        logger.warning("Recovered %d practice attempt(s) left behind by a stopped worker", recovered)


def web_worker_warm(sender, **kwargs) -> None:
    """A starting web worker loads what a live call's first reply needs: the speech engine and the
    reply judging of both languages (off with LIVE_CALL_PRELOAD=false, e.g. on a web server
    that never hosts calls, to save the engine's memory)."""
    if not settings.LIVE_CALL_PRELOAD:
        return
    from scenarios.roleplay.warm import judges_warm
    from transcription.apps import engine_load

    started = time.perf_counter()
    engine_load("turns")
    judges_warm()
    logger.info("Live calls ready: engine and reply judging loaded in %.1f s", time.perf_counter() - started)
