"""Test settings: a real SQLite database, fast hashing, tasks run on demand by tests."""
import tempfile
from pathlib import Path

from .base import *  # noqa: F401,F403
from .base import STORAGES

_tmp = Path(tempfile.mkdtemp(prefix="academy-test-"))
MEDIA_ROOT = _tmp / "media"
PRIVATE_MEDIA_ROOT = _tmp / "private"
STORAGES = {**STORAGES, "private": {**STORAGES["private"], "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT), "base_url": None}}}
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
SECRET_KEY = "tests-only-" + "x" * 50  # never served: test settings run in test processes only
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
LOGGING = {"version": 1, "disable_existing_loggers": False}
# A file, not memory: a real task worker started by a test runs in another process.
from .base import DATABASES  # noqa: E402

DATABASES["default"]["TEST"] = {"NAME": str(_tmp / "test.sqlite3")}
