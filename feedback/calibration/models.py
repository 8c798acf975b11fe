"""Calibration sessions: reviewers score the same conversations blind, then compare.

A session holds one or a few submitted scorecards (`CalibrationItem`, with the automatic
result as it stood when the session opened, so a later re-score does not change what was
calibrated), the invited reviewers, each reviewer's answer per criterion, and, after the
reveal, the answer the group agreed on with the discussion note.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from feedback.reports.models import Result, Scorecard
from feedback.rubrics.models import RubricVersion


class CalibrationSession(models.Model):
    title = models.CharField(_("title"), max_length=200)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("opened by"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    revealed_at = models.DateTimeField(_("revealed"), null=True, blank=True)
    note = models.TextField(_("discussion note"), blank=True)
    agreed_at = models.DateTimeField(_("agreed"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("calibration session")
        verbose_name_plural = _("calibration sessions")

    def __str__(self) -> str:
        return self.title

    @property
    def is_revealed(self) -> bool:
        return self.revealed_at is not None


class CalibrationItem(models.Model):
    """One conversation of a session, with the automatic result frozen when the session opened."""

    session = models.ForeignKey(CalibrationSession, on_delete=models.CASCADE, related_name="items")
    scorecard = models.ForeignKey(Scorecard, on_delete=models.CASCADE, related_name="calibration_items")
    rubric_version = models.ForeignKey(RubricVersion, on_delete=models.PROTECT, related_name="+")
    language = models.CharField(max_length=8)
    automatic_result = models.JSONField()

    class Meta:
        ordering = ["session", "pk"]
        constraints = [models.UniqueConstraint(fields=["session", "scorecard"], name="unique_calibration_item")]


class CalibrationReviewer(models.Model):
    """An invited reviewer; `submitted_at` is set when they hand in their answers."""

    session = models.ForeignKey(CalibrationSession, on_delete=models.CASCADE, related_name="reviewers")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calibrations")
    submitted_at = models.DateTimeField(_("answers handed in"), null=True, blank=True)

    class Meta:
        ordering = ["session", "pk"]
        constraints = [models.UniqueConstraint(fields=["session", "user"], name="unique_calibration_reviewer")]


class CalibrationAnswer(models.Model):
    """One reviewer's blind answer on one criterion of one conversation."""

    reviewer = models.ForeignKey(CalibrationReviewer, on_delete=models.CASCADE, related_name="answers")
    item = models.ForeignKey(CalibrationItem, on_delete=models.CASCADE, related_name="answers")
    criterion = models.CharField(max_length=40)
    result = models.CharField(max_length=4, choices=Result.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["reviewer", "item", "criterion"], name="unique_calibration_answer")
        ]


class AgreedAnswer(models.Model):
    """The answer the session agreed on after discussion: the reference reviewers and the
    automatic scoring are measured against."""

    item = models.ForeignKey(CalibrationItem, on_delete=models.CASCADE, related_name="agreed")
    criterion = models.CharField(max_length=40)
    result = models.CharField(max_length=4, choices=Result.choices)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["item", "criterion"], name="unique_agreed_answer")]
