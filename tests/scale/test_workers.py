"""Several task workers, in separate processes, pull one Redis queue: a flood of attempts is
scored with each attempt processed exactly once and none lost."""

import pytest
from rq.registry import FailedJobRegistry

from scenarios.models import Attempt
from tests.scale.conftest import wait_for
from tests.scale.jobs import attempt_job_runs, queue
from tests.scale.practice import all_settled, scorecards_per_attempt, states, typed_attempts

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

FLOOD = 30


def test_three_workers_score_a_flood_of_attempts_each_exactly_once(workers):
    attempts = typed_attempts(FLOOD)  # all queued before any worker runs
    assert set(states(attempts).values()) == {Attempt.State.TRANSCRIBING}
    assert queue().count >= FLOOD
    workers.start(3)
    # A job is listed as finished just after its attempt is settled: wait for both.
    wait_for(lambda: all_settled(attempts) and len(attempt_job_runs()) >= FLOOD, 300, "the workers to settle the flood")

    assert set(states(attempts).values()) == {Attempt.State.READY}
    assert set(scorecards_per_attempt(attempts).values()) == {1}, "an attempt scored twice, or never"
    runs = attempt_job_runs()
    worked = [attempt_id for attempt_id, result in runs if result == "done"]
    assert sorted(worked) == sorted(a.pk for a in attempts), "each attempt's work was done by exactly one job"
    assert len({worker for worker in attempt_job_runs(field="worker")}) >= 2, "the queue was shared"
    assert FailedJobRegistry(queue=queue()).count == 0
    assert Attempt.objects.filter(pk__in=[a.pk for a in attempts], tries=0).count() == FLOOD
