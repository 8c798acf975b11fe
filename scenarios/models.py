"""Role-play scenarios (Wagtail pages authored by trainers) and the agents' attempts at them.

An attempt is channel-neutral: a phone attempt holds recordings (one upload, or one
clip per guided turn), a social attempt holds messages; both end as a transcript dict
(../shared/specs/interfaces.md) that is scored into a feedback Scorecard.
"""

import uuid

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page

from academy.platform.jobs import JobFields
from feedback.rubrics.models import Channel

from .blocks import ScriptBlock


def private_storage():
    """Recordings never get a public URL: they live in the private storage and are streamed by views."""
    return storages["private"]


class Difficulty(models.IntegerChoices):
    INTRODUCTORY = 1, _("Introductory")
    INTERMEDIATE = 2, _("Intermediate")
    ADVANCED = 3, _("Advanced")


LANGUAGE_CHOICES = [("it", _("Italian")), ("en", _("English"))]


class ScenarioIndexPage(Page):
    """The library of scenarios of one language; the Practice page lists what lives under it."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["scenarios.ScenarioPage", "social.SocialScenarioPage"]

    class Meta:
        verbose_name = _("scenario library")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["scenarios"] = ScenarioPage.objects.child_of(self).live().public().order_by("difficulty", "title")
        return context


class ScenarioPage(Page):
    """A role-play a trainer authors: who calls, why, what the agent must achieve, the customer's lines."""

    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices, default=Channel.PHONE)
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES, default="it")
    situation = RichTextField(_("situation"), help_text=_("What happened before the call, as the agent learns it."))
    persona = models.TextField(_("customer persona"), help_text=_("Who the customer is and how they behave."))
    customer_name = models.CharField(
        _("customer's name"),
        max_length=120,
        blank=True,
        help_text=_("Used by the 'customer name' criterion: the agent should address the customer by it."),
    )
    company = models.CharField(
        _("company"),
        max_length=120,
        blank=True,
        help_text=_("The company the agent answers for in this call."),
    )
    objectives = RichTextField(_("the agent's objectives"))
    requires_verification = models.BooleanField(
        _("identity check required"),
        default=False,
        help_text=_("The agent must ask for an identifying datum (scored by the 'verification' criterion)."),
    )
    vocabulary = models.TextField(
        _("vocabulary"),
        blank=True,
        help_text=_(
            "Words the call is likely to contain (product names, places), one per line: they help the "
            "speech recognition read the agent's answers."
        ),
    )
    difficulty = models.PositiveSmallIntegerField(
        _("difficulty"), choices=Difficulty.choices, default=Difficulty.INTRODUCTORY
    )
    rubric = models.ForeignKey(
        "rubrics.Rubric",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("rubric"),
        help_text=_("Empty: the default rubric of the channel."),
    )
    script = StreamField(ScriptBlock(), blank=True, verbose_name=_("customer's script"))
    patience = models.PositiveSmallIntegerField(
        _("customer's patience"),
        null=True,
        blank=True,
        help_text=_(
            "How many replies that deflect or offend the customer takes before hanging up. "
            "Empty: by difficulty (advanced 2, intermediate 3, introductory any number)."
        ),
    )
    hang_up = models.TextField(
        _("what the customer says when hanging up"),
        blank=True,
        help_text=_("Empty: a stock sentence in the scenario's language."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("channel"),
                FieldPanel("language"),
                FieldPanel("difficulty"),
                FieldPanel("patience"),
                FieldPanel("hang_up"),
                FieldPanel("rubric"),
            ],
            heading=_("Practice settings"),
        ),
        FieldPanel("situation"),
        MultiFieldPanel(
            [FieldPanel("customer_name"), FieldPanel("persona"), FieldPanel("company")], heading=_("Customer")
        ),
        FieldPanel("objectives"),
        FieldPanel("requires_verification"),
        FieldPanel("vocabulary"),
        FieldPanel("script"),
        InlinePanel("course_links", label=_("Courses listing this scenario")),
    ]
    parent_page_types = ["scenarios.ScenarioIndexPage"]
    subpage_types: list = []
    template = "scenarios/scenario_page.html"

    class Meta:
        verbose_name = _("role-play scenario")

    @property
    def practice_url(self) -> str:
        """Each page type's practice views live in the URL namespace of its app (a social page's in `social:`)."""
        return reverse(f"{self.specific_class._meta.app_label}:scenario_detail", kwargs={"pk": self.pk})

    @property
    def is_practised_elsewhere(self) -> bool:
        return self.specific_class is not ScenarioPage

    @property
    def customer_turns(self) -> list:
        """The script's customer lines in order (StructValues with text and audio)."""
        return [block.value for block in self.script if block.block_type == "customer_turn"]


class ScenarioCourse(Orderable):
    """Lists a scenario on a course page. Kept on the scenario side so courses need not know scenarios."""

    scenario = ParentalKey(ScenarioPage, on_delete=models.CASCADE, related_name="course_links")
    course = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("course"))

    panels = [PageChooserPanel("course", page_type="courses.CoursePage")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["scenario", "course"], name="unique_scenario_course")]


