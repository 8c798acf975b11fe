"""Settings of ``manage.py transcribe``: the base settings with the transcription app alone.

The command reads a file and prints its transcript: no database, model, URL, template
or other app is involved, and setting up Django with every app (Wagtail's among them)
took longer than the rest of the start-up together. ``manage.py`` picks this module for
that command unless DJANGO_SETTINGS_MODULE names another.
"""

from academy.settings.base import *  # noqa: F401,F403 - every setting the engine reads stays as configured

INSTALLED_APPS = ["transcription"]
MIDDLEWARE: list[str] = []
