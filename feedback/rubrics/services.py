"""Changes to rubrics: versions, the channel default, copies.

Trainers edit rows; scores use frozen versions. These functions are the only
place where a version is written, so the rule "an edit makes a new version,
an existing version never changes" lives here (called by the admin views, never
by a model's save()).
"""

from collections.abc import Iterable

from django.db import transaction
from django.db.models import Max
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from feedback.scoring.defaults import default_rubric_definition
from feedback.scoring.rubric import RubricDefinition

from .models import Rubric, RubricCriterion, RubricVersion
from .rows import criterion_from_row, row_values


def rubric_definition_from_rows(*, rubric: Rubric, rows: Iterable[RubricCriterion] | None = None) -> RubricDefinition:
    """The engine's definition of the rubric as its rows stand.

    `rows` are rows still in an edit form (validated before anything is saved);
    by default, the rubric's saved rows.
    """
    return RubricDefinition(
        slug=rubric.slug,
        name=rubric.name,
        channel=rubric.channel,
        pass_mark=rubric.pass_mark,
        criteria=[criterion_from_row(row) for row in (rubric.criteria.all() if rows is None else rows)],
    )


@transaction.atomic
def rubric_version_create(*, rubric: Rubric, definition: RubricDefinition, user) -> RubricVersion:
    """Freeze `definition` as the rubric's next version (numbers never repeat)."""
    # Round-trip through the engine's parser: a version that cannot be scored is never stored.
    checked = RubricDefinition.from_dict(definition.to_dict())
    # Lock the rubric so that two trainers saving at once get consecutive numbers.
    Rubric.objects.select_for_update().filter(pk=rubric.pk).first()
    last = rubric.versions.aggregate(last=Max("number"))["last"] or 0
    return RubricVersion.objects.create(rubric=rubric, number=last + 1, definition=checked.to_dict(), created_by=user)


@transaction.atomic
def rubric_make_default(*, rubric: Rubric) -> None:
    """Make `rubric` the default of its channel; the previous default stops being one."""
    Rubric.objects.filter(channel=rubric.channel, is_default=True).exclude(pk=rubric.pk).update(is_default=False)
    if not rubric.is_default:
        rubric.is_default = True
        rubric.save(update_fields=["is_default"])


@transaction.atomic
def rubric_save_edit(*, rubric: Rubric, user, make_default: bool) -> RubricVersion:
    """After the admin saved a rubric's rows: apply the default flag and freeze a new version.

    A rubric saved without criteria starts from the shipped criteria of its
    channel. A save that changes nothing returns the latest version instead of
    repeating it.
    """
    if not rubric.criteria.exists():
        RubricCriterion.objects.bulk_create(
            RubricCriterion(rubric=rubric, sort_order=position, **row_values(criterion))
            for position, criterion in enumerate(default_rubric_definition(rubric.channel).criteria)
        )
    if make_default:
        rubric_make_default(rubric=rubric)
    definition = rubric_definition_from_rows(rubric=rubric)
    latest = rubric.versions.order_by("-number").first()
    if latest is not None and latest.definition == definition.to_dict():
        return latest
    return rubric_version_create(rubric=rubric, definition=definition, user=user)


def rubric_copy_draft(*, rubric: Rubric) -> Rubric:
    """An unsaved copy, rows included, with a free slug, for the admin's copy form.

    The copy is never a channel default: making it one is a separate, visible choice.
    """
    copy, _children = rubric.copy_cluster(exclude_fields=["id", "slug", "is_default"])
    copy.name = _("Copy of %(name)s") % {"name": rubric.name}
    if rubric.name_it:
        with translation.override("it"):
            copy.name_it = _("Copy of %(name)s") % {"name": rubric.name_it}
    copy.slug = _free_slug(slugify(f"{rubric.slug}-copy"))
    copy.is_default = False
    return copy


def _free_slug(base: str) -> str:
    max_length = Rubric._meta.get_field("slug").max_length
    candidate, number = base[:max_length], 2
    while Rubric.objects.filter(slug=candidate).exists():
        suffix = f"-{number}"
        candidate, number = base[: max_length - len(suffix)] + suffix, number + 1
    return candidate
