"""Reads of rubrics and their versions.

Scoring always goes through a RubricVersion, never through the editable rows,
so a score can be replayed and an edit never changes an existing result.
"""

from django.db import DatabaseError, router
from django.db.models import Count, QuerySet
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


def rubric_reports_count(rubric: Rubric) -> int:
    """How many conversations the rubric's versions scored: its real use, one query."""
    return rubric.versions.aggregate(reports=Count("scorecards"))["reports"]


def rubric_version_latest(rubric: Rubric) -> RubricVersion:
    """The version new scores use; every saved rubric has at least version 1."""
    version = rubric.versions.order_by("-number").first()
    if version is None:
        raise RubricVersion.DoesNotExist(f"rubric {rubric.slug!r} has no version yet")
    return version


def rubric_version_for_scoring(slug: str | None, channel: str) -> RubricVersion | None:
    """The version a command scores with: the latest of the named rubric (or of the channel's
    default), or None for an unknown slug.

    Without a database, or before it is migrated, the shipped rubric (`phone`, `social`) is
    returned as an unsaved version 1, so the commands of interfaces.md (`score_transcript`,
    `coach`, `roleplay`) work in a bare checkout.
    """
    try:
        rubric = rubric_by_slug(slug) if slug else rubric_default_for_channel(channel)
        version = rubric.versions.order_by("-number").first() if rubric is not None else None
    except DatabaseError:
        version = None  # no database, or not migrated: the shipped definitions still score
    if version is not None:
        return version
    if slug is not None and slug not in CHANNELS:
        return None
    definition = default_rubric_definition(slug or channel)
    rubric = Rubric(
        slug=definition.slug, name=definition.name, channel=definition.channel, pass_mark=definition.pass_mark
    )
    return RubricVersion(rubric=rubric, number=1, definition=definition.to_dict())


def rubric_definition_or_shipped(slug: str | None, channel: str) -> RubricDefinition:
    """The definition of :func:`rubric_version_for_scoring`; RubricError (one line) for an
    unknown slug or a stored definition that cannot be used."""
    version = rubric_version_for_scoring(slug, channel)
    if version is None:
        raise RubricError(f"unknown rubric {slug!r}")
    try:
        return RubricDefinition.from_dict({**version.definition, "slug": version.rubric.slug})
    except RubricError as error:
        raise RubricError(f"rubric {version.rubric.slug!r} cannot be used: {error}") from None


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
            "rubric": rubric
        }
    try:
        Collector(using=router.db_for_write(Rubric)).collect([rubric])
    except (ProtectedError, RestrictedError):
        return _("“%(rubric)s” scored conversations: it is kept so their reports show how they were scored.") % {
            "rubric": rubric
        }
    return None
