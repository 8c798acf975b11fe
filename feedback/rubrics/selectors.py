"""Reads of rubrics and their versions.

Scoring always goes through a RubricVersion, never through the editable rows,
so a score can be replayed and an edit never changes an existing result.
"""
from django.db import DatabaseError, router
from django.db.models import QuerySet
from django.db.models.deletion import Collector, ProtectedError, RestrictedError
from django.utils.translation import gettext as _

from feedback.scoring.defaults import default_rubric_definition
from feedback.scoring.rubric import CHANNELS, RubricDefinition, RubricError

from .models import Rubric, RubricVersion


def rubric_by_slug(slug: str) -> Rubric | None:
    return Rubric.objects.filter(slug=slug).first()


def rubric_default_for_channel(channel: str) -> Rubric | None:
    """The rubric used when a conversation of `channel` is scored without naming one."""
    return Rubric.objects.filter(channel=channel, is_default=True).first()


def rubric_version_latest(rubric: Rubric) -> RubricVersion:
    """The version new scores use; every saved rubric has at least version 1."""
    version = rubric.versions.order_by("-number").first()
    if version is None:
        raise RubricVersion.DoesNotExist(f"rubric {rubric.slug!r} has no version yet")
    return version


def rubric_definition_or_shipped(slug: str | None, channel: str) -> RubricDefinition:
    """The latest version of the named (or the channel's default) rubric.

    Without a database, or before it is migrated, the shipped definitions still score, so
    the commands of interfaces.md work in a bare checkout. RubricError (one line) for an
    unknown slug or a stored definition that cannot be used.
    """
    try:
        rubric = rubric_by_slug(slug) if slug else rubric_default_for_channel(channel)
        stored = rubric_version_latest(rubric).definition if rubric is not None and rubric.versions.exists() else None
    except DatabaseError:
        stored = None
    if stored is not None:
        try:
            return RubricDefinition.from_dict({**stored, "slug": rubric.slug})
        except RubricError as error:
            raise RubricError(f"rubric {rubric.slug!r} cannot be used: {error}") from None
    if slug is None or slug in CHANNELS:
        return default_rubric_definition(slug or channel)
    raise RubricError(f"unknown rubric {slug!r}")


def rubric_versions(rubric: Rubric) -> QuerySet[RubricVersion]:
    """The version history, newest first, with who saved each one."""
    return rubric.versions.select_related("created_by").order_by("-number")


def rubric_deletion_blocker(rubric: Rubric) -> str | None:
    """Why `rubric` may not be deleted, or None.

    A channel keeps its default, and a version that scored a conversation is
    kept so the scorecard can always show the rubric it was scored with.
    """
    if rubric.is_default:
        return _("“%(rubric)s” is the default rubric of its channel: make another rubric the default first.") % {
            "rubric": rubric}
    try:
        Collector(using=router.db_for_write(Rubric)).collect([rubric])
    except (ProtectedError, RestrictedError):
        return _("“%(rubric)s” scored conversations: it is kept so their reports show how they were scored.") % {
            "rubric": rubric}
    return None
