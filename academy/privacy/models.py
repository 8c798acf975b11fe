"""What the product keeps after erasing a person: that an erasure happened, never who."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ErasureRecord(models.Model):
    """The audit entry of one erasure. It names the trainer who carried it out and counts what
    went per kind of data; nothing in it identifies the erased person (no name, account, id):
    the reference is random, for the trainer to quote to whoever asked."""

    reference = models.UUIDField(_("reference"), default=uuid.uuid4, unique=True, editable=False)
    erased_at = models.DateTimeField(_("erased at"), auto_now_add=True)
    erased_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("erased by"),
    )
    counts = models.JSONField(_("what was erased"), default=dict)

    class Meta:
        ordering = ["-erased_at"]
        verbose_name = _("erasure")
        verbose_name_plural = _("erasures")

    def __str__(self) -> str:
        return str(self.reference)
