"""Issue 18, finding 1: no public secret key in production.

Only the local demo makes a key of its own (random, once, readable by its owner only,
outside git); anywhere else an unset SECRET_KEY stops the web server and fails
`check --deploy` with a message that says what to do.
"""

import os
import secrets
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from academy.platform.secret_key import local_demo_secret_key

ROOT = Path(__file__).resolve().parents[3]
GUNICORN = Path(sys.executable).with_name("gunicorn")


def production_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The process environment of a deployment that forgot SECRET_KEY, plus `extra`."""
    # Browser tests set DJANGO_ALLOW_ASYNC_UNSAFE in this process; no deployment has it.
    unset = {"SECRET_KEY", "LOCAL_DEMO", "SECURE_HTTPS", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {key: value for key, value in os.environ.items() if key not in unset}
    return {**env, "DJANGO_SETTINGS_MODULE": "academy.settings.base", "ACADEMY_VAR_DIR": str(tmp_path / "var"), **extra}


def manage(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def secret_key_of(env: dict[str, str]) -> str:
    """SECRET_KEY as the settings give it in a fresh process with `env`."""
    code = "from django.conf import settings; print(settings.SECRET_KEY)"
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout.strip()


def test_check_deploy_fails_without_a_secret_key_and_passes_with_one(tmp_path):
    proc = manage(production_env(tmp_path), "check", "--deploy")
    assert proc.returncode != 0
    assert "academy.E001" in proc.stderr and "SECRET_KEY is not set" in proc.stderr
    key = secrets.token_urlsafe(50)
    deployment = production_env(tmp_path, SECRET_KEY=key)
    checked = manage(deployment, "check", "--deploy")
    assert checked.returncode == 0, checked.stderr
    assert secret_key_of(deployment) == key
    assert not (tmp_path / "var" / "secret_key").exists()


@pytest.mark.parametrize(
    "mode",
    [
        {},  # DEBUG=false, the default
        {"SECURE_HTTPS": "true"},
        {"SECURE_HTTPS": "true", "LOCAL_DEMO": "true"},  # HTTPS is never the local demo
        {"DEBUG": "true"},
    ],
    ids=["default", "https", "https-claiming-demo", "debug"],
)
def test_the_web_server_refuses_to_start_without_a_secret_key(tmp_path, mode):
    server = subprocess.Popen(
        [str(GUNICORN), "academy.wsgi", "--bind", "127.0.0.1:0", "--workers", "1"],
        cwd=ROOT,
        env=production_env(tmp_path, **mode),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        output, _ = server.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        server.kill()
        server.communicate()
        pytest.fail("the web server started without a secret key")
    assert server.returncode != 0
    assert "SECRET_KEY is not set" in output
    assert not (tmp_path / "var" / "secret_key").exists()


def test_the_local_demo_makes_a_random_private_key_once_and_keeps_it(tmp_path):
    env = production_env(tmp_path, LOCAL_DEMO="true")
    first, again = secret_key_of(env), secret_key_of(env)
    key_file = tmp_path / "var" / "secret_key"
    assert first == again == key_file.read_text().strip() and len(first) >= 50
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    checked = manage(env, "check", "--deploy")
    assert checked.returncode == 0, checked.stderr
    in_checkout = subprocess.run(["git", "check-ignore", "-q", "var/secret_key"], cwd=ROOT)
    assert in_checkout.returncode == 0, "the demo key file would be committed"


def test_every_demo_install_has_its_own_key(tmp_path):
    assert local_demo_secret_key(tmp_path / "a" / "secret_key") != local_demo_secret_key(tmp_path / "b" / "secret_key")
