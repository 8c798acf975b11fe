from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _

from feedback.rubrics.models import RubricVersion


def private_storage():
    """Reports are private: they live in STORAGES["private"] and are served by permission-checked views."""
    return storages["private"]


class Result(models.TextChoices):
    PASS = "pass", _("Pass")
    FAIL = "fail", _("Fail")
    NA = "na", _("Not applicable")


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

    submitted_at = models.DateTimeField(_("submitted for review"), null=True, blank=True)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    coaching_note = models.TextField(_("coaching note"), blank=True)
    coaching_note_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Every change bumps `revision`; the PDF task renders only when `pdf_revision` lags behind,
    # so running it twice does no harm.
    revision = models.PositiveIntegerField(default=1)
    pdf = models.FileField(_("PDF report"), storage=private_storage, upload_to="reports/%Y/%m/", blank=True)
    pdf_revision = models.PositiveIntegerField(default=0)
    # Set while one process renders the PDF (feedback.reports.pdf): others asking for it meanwhile
    # (several first downloads, the worker's task) wait for that render instead of repeating it.
    pdf_rendering_since = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        # Lists filter by agent and sort by date, and the review queue asks which submitted
        # reports are not reviewed: with these the database answers from the index alone
        # instead of reading the wide rows (transcripts, results) of every report.
        indexes = [
            models.Index(fields=["agent", "created_at"], name="scorecard_agent_created"),
            models.Index(fields=["agent", "submitted_at", "reviewed_at"], name="scorecard_agent_review"),
        ]
        verbose_name = _("scorecard")
        verbose_name_plural = _("scorecards")

    def __str__(self) -> str:
        return f"{self.title} ({self.agent})"

    @property
    def pdf_is_current(self) -> bool:
        return bool(self.pdf) and self.pdf_revision == self.revision


class CriterionOverride(models.Model):
    """The audit trail of human changes to one criterion's result: who, when, before, after, why."""

    scorecard = models.ForeignKey(Scorecard, on_delete=models.CASCADE, related_name="overrides")
    criterion = models.CharField(_("criterion"), max_length=40)
    before = models.CharField(_("before"), max_length=4, choices=Result.choices)
    after = models.CharField(_("after"), max_length=4, choices=Result.choices)
    reason = models.TextField(_("reason"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("criterion override")
        verbose_name_plural = _("criterion overrides")


class Dispute(models.Model):
    """An agent's objection to one criterion's result, answered by a supervisor with a reason."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")

    scorecard = models.ForeignKey(Scorecard, on_delete=models.CASCADE, related_name="disputes")
    criterion = models.CharField(_("criterion"), max_length=40)
    comment = models.TextField(_("comment"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    resolution = models.TextField(_("reason of the decision"), blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("dispute")
        verbose_name_plural = _("disputes")


class ActionItem(models.Model):
    """A concrete thing the supervisor asks the agent to practise next; the agent ticks it off when done."""

    scorecard = models.ForeignKey(Scorecard, on_delete=models.CASCADE, related_name="action_items")
    text = models.CharField(_("action item"), max_length=300)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    done_at = models.DateTimeField(_("done"), null=True, blank=True)  # ticked off by the agent

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("action item")
        verbose_name_plural = _("action items")


class Rescore(models.Model):
    """A re-score with a newer rubric version keeps what it replaced, so no automatic result is lost."""

    scorecard = models.ForeignKey(Scorecard, on_delete=models.CASCADE, related_name="rescores")
    previous_version = models.ForeignKey(RubricVersion, on_delete=models.PROTECT, related_name="+")
    previous_automatic_result = models.JSONField()
    new_version = models.ForeignKey(RubricVersion, on_delete=models.PROTECT, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
