"""Test settings: a real SQLite database, fast hashing, tasks run on demand by tests.

The environment switches them as it switches the base settings: `scripts/test --scale` names
PostgreSQL, a Redis queue and S3 storage (tests/scale/services.py), and then those are used
instead of the temporary SQLite file, the inline task backend and the temporary private directory.
"""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F401,F403
from .base import STORAGES

_tmp = Path(tempfile.mkdtemp(prefix="academy-test-"))
MEDIA_ROOT = _tmp / "media"
PRIVATE_MEDIA_ROOT = _tmp / "private"
if "STORAGE_BACKEND" not in os.environ:
    STORAGES = {
        **STORAGES,
        "private": {**STORAGES["private"], "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT), "base_url": None}},
    }
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
SECRET_KEY = "tests-only-" + "x" * 50  # never served: test settings run in test processes only
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if "TASKS_BACKEND" not in os.environ:
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
LOGGING = {"version": 1, "disable_existing_loggers": False}
# A file, not memory: a real task worker started by a test runs in another process.
from .base import DATABASES  # noqa: E402

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {"NAME": str(_tmp / "test.sqlite3")}
