"""Keeping statements and sending them on. Every learning event goes through
`statement_record`, which validates the statement, appends it to the store and, when an
external LRS is configured, has the worker forward it once the transaction commits."""

from __future__ import annotations

import logging
from datetime import datetime

import httpx
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import LearnerAccount, StatementDelivery, StatementRecord
from .statements import XAPI_VERSION, Activity, statement
from .validation import statement_validate

FORWARD_BATCH = 100
logger = logging.getLogger(__name__)


def learner_account(user) -> LearnerAccount:
    account, _created = LearnerAccount.objects.get_or_create(user=user)
    return account


def statement_record(
    *,
    user,
    verb: str,
    activity: Activity,
    timestamp: datetime | None = None,
    result: dict | None = None,
    parents: tuple[Activity, ...] = (),
    language: str | None = None,
) -> StatementRecord:
    made = statement(
        home_page=settings.XAPI_HOME_PAGE,
        account=str(learner_account(user).name),
        verb=verb,
        activity=activity,
        timestamp=timestamp or timezone.now(),
        result=result,
        parents=parents,
        language=language,
    )
    statement_validate(made)
    record = StatementRecord.objects.create(statement_id=made["id"], user=user, verb=verb, statement=made)
    if settings.XAPI_LRS_ENDPOINT:
        from .tasks import statements_forward_task

        transaction.on_commit(lambda: statements_forward_task.enqueue())
    return record


def statements_pending() -> list[StatementRecord]:
    return list(StatementRecord.objects.filter(delivery__isnull=True).order_by("pk")[:FORWARD_BATCH])


def statements_forward() -> int:
    """Send the statements the LRS has not accepted yet, oldest first, a batch per request (xAPI
    POST of a list); return how many it accepted.

    Each keeps its own id, so a batch sent again after a lost answer is not stored twice (the
    LRS drops statements it already holds). When the LRS answers that it holds a *different*
    statement under one of the ids, the batch is sent one statement at a time (PUT) so the
    others still arrive. An LRS that is down leaves everything pending for the next run."""
    if not settings.XAPI_LRS_ENDPOINT:
        return 0
    sent = 0
    with httpx.Client(
        base_url=settings.XAPI_LRS_ENDPOINT.rstrip("/") + "/",
        timeout=30,
        auth=(settings.XAPI_LRS_USERNAME, settings.XAPI_LRS_PASSWORD),
        headers={"X-Experience-API-Version": XAPI_VERSION},
    ) as client:
        while batch := statements_pending():
            response = client.post("statements", json=[record.statement for record in batch])
            if response.status_code == 409:
                _forward_one_by_one(client, batch)
            else:
                response.raise_for_status()
            StatementDelivery.objects.bulk_create(
                [StatementDelivery(record=record) for record in batch], ignore_conflicts=True
            )
            sent += len(batch)
    return sent


def _forward_one_by_one(client: httpx.Client, batch: list[StatementRecord]) -> None:
    for record in batch:
        response = client.put("statements", params={"statementId": str(record.statement_id)}, json=record.statement)
        if response.status_code == 409:  # the id is taken there by another statement: sending again cannot help
            logger.warning("The LRS holds a different statement with id %s", record.statement_id)
        else:
            response.raise_for_status()
