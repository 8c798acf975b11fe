"""The three role groups, and admin access for trainers and supervisors."""

from django.db import migrations

ROLES = ["Agent", "Trainer", "Supervisor"]
ADMIN_ROLES = ["Trainer", "Supervisor"]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    for name in ROLES:
        group, _ = Group.objects.get_or_create(name=name)
        if name in ADMIN_ROLES:
            group.permissions.add(access_admin)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("users", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]
    operations = [migrations.RunPython(create_groups, remove_groups)]