class Attempt(JobFields):
    """One agent's go at one scenario, from recording to scored report (processed by one job at a
    time: academy.platform.jobs)."""

    class Kind(models.TextChoices):
        GUIDED = "guided", _("Guided role-play")
        UPLOAD = "upload", _("Uploaded call")
        SOCIAL = "social", _("Social-media practice")

    class State(models.TextChoices):
        RECORDING = "recording", _("Recording")
        UPLOADED = "uploaded", _("Uploaded")
        TRANSCRIBING = "transcribing", _("Transcribing")
        REVIEW = "review", _("Check speakers")
        SCORING = "scoring", _("Scoring")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    # The one place that says which states are which: queued for or in the worker...
    IN_WORKER = frozenset({State.UPLOADED, State.TRANSCRIBING, State.SCORING})
    # ...and settled: the worker is done with it, a person acts next (the page stops polling).
    SETTLED = frozenset({State.READY, State.FAILED, State.REVIEW})

    class Attribution(models.TextChoices):
        EXACT = "exact", _("Exact")
        ESTIMATED = "estimated", _("Estimated")

    agent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attempts")
    scenario = models.ForeignKey(ScenarioPage, null=True, on_delete=models.SET_NULL, related_name="attempts")
    title = models.CharField(_("title"), max_length=255, help_text=_("The scenario's title when the attempt began."))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)
    state = models.CharField(_("state"), max_length=15, choices=State.choices, default=State.RECORDING)
    failure_reason = models.TextField(_("failure reason"), blank=True)
    transcribed_share = models.FloatField(
        default=0.0,
        help_text="Share of the recording's speech transcribed so far, reported window by window.",
    )
    recording = models.FileField(_("recording"), storage=private_storage, upload_to="recordings/%Y/%m/", blank=True)
    recording_name = models.CharField(_("original file name"), max_length=255, blank=True)
    recording_deleted_at = models.DateTimeField(null=True, blank=True)
    duration_s = models.FloatField(_("duration (s)"), null=True, blank=True)
    stereo_speakers = models.CharField(
        max_length=20,
        blank=True,
        help_text="'agent,customer' or 'customer,agent' for a stereo upload; empty for mono.",
    )
    speaker_attribution = models.CharField(max_length=10, choices=Attribution.choices, default=Attribution.EXACT)
    transcript = models.JSONField(_("transcript"), null=True, blank=True)
    call = models.JSONField(
        null=True,
        blank=True,
        help_text="A live role-play's state: the customer's lines said so far ({'id', 'say'}) and whether the call ended.",
    )
    scorecard = models.ForeignKey(
        "reports.Scorecard",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attempts",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    ready_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        indexes = [
            models.Index(fields=["state", "heartbeat_at"]),
            # Lists of attempts filter by agent and sort by date: with this index the database
            # finds a page's ids without reading the wide rows (transcripts) of every attempt.
            models.Index(fields=["agent", "created_at"], name="attempt_agent_created"),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.agent}, {self.get_state_display()})"

    def get_absolute_url(self) -> str:
        """The attempt page of the scenario's page type (see ScenarioPage.practice_url)."""
        namespace = self.scenario.specific_class._meta.app_label if self.scenario else "scenarios"
        return reverse(f"{namespace}:attempt_detail", kwargs={"pk": self.pk})

    @property
    def is_in_progress(self) -> bool:
        return self.state in self.IN_WORKER

    @property
    def is_settled(self) -> bool:
        return self.state in self.SETTLED


class AttemptTurn(models.Model):
    """One agent reply of a live role-play: the line it answers, its clip (or typed text), its segments
    once transcribed, and the conditions it decided."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="turns")
    index = models.PositiveSmallIntegerField(_("turn"))
    line_id = models.CharField(max_length=60, blank=True, help_text="The customer line this reply answers.")
    decided = models.JSONField(default=list, blank=True, help_text="The conditions the reply decided.")
    recording = models.FileField(storage=private_storage, upload_to="turns/%Y/%m/", blank=True)
    recording_deleted_at = models.DateTimeField(null=True, blank=True)
    duration_s = models.FloatField(null=True, blank=True)
    segments = models.JSONField(
        null=True, blank=True, help_text="Transcribed segments, times relative to the clip start."
    )
    error = models.CharField(
        max_length=500, blank=True, help_text="Why the clip could not be transcribed (silent, corrupt)."
    )
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["attempt", "index"]
        constraints = [models.UniqueConstraint(fields=["attempt", "index"], name="unique_attempt_turn")]

    def __str__(self) -> str:
        return f"{self.attempt_id}#{self.index}"


class RecurringJob(models.Model):
    """The live chain of a self-rescheduling job (the database queue has no cron).

    Each worker start begins a new chain; a job of an older chain finds its id
    replaced here and stops, so restarts never pile up duplicate chains.
    """

    name = models.CharField(max_length=100, unique=True)
    chain = models.UUIDField(default=uuid.uuid4)
    started_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return self.name
