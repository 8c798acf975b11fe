from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    PHONE = "phone", _("Phone")
    SOCIAL = "social", _("Social media")


class Rubric(models.Model):
    """A scoring rubric trainers edit; every edit is frozen as a RubricVersion."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    is_default = models.BooleanField(
        _("default for its channel"), default=False,
        help_text=_("Used when a transcript of this channel is scored without naming a rubric."),
    )

    class Meta:
        ordering = ["channel", "name"]
        verbose_name = _("rubric")
        verbose_name_plural = _("rubrics")

    def __str__(self) -> str:
        return self.name


class RubricVersion(models.Model):
    """An immutable snapshot of a rubric: scores point here, so editing never changes a result."""

    rubric = models.ForeignKey(Rubric, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    definition = models.JSONField(_("definition"))
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["rubric", "-number"]
        constraints = [models.UniqueConstraint(fields=["rubric", "number"], name="unique_rubric_version_number")]

    def __str__(self) -> str:
        return f"{self.rubric.slug} v{self.number}"
