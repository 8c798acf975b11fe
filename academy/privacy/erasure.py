"""Erasing a person (the right to erasure): every row and file about them goes, other people's
data stays, and an audit entry records that it happened without saying who."""

from __future__ import annotations

import logging

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.admin.models import LogEntry
from django.contrib.sessions.models import Session
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import ModelLogEntry, PageLogEntry

from academy.users.roles import user_is_trainer

from . import holdings
from .models import ErasureRecord

logger = logging.getLogger(__name__)


def person_holdings(person) -> dict[str, int]:
    """How much the product holds about `person`, per kind: what the trainer confirms before erasing."""
    return {
        "enrolments": holdings.enrolments_of(person).count(),
        "quiz_answers": holdings.quiz_attempts_of(person).count(),
        "practice_attempts": holdings.attempts_of(person).count(),
        "reports": holdings.scorecards_of(person).count(),
        "calibration_sessions": holdings.calibration_answers_of(person).count(),
        "learning_records": holdings.statements_of(person).count(),
        "files": len(holdings.files_of(person)),
    }


def person_may_be_erased_by(person, user) -> bool:
    """Trainers erase others; nobody erases themself, and superusers are left to the operators."""
    return user_is_trainer(user) and person.pk != user.pk and not person.is_superuser


def person_erase(*, person, by, confirmation: str) -> ErasureRecord:
    """Erase `person` and everything about them, once `confirmation` repeats their user name.

    The database rows go in one transaction (the account and what hangs on it by cascade,
    their sessions and sign-in records, their name on admin logs); the files go after it
    commits, so a failed erasure never leaves rows pointing at deleted files."""
    if not person_may_be_erased_by(person, by):
        raise PermissionDenied
    if confirmation.strip() != person.username:
        raise ValidationError(_("Type the user name exactly to confirm the erasure."))
    counts = person_holdings(person)
    files = holdings.files_of(person)
    with transaction.atomic():
        for model in (AccessAttempt, AccessLog, AccessFailureLog):
            model.objects.filter(username=person.username).delete()
        Session.objects.filter(pk__in=_session_keys_of(person)).delete()
        for model in (PageLogEntry, ModelLogEntry):
            model.objects.filter(user_id=person.pk).update(user=None)
        LogEntry.objects.filter(user=person).delete()
        person.delete()
        record = ErasureRecord.objects.create(erased_by=by, counts=counts)
        transaction.on_commit(lambda: _files_delete(files))
    return record


def _session_keys_of(person) -> list[str]:
    keys = []
    for session in Session.objects.all().iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(person.pk):
            keys.append(session.session_key)
    return keys


def _files_delete(files) -> None:
    for field in files:
        try:
            field.storage.delete(field.name)
        except OSError:  # logged without the path, which may carry the person's upload name
            logger.exception("An erased person's file could not be deleted from storage")
