"""Faults while workers run: a worker killed mid-job, PostgreSQL restarted, Redis restarted, S3
unreachable for a while. Each ends with every attempt scored, or failed with its reason and
scored after Retry; none stuck, none lost, none scored twice."""

import pytest
from django.db import connection

from scenarios.models import Attempt
from scenarios.services.attempts import attempt_retry
from tests.scale.conftest import wait_for
from tests.scale.outage import Relay
from tests.scale.practice import (
    all_settled,
    scorecards_per_attempt,
    states,
    typed_attempts,
    typed_scenario,
    uploaded_call,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def retried_until_scored(attempts, timeout: float = 180) -> None:
    """Every attempt settles; each failed one carries a reason and, retried, is scored; one scorecard each."""
    wait_for(lambda: all_settled(attempts), timeout, "every attempt to be scored or failed")
    failed = list(Attempt.objects.filter(pk__in=[a.pk for a in attempts], state=Attempt.State.FAILED))
    assert all(attempt.failure_reason for attempt in failed), "a failure without a reason"
    for attempt in failed:
        attempt_retry(attempt=attempt)
    wait_for(
        lambda: set(states(attempts).values()) == {Attempt.State.READY}, timeout, "the retried attempts to be scored"
    )
    assert set(scorecards_per_attempt(attempts).values()) == {1}, "an attempt scored twice, or never"


def test_an_attempt_whose_worker_was_killed_mid_job_is_finished_by_another(workers, tmp_path):
    first = workers.start(1)[0]
    upload = uploaded_call(tmp_path)
    wait_for(
        lambda: Attempt.objects.filter(pk=upload.pk, state="transcribing", heartbeat_at__isnull=False).exists(),
        120,
        "the first worker to start transcribing",
    )
    workers.kill(first)
    attempts = [upload, *typed_attempts(6)]
    workers.start(2)
    # The killed worker held the queue's scheduler: delayed retries wait for its lock to expire (61 s).
    retried_until_scored(attempts, timeout=240)
    upload.refresh_from_db()
    assert upload.tries >= 1, "the killed run counts as a try"


def test_postgresql_restarted_while_workers_process_a_flood(workers, services):
    attempts = typed_attempts(12)
    workers.start(2)
    wait_for(lambda: Attempt.State.READY in states(attempts).values(), 120, "the first attempt to be scored")
    services.postgres_stop()
    services.postgres_start()
    connection.close()  # this process's connection died with the server
    retried_until_scored(attempts)


def test_redis_restarted_with_jobs_queued_and_a_job_sent_while_it_was_down(workers, services):
    scenario = typed_scenario()  # publishing a page enqueues Wagtail's own jobs: before Redis stops
    queued = typed_attempts(6, scenario=scenario)
    services.redis_stop()
    sent_while_down = typed_attempts(
        2, scenario=scenario
    )  # the queue refuses these jobs: the attempts must not be lost
    services.redis_start()  # the append-only file kept the queued jobs
    workers.start(2)
    wait_for(lambda: Attempt.State.READY in states(queued).values(), 120, "the first attempt to be scored")
    services.redis_stop()  # and once more while the workers run
    services.redis_start()
    later = typed_attempts(3, scenario=scenario)
    retried_until_scored(queued + sent_while_down + later)


def test_s3_unreachable_for_a_while(workers, services):
    relay = Relay(services.s3_port)
    relay.up()
    attempts = typed_attempts(6)
    relay.down()
    workers.start(2, AWS_S3_ENDPOINT_URL=relay.url, ATTEMPT_MAX_TRIES="2")
    wait_for(lambda: all_settled(attempts), 180, "every attempt to fail for now")
    assert set(states(attempts).values()) == {Attempt.State.FAILED}
    relay.up()
    retried_until_scored(attempts)
