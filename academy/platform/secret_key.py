"""Where the secret key comes from, and the refusal to serve without one.

Django signs sessions, CSRF tokens and password-reset links with SECRET_KEY, so a key
anyone can read lets anyone forge them. A deployment sets SECRET_KEY in its
environment. Only the local demo (`LOCAL_DEMO=true`, which `scripts/run` sets, and never
with SECURE_HTTPS) makes a random key of its own, once, in a file only its owner can
read, outside git. Without a key, the settings leave SECRET_KEY empty, so commands that
sign nothing (scoring, transcription, migrations) still run, while the web server
refuses to start and `check --deploy` fails, both with MISSING_SECRET_KEY.
"""

import os
import secrets
from pathlib import Path

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured

MISSING_SECRET_KEY = (
    "SECRET_KEY is not set. Set the SECRET_KEY environment variable to a long random value, "
    "the same on every server and across restarts, e.g. the output of "
    "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`. "
    "Only the local demo (LOCAL_DEMO=true without SECURE_HTTPS, as scripts/run starts it) "
    "makes a key of its own, in var/secret_key."
)


def local_demo_secret_key(path: Path) -> str:
    """The local demo's key: read from `path`, or generated there (mode 0600) the first time.

    The new key is written to a private temporary file and linked into place, so the web
    server and the worker starting together agree on one key and never read half a file.
    """
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    draft = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(secrets.token_urlsafe(50))
    try:
        os.link(draft, path)
    except FileExistsError:
        pass  # another process made it first: use theirs
    finally:
        draft.unlink()
    return path.read_text().strip()


def secret_key_is_set() -> bool:
    try:
        return bool(settings.SECRET_KEY)
    except ImproperlyConfigured:  # Django refuses to hand out an empty key
        return False


def require_secret_key() -> None:
    """Stop the web server before it serves a request it could not sign safely."""
    if not secret_key_is_set():
        raise ImproperlyConfigured(MISSING_SECRET_KEY)


def check_secret_key(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """`check --deploy` fails without a key (Django's own check only warns)."""
    return [] if secret_key_is_set() else [checks.Error(MISSING_SECRET_KEY, id="academy.E001")]
