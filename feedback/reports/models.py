from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from feedback.rubrics.models import RubricVersion


class Scorecard(models.Model):
    """A scored conversation of one agent: the transcript, the rubric version used,
    the automatic result (never overwritten) and the effective result after human review.

    It does not know where the conversation came from: whoever creates it fills in
    the title and context (a practice attempt, an uploaded call, a pasted thread).
    """

    agent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="scorecards")
    title = models.CharField(_("title"), max_length=255)
    context = models.CharField(_("context"), max_length=255, blank=True)
    language = models.CharField(_("language"), max_length=8)
    channel = models.CharField(_("channel"), max_length=10)
    transcript = models.JSONField(_("transcript"))
    rubric_version = models.ForeignKey(RubricVersion, on_delete=models.PROTECT, related_name="scorecards")
    automatic_result = models.JSONField(_("automatic result"))
    result = models.JSONField(_("result"), help_text=_("The automatic result with human overrides applied."))
    score = models.FloatField(_("score"))
    passed = models.BooleanField(_("passed"))
    critical_failure = models.BooleanField(_("critical failure"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("scorecard")
        verbose_name_plural = _("scorecards")

    def __str__(self) -> str:
        return f"{self.title} ({self.agent})"
