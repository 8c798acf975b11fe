"""A real Learning Record Store for tests: Ralph (ralph-malph from PyPI) served by uvicorn on
loopback, storing statements in a temporary directory, with one basic-auth account."""

import json
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import bcrypt
import httpx

USERNAME, PASSWORD = "academy", "lrs-test-password"


@dataclass
class Lrs:
    endpoint: str
    username: str = USERNAME
    password: str = PASSWORD

    def statements(self) -> list[dict]:
        """Every statement the LRS holds, read back through its xAPI API."""
        response = httpx.get(
            f"{self.endpoint}statements",
            auth=(self.username, self.password),
            headers={"X-Experience-API-Version": "1.0.3"},
            params={"limit": 500},
            timeout=10,
        )
        response.raise_for_status()
        return response.json()["statements"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def ralph_lrs(directory: Path):
    store = directory / "statements"
    store.mkdir()
    auth = directory / "auth.json"
    auth.write_text(
        json.dumps(
            [
                {
                    "agent": {"objectType": "Agent", "account": {"homePage": "http://localhost", "name": USERNAME}},
                    "scopes": ["all"],
                    "username": USERNAME,
                    "hash": bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt()).decode(),
                }
            ]
        )
    )
    port = _free_port()
    env = {
        "RALPH_RUNSERVER_BACKEND": "fs",
        "RALPH_BACKENDS__DATA__FS__DEFAULT_DIRECTORY_PATH": str(store),
        "RALPH_AUTH_FILE": str(auth),
        "RALPH_APP_DIR": str(directory),
        "PATH": "/usr/bin:/bin",
    }
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "ralph.api:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        cwd=directory,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/__lbheartbeat__", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    f"Ralph did not start: {server.stdout.read().decode() if server.poll() is not None else 'timeout'}"
                )
            time.sleep(0.2)
        yield Lrs(endpoint=f"http://127.0.0.1:{port}/xAPI/")
    finally:
        server.terminate()
        server.wait(timeout=10)
