"""Every install gets one page tree per content language (it, en) and a Trainer group
that can author it in Wagtail.

    Root ─┬─ HomePage "Agent Academy" (it) ── CourseIndexPage "Corsi" (/it/courses/)
          └─ HomePage "Agent Academy" (en) ── CourseIndexPage "Courses" (/en/courses/)

The two home pages (and the two catalogues) are translations of each other, so
Wagtail's locale switcher and "Translate" action pair them. Wagtail's placeholder
welcome page is removed when nobody has built on it.
"""

import uuid

from django.db import migrations
from django.utils import timezone

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LANGUAGES = ["it", "en"]
HOME = {
    "it": ("home", "Benvenuti in Agent Academy: corsi brevi e pratica guidata per chi parla con i clienti."),
    "en": ("home-en", "Welcome to Agent Academy: short courses and guided practice for people who talk to customers."),
}
CATALOGUE = {
    "it": ("Corsi", "Scegli un corso, iscriviti e procedi al tuo ritmo."),
    "en": ("Courses", "Pick a course, enrol and go at your own pace."),
}
TRAINER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "delete_page", "lock_page", "unlock_page"]
TRAINER_COLLECTION_PERMISSIONS = {
    "wagtailimages": ["add_image", "change_image", "choose_image", "delete_image"],
    "wagtaildocs": ["add_document", "change_document", "choose_document", "delete_document"],
}
TRAINER_MODEL_PERMISSIONS = {
    ("teams", "team"): ["add_team", "change_team", "delete_team", "view_team"],
    ("simple_translation", "simpletranslation"): ["submit_translation"],
}


def _child_path(parent, Page) -> str:
    last = Page.objects.filter(depth=parent.depth + 1, path__startswith=parent.path).order_by("-path").first()
    number = int(last.path[-4:], 36) + 1 if last else 1
    digits = ""
    while number:
        number, rest = divmod(number, 36)
        digits = ALPHABET[rest] + digits
    return parent.path + digits.rjust(4, "0")


def _add_child(apps, parent, model_name: str, *, locale, translation_key, title, slug, **fields):
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    model = apps.get_model("courses", model_name)
    content_type, _ = ContentType.objects.get_or_create(app_label="courses", model=model_name.lower())
    now = timezone.now()
    page = model.objects.create(
        title=title,
        draft_title=title,
        slug=slug,
        content_type=content_type,
        locale=locale,
        translation_key=translation_key,
        path=_child_path(parent, Page),
        depth=parent.depth + 1,
        numchild=0,
        url_path=f"{parent.url_path}{slug}/",
        live=True,
        first_published_at=now,
        last_published_at=now,
        **fields,
    )
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + 1)
    parent.numchild += 1
    return page


def create_page_trees(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    Site = apps.get_model("wagtailcore", "Site")
    root = Page.objects.get(depth=1)
    placeholder = Page.objects.filter(
        depth=2, content_type__app_label="wagtailcore", content_type__model="page", numchild=0
    )
    if placeholder.exists():
        placeholder.delete()
        root.numchild = Page.objects.filter(depth=2).count()
        Page.objects.filter(pk=root.pk).update(numchild=root.numchild)
    home_key, catalogue_key = uuid.uuid4(), uuid.uuid4()
    homes = {}
    for language in LANGUAGES:
        locale, _ = Locale.objects.get_or_create(language_code=language)
        slug, welcome = HOME[language]
        home = _add_child(
            apps,
            root,
            "HomePage",
            locale=locale,
            translation_key=home_key,
            title="Agent Academy",
            slug=slug,
            welcome=f"<p>{welcome}</p>",
        )
        title, intro = CATALOGUE[language]
        _add_child(
            apps,
            home,
            "CourseIndexPage",
            locale=locale,
            translation_key=catalogue_key,
            title=title,
            slug="courses",
            intro=f"<p>{intro}</p>",
        )
        homes[language] = home
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=homes["it"], is_default_site=True, site_name="Agent Academy"
        )
    else:
        Site.objects.filter(pk=site.pk).update(root_page=homes["it"], site_name="Agent Academy")
    _grant_trainer_permissions(apps, list(homes.values()))


def _permission(apps, app_label: str, model: str, codename: str):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
    )
    return permission


def _grant_trainer_permissions(apps, homes):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Collection = apps.get_model("wagtailcore", "Collection")
    trainer = Group.objects.get(name="Trainer")
    for home in homes:
        for codename in TRAINER_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=trainer, page=home, permission=_permission(apps, "wagtailcore", "page", codename)
            )
    root_collection = Collection.objects.get(depth=1)
    for app_label, codenames in TRAINER_COLLECTION_PERMISSIONS.items():
        model = "image" if app_label == "wagtailimages" else "document"
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=trainer, collection=root_collection, permission=_permission(apps, app_label, model, codename)
            )
    for (app_label, model), codenames in TRAINER_MODEL_PERMISSIONS.items():
        trainer.permissions.add(*(_permission(apps, app_label, model, codename) for codename in codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("users", "0002_role_groups"),
        ("teams", "0002_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("simple_translation", "0001_initial"),
    ]
    operations = [migrations.RunPython(create_page_trees, migrations.RunPython.noop)]
