from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from .labels import criterion_display_name


class Channel(models.TextChoices):
    PHONE = "phone", _("Phone")
    SOCIAL = "social", _("Social media")


class Rubric(ClusterableModel):
    """A scoring rubric trainers edit as rows; every save is frozen as a RubricVersion."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    name_it = models.CharField(
        _("name in Italian"),
        max_length=200,
        blank=True,
        help_text=_("Shown on Italian pages and reports; empty: the name above."),
    )
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    is_default = models.BooleanField(
        _("default for its channel"),
        default=False,
        help_text=_("Used when a transcript of this channel is scored without naming a rubric."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark"),
        default=80,
        validators=[MaxValueValidator(100)],
        help_text=_("A conversation passes with at least this score and no critical failure."),
    )

    class Meta:
        ordering = ["channel", "name"]
        verbose_name = _("rubric")
        verbose_name_plural = _("rubrics")
        constraints = [
            models.UniqueConstraint(
                fields=["channel"], condition=models.Q(is_default=True), name="one_default_rubric_per_channel"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def name_in(self, language: str) -> str:
        """The name readers of `language` see: the Italian name on Italian pages when there is one."""
        return self.name_it if language == "it" and self.name_it else self.name


class RubricCriterion(Orderable):
    """One editable criterion row of a rubric.

    Thresholds are nullable: a criterion uses only its own (see
    feedback.rubrics.rows), and an empty one falls back to the shipped value.
    """

    rubric = ParentalKey(Rubric, on_delete=models.CASCADE, related_name="criteria")
    key = models.CharField(_("criterion"), max_length=40)
    enabled = models.BooleanField(_("enabled"), default=True)
    weight = models.PositiveSmallIntegerField(_("weight"), default=10, validators=[MaxValueValidator(100)])
    critical = models.BooleanField(
        _("critical"),
        default=False,
        help_text=_("A fail fails the conversation, whatever the score."),
    )
    max_per_100 = models.FloatField(
        _("max fillers per 100 words"), null=True, blank=True, validators=[MinValueValidator(0)]
    )
    min_words = models.PositiveIntegerField(_("min agent words to judge fillers"), null=True, blank=True)
    min_wpm = models.PositiveIntegerField(_("min words per minute"), null=True, blank=True)
    max_wpm = models.PositiveIntegerField(_("max words per minute"), null=True, blank=True)
    min_seconds = models.PositiveIntegerField(_("min seconds of agent speech"), null=True, blank=True)
    max_gap_s = models.FloatField(_("max silence (seconds)"), null=True, blank=True, validators=[MinValueValidator(0)])
    max_ratio = models.FloatField(
        _("max agent talk ratio"), null=True, blank=True, validators=[MinValueValidator(0), MaxValueValidator(1)]
    )
    max_chars = models.PositiveIntegerField(_("max public reply length (characters)"), null=True, blank=True)
    max_seconds = models.PositiveIntegerField(_("max response time (seconds)"), null=True, blank=True)
    acronyms = models.TextField(
        _("acronyms allowed in capitals"),
        blank=True,
        help_text=_("One per line, e.g. IBAN."),
    )
    extra_cues_it = models.TextField(
        _("extra cue phrases (Italian)"),
        blank=True,
        help_text=_("One phrase per line; they count for this criterion besides the built-in ones."),
    )
    extra_cues_en = models.TextField(
        _("extra cue phrases (English)"),
        blank=True,
        help_text=_("One phrase per line; they count for this criterion besides the built-in ones."),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        constraints = [models.UniqueConstraint(fields=["rubric", "key"], name="unique_rubric_criterion_key")]

    def __str__(self) -> str:
        return str(self.display_name)

    @property
    def display_name(self) -> str:
        return criterion_display_name(self.key)


class RubricVersion(models.Model):
    """An immutable snapshot of a rubric: scores point here, so editing never changes a result."""

    rubric = models.ForeignKey(Rubric, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    definition = models.JSONField(_("definition"))
    created_at = models.DateTimeField(_("saved at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("saved by"),
    )

    class Meta:
        ordering = ["rubric", "-number"]
        constraints = [models.UniqueConstraint(fields=["rubric", "number"], name="unique_rubric_version_number")]

    def __str__(self) -> str:
        return f"{self.rubric.slug} v{self.number}"
