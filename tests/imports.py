"""What a `manage.py` command imports as it runs: commands that start with some apps alone say so in tests."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def command_imports(*args: str, **environment: str) -> tuple[subprocess.CompletedProcess, list[str]]:
    """Run ``manage.py *args`` with ``-X importtime`` and the settings manage.py picks itself
    (DJANGO_SETTINGS_MODULE unset); returns the finished process and the modules it imported."""
    variables = {name: value for name, value in os.environ.items() if name != "DJANGO_SETTINGS_MODULE"}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "manage.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**variables, **environment},
    )
    imported = [line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")]
    return done, imported
