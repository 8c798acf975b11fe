"""The shipped rubrics `phone` and `social` (version 1, channel defaults) and who may edit rubrics.

Trainers get every rubric permission; supervisors may only view rubrics (the
Wagtail inspect view), so they can see what a score was measured against.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from feedback.rubrics.rows import row_values
from feedback.scoring.defaults import default_rubric_definition

PERMISSIONS = {
    "Trainer": ["add_rubric", "change_rubric", "delete_rubric", "view_rubric"],
    "Supervisor": ["view_rubric"],
}


def create_default_rubrics(apps, schema_editor):
    Rubric = apps.get_model("rubrics", "Rubric")
    RubricCriterion = apps.get_model("rubrics", "RubricCriterion")
    RubricVersion = apps.get_model("rubrics", "RubricVersion")
    for slug in ("phone", "social"):
        if Rubric.objects.filter(slug=slug).exists():
            continue
        definition = default_rubric_definition(slug)
        has_default = Rubric.objects.filter(channel=definition.channel, is_default=True).exists()
        rubric = Rubric.objects.create(
            slug=slug,
            name=definition.name,
            channel=definition.channel,
            pass_mark=definition.pass_mark,
            is_default=not has_default,
        )
        RubricCriterion.objects.bulk_create(
            RubricCriterion(rubric=rubric, sort_order=position, **row_values(criterion))
            for position, criterion in enumerate(definition.criteria)
        )
        RubricVersion.objects.create(rubric=rubric, number=1, definition=definition.to_dict())


def grant_permissions(apps, schema_editor):
    app_config = apps.get_app_config("rubrics")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="rubrics", codename__in=codenames))


def revoke_permissions(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name__in=PERMISSIONS):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="rubrics"))


class Migration(migrations.Migration):
    dependencies = [
        ("rubrics", "0002_criteria_rows_pass_mark"),
        ("users", "0002_role_groups"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]
    operations = [
        migrations.RunPython(create_default_rubrics, migrations.RunPython.noop),
        migrations.RunPython(grant_permissions, revoke_permissions),
    ]
