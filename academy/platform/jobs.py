"""Background jobs that own a database row, whatever the row is: claim, heartbeat, retry, recover.

A row a job works on carries `job_token`, `heartbeat_at`, `tries` and `job_id` (see
:class:`JobFields`). Handing the row to a new job gives it a new token; a job writes to the
row only while the token is still its own (:func:`claim`), so a job that was superseded
(retried, recovered) or runs twice does nothing. While it runs, a thread refreshes the
heartbeat; a row whose heartbeat stopped, or whose queued job the queue lost, is handed to a
new job by :func:`recover`. Transient failures are retried with a doubling delay
(django-tasks has no retry of its own). This module knows nothing of what the work is:
callers say which rows count as unfinished and what to do on each outcome.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta

from django.db import DatabaseError, connection, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks.base import TaskResultStatus
from django_tasks.exceptions import TaskResultDoesNotExist

logger = logging.getLogger(__name__)


class Outcome(enum.StrEnum):
    """What one run of a job came to."""

    DONE = "done"  # this run did the work
    NOTHING = "nothing"  # the work was already done (a job delivered twice)
    SUPERSEDED = "superseded"  # another job owns the row now
    FAILED = "failed"  # failed for good, the reason stored on the row
    RETRYING = "retrying"  # failed for now; runs again after a delay


class Superseded(Exception):
    """The row was handed to another job while this one ran."""


class JobFields(models.Model):
    """The columns a row needs to be worked on by one job at a time."""

    job_token = models.UUIDField(
        default=uuid.uuid4, help_text="Only the job carrying this token may process the attempt."
    )
    job_id = models.CharField(max_length=64, blank=True, help_text="The queue's id of the current job, once enqueued.")
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    job_handed_at = models.DateTimeField(
        null=True, blank=True, help_text="When the current token was given (its job sent, or due after a delay)."
    )
    tries = models.PositiveSmallIntegerField(_("processing tries"), default=0)

    class Meta:
        abstract = True


# --- Enqueueing


def enqueue(task, row: JobFields, *args, delay_s: float = 0) -> None:
    """Enqueue `task(row.pk, token, *args)` once the surrounding transaction commits.

    A queue that cannot be reached (Redis restarting) loses nothing: the row stays
    unfinished with no job id, and :func:`recover` enqueues it again.
    """
    model, pk, token = type(row), row.pk, str(row.job_token)

    def send():
        backend = task.get_backend()
        try:
            if delay_s and backend.supports_defer:
                result = task.using(run_after=timezone.now() + timedelta(seconds=delay_s)).enqueue(pk, token, *args)
            else:
                result = task.enqueue(pk, token, *args)
        except Exception:  # noqa: BLE001 - any broker error; recover() re-sends it
            logger.exception("%s %s: the queue refused the job; it will be sent again", model.__name__, pk)
            return
        if backend.supports_get_result:
            model.objects.filter(pk=pk, job_token=token).update(job_id=result.id)

    transaction.on_commit(send)


def hand_over(row: JobFields, *fields: str) -> None:
    """Give the row a new token (superseding any earlier job) and save it with `fields`."""
    row.job_token = uuid.uuid4()
    row.job_id = ""
    row.job_handed_at = timezone.now()
    row.heartbeat_at = None
    row.save(update_fields=["job_token", "job_id", "job_handed_at", "heartbeat_at", *fields])


# --- Running


def claim(queryset: models.QuerySet, pk: int, token: str, **changes) -> models.Model:
    """Write `changes` only if the job still owns the row; the row as it is now."""
    if not queryset.filter(pk=pk, job_token=token).update(**changes):
        raise Superseded
    return queryset.get(pk=pk)


@contextmanager
def heartbeat(queryset: models.QuerySet, pk: int, token: str, every_s: float) -> Iterator[None]:
    """Refresh the row's heartbeat from a thread while the work blocks this one.

    A beat that fails (the database restarting) is tried again at the next one: a
    short outage must not make a live job look dead.
    """
    stop = threading.Event()
    beat_rows = queryset.filter(pk=pk, job_token=token)

    def beat():
        try:
            while not stop.wait(every_s):
                try:
                    beat_rows.update(heartbeat_at=timezone.now())
                except DatabaseError:
                    connection.close()
        finally:
            connection.close()

    beat_rows.update(heartbeat_at=timezone.now())
    if connection.in_atomic_block:
        # Another connection could not see an uncommitted row (a job run inline inside
        # a transaction): nothing to beat for.
        yield
        return
    thread = threading.Thread(target=beat, name=f"job-{pk}-heartbeat", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def retry_or_fail(
    unfinished: models.QuerySet,
    pk: int,
    token: str,
    *,
    max_tries: int,
    on_retry: Callable[[models.Model, int], None],
    on_fail: Callable[[models.Model], None],
) -> Outcome:
    """Count a failed try; then either `on_retry(row, tries)` (which hands the row to a new job, after
    a delay) or, after the last try, `on_fail(row)`. Both run in one transaction with the row locked,
    and only if it is still among the `unfinished` rows and the job's own."""
    with transaction.atomic():
        row = unfinished.select_for_update(of=("self",)).filter(pk=pk, job_token=token).first()
        if row is None:
            return Outcome.SUPERSEDED
        row.tries += 1
        row.save(update_fields=["tries"])
        if row.tries >= max_tries:
            on_fail(row)
            return Outcome.FAILED
        on_retry(row, row.tries)
        return Outcome.RETRYING


