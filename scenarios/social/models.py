"""Social-media practice: a scenario page type for the social channel, and what happens in
one attempt at it (the thread's snapshot and every message, with visibility and time).

The page extends the practice app's ScenarioPage (multi-table inheritance), so a social
scenario is listed, linked to courses and given a rubric like any other; the attempt is
the practice app's Attempt, scored by its pipeline.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField

from feedback.rubrics.models import Channel
from scenarios.models import Attempt, ScenarioPage

from .blocks import CustomerMessageBlock

# The value of Attempt.kind for a social practice (the attempt holds messages, no recording).
SOCIAL_KIND = "social"
PUBLIC_LIMIT = 280


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    PRIVATE = "private", _("Private")


class SocialScenarioPage(ScenarioPage):
    """A complaint on the brand's social page: who writes, where, when, and how they react."""

    brand_name = models.CharField(
        _("brand's page name"), max_length=80, help_text=_("Shown on the brand's replies, e.g. Telco Italia.")
    )
    customer_handle = models.CharField(
        _("customer's @handle"),
        max_length=40,
        help_text=_("e.g. @mrossi; the agent may address the customer by it."),
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"),
        default=15,
        help_text=_("After this the practice ends and replies are refused."),
    )
    thread = StreamField(
        [("customer_message", CustomerMessageBlock())],
        verbose_name=_("customer's messages"),
        help_text=_("In order. Each arrives after its delay; follow-ups react to a public or a private answer."),
    )

    content_panels = ScenarioPage.content_panels[:1] + [
        MultiFieldPanel(
            [FieldPanel("language"), FieldPanel("difficulty"), FieldPanel("rubric"), FieldPanel("time_limit_minutes")],
            heading=_("Practice settings"),
        ),
        FieldPanel("situation"),
        MultiFieldPanel(
            [
                FieldPanel("brand_name"),
                FieldPanel("customer_name"),
                FieldPanel("customer_handle"),
                FieldPanel("persona"),
            ],
            heading=_("Brand and customer"),
        ),
        FieldPanel("objectives"),
        FieldPanel("thread"),
        InlinePanel("course_links", label=_("Courses listing this scenario")),
    ]
    template = "social/social_scenario_page.html"

    class Meta:
        verbose_name = _("social-media scenario")

    def save(self, *args, **kwargs):
        self.channel = Channel.SOCIAL  # the channel is what this page type is
        return super().save(*args, **kwargs)

    @property
    def customer_messages(self) -> list[dict]:
        """The script as plain dicts (what an attempt snapshots)."""
        return [
            {
                **{key: block.value[key] for key in ("text", "visibility", "delay_seconds", "after")},
                "follow_ups": [dict(follow) for follow in block.value["follow_ups"]],
            }
            for block in self.thread
            if block.block_type == "customer_message"
        ]


class SocialThread(models.Model):
    """The scenario as it was when the attempt began (a later edit of the page changes
    nothing mid-practice), and the practice's clock."""

    attempt = models.OneToOneField(Attempt, on_delete=models.CASCADE, related_name="social_thread")
    brand_name = models.CharField(max_length=80)
    customer_name = models.CharField(max_length=120, blank=True)
    customer_handle = models.CharField(max_length=40, blank=True)
    script = models.JSONField(help_text="SocialScenarioPage.customer_messages at the start.")
    time_limit_s = models.PositiveIntegerField()
    started_at = models.DateTimeField()
    ended_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.brand_name} · attempt {self.attempt_id}"


class SocialMessage(models.Model):
    """One message of the practice: the customer's (released by the schedule) or the agent's."""

    class Author(models.TextChoices):
        AGENT = "agent", _("Agent")
        CUSTOMER = "customer", _("Customer")

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="social_messages")
    author = models.CharField(max_length=10, choices=Author.choices)
    visibility = models.CharField(max_length=10, choices=Visibility.choices)
    text = models.TextField()
    at = models.FloatField(help_text="Seconds since the practice started.")
    script_key = models.CharField(max_length=20, blank=True, help_text="Which scripted message (customer only).")
    client_key = models.UUIDField(
        null=True, blank=True, help_text="The browser's key of an agent reply, against double submits."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["attempt", "at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "script_key"],
                condition=~models.Q(script_key=""),
                name="social_message_released_once",
            ),
            models.UniqueConstraint(
                fields=["attempt", "client_key"],
                condition=models.Q(client_key__isnull=False),
                name="social_reply_sent_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.author} ({self.visibility}) at {self.at:.0f}s"

    @property
    def clock(self) -> str:
        """When it came, on the practice's clock (m:ss)."""
        seconds = int(self.at)
        return f"{seconds // 60}:{seconds % 60:02d}"

    @property
    def over_limit(self) -> bool:
        return self.visibility == Visibility.PUBLIC and len(self.text) > PUBLIC_LIMIT
