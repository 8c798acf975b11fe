"""The append-only store of xAPI statements and the pseudonymous account each learner acts under."""

import uuid

from django.conf import settings
from django.db import models


class LearnerAccount(models.Model):
    """The opaque name a person's statements carry (xAPI actor account name): no e-mail, no user name."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="xapi_account")
    name = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)


class AppendOnly(models.QuerySet):
    def update(self, **kwargs):
        raise TypeError("xAPI statements are append-only: they are never changed")


class StatementRecord(models.Model):
    """One statement as it was made. Never changed: a correction is a new statement. Rows go
    only with the person (erasure) they are about."""

    statement_id = models.UUIDField(unique=True, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    verb = models.CharField(max_length=20)
    statement = models.JSONField()
    stored_at = models.DateTimeField(auto_now_add=True)

    objects = AppendOnly.as_manager()

    class Meta:
        ordering = ["pk"]

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise TypeError("xAPI statements are append-only: they are never changed")
        super().save(*args, **kwargs)


class StatementDelivery(models.Model):
    """A statement the external LRS has accepted (forwarding is optional: XAPI_LRS_ENDPOINT)."""

    record = models.OneToOneField(StatementRecord, on_delete=models.CASCADE, related_name="delivery")
    delivered_at = models.DateTimeField(auto_now_add=True)