def retry_delay(base_s: float, tries: int) -> float:
    """The wait before try `tries + 1`: base, then doubling."""
    return base_s * 2 ** (tries - 1)


# --- Recovering


def is_dead(row: JobFields, *, stale_s: float, task) -> bool:
    """Has the row's job died? Its heartbeat stopped for `stale_s`, or it never started beating
    and the queue no longer holds it (lost with the queue, crashed, or never sent)."""
    now = timezone.now()
    if row.heartbeat_at is not None:
        return row.heartbeat_at < now - timedelta(seconds=stale_s)
    backend = task.get_backend()
    if not backend.supports_get_result:
        return False
    if not row.job_id:  # never sent (the queue was down): once the queue had its chance
        return row.job_handed_at is None or row.job_handed_at < now - timedelta(seconds=stale_s)
    try:
        result = backend.get_result(row.job_id)
    except TaskResultDoesNotExist:
        return True
    if result.status == TaskResultStatus.RUNNING:  # taken by a worker that died before its first beat
        return result.started_at is not None and result.started_at < now - timedelta(seconds=stale_s)
    return result.is_finished  # finished while the row is still unfinished: it raised and was not retried


_recoveries: list[tuple[Callable[[], int], Callable[[], float]]] = []


def recovery_register(sweep: Callable[[], int], *, every_s: Callable[[], float]) -> None:
    """Have every worker run `sweep()` (which hands on the rows whose job died) every `every_s()` seconds."""
    _recoveries.append((sweep, every_s))


def recovery_start() -> list[threading.Thread]:
    """Start the registered sweeps in threads of this worker process (`run_worker`).

    Recovery must not depend on the queue it recovers from: a job sent while the queue was
    down, or lost with it, is found here. Sweeps of several workers may overlap:
    each hand-over happens once, under the row's lock and token.
    """
    threads = []
    for sweep, every_s in _recoveries:

        def loop(sweep=sweep, every_s=every_s):
            while True:
                time.sleep(every_s())
                try:
                    sweep()
                except Exception:  # noqa: BLE001 - the database or queue is down: try again next time
                    logger.exception("Job recovery sweep failed; trying again in %.0f s", every_s())
                finally:
                    connection.close()

        thread = threading.Thread(target=loop, name=f"recovery-{sweep.__name__}", daemon=True)
        thread.start()
        threads.append(thread)
    return threads
