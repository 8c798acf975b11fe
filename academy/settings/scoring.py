"""Settings of ``manage.py score_transcript``: the base settings with the rubric app and what its models need.

The command reads a transcript, picks the rubric (the database's latest version when it is
migrated, the shipped default otherwise) and prints the score. Graders' tools run it once
per file, so its start-up is paid per conversation: setting up every app (Wagtail's admin and
API, the attempt pipeline, the xAPI models) doubled the command's CPU time and decided nothing.
``manage.py`` picks this module for that command unless DJANGO_SETTINGS_MODULE names another.
"""

from academy.settings.base import *  # noqa: F401,F403 - the database and every setting the engine reads stay as configured

INSTALLED_APPS = [
    "feedback.rubrics",
    "academy.users",  # a rubric version records who saved it
    "wagtail",  # criteria rows are Wagtail orderables
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
]
MIDDLEWARE: list[str] = []
