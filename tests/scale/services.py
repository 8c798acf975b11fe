"""PostgreSQL, Redis and an S3-compatible server (moto), really started on loopback in a
temporary directory, for the tests marked ``scale``; also what those tests use to restart them.

    .venv/bin/python -m tests.scale.services pytest -m scale ...   (scripts/test --scale)

starts the three services, runs the command with the environment that points the settings at
them (DATABASE_URL, TASKS_BACKEND=rq + REDIS_URL, STORAGE_BACKEND=s3 + AWS_*), and stops them
whatever happens. Nothing listens beyond 127.0.0.1 and nothing outlives the run.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

POSTGRES_BIN = Path("/usr/lib/postgresql")
BUCKET = "agent-academy"
STATE_FILE = "services.json"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, timeout: float = 30.0, what: str = "a service") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{what} did not open port {port} within {timeout:.0f} s")


def _as_postgres(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: as root, run its programs as Debian's `postgres` user."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def _postgres_bin(name: str) -> str:
    versions = sorted(POSTGRES_BIN.glob("*/bin"), key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)
    if not versions:
        raise RuntimeError("PostgreSQL is not installed (Debian package `postgresql`; scripts/install --scale)")
    return str(versions[-1] / name)


@dataclass
class Services:
    """Where the three services live and listen; written to the run's directory for the tests."""

    directory: str
    postgres_port: int
    redis_port: int
    s3_port: int

    # --- Where things are

    @property
    def root(self) -> Path:
        return Path(self.directory)

    @property
    def postgres_data(self) -> Path:
        return self.root / "postgres"

    @property
    def database_url(self) -> str:
        return f"postgres://academy@127.0.0.1:{self.postgres_port}/academy"

    @property
    def redis_url(self) -> str:
        return f"redis://127.0.0.1:{self.redis_port}/0"

    @property
    def s3_url(self) -> str:
        return f"http://127.0.0.1:{self.s3_port}"

    def environment(self) -> dict[str, str]:
        """The variables that switch the settings to these services (and nothing else)."""
        return {
            "DATABASE_URL": self.database_url,
            "TASKS_BACKEND": "rq",
            "REDIS_URL": self.redis_url,
            "STORAGE_BACKEND": "s3",
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_S3_ENDPOINT_URL": self.s3_url,
            "AWS_ACCESS_KEY_ID": "scale-tests",
            "AWS_SECRET_ACCESS_KEY": "scale-tests",
            "AWS_DEFAULT_REGION": "us-east-1",
            "SCALE_SERVICES": str(self.root / STATE_FILE),
        }

    def save(self) -> None:
        (self.root / STATE_FILE).write_text(json.dumps(asdict(self)))

    @classmethod
    def load(cls, path: str | Path) -> Services:
        return cls(**json.loads(Path(path).read_text()))

    # --- PostgreSQL

    def postgres_init(self) -> None:
        self.root.chmod(0o755)  # the postgres user reaches its data directory through this one
        self.postgres_data.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.postgres_data, "postgres", "postgres")
        subprocess.run(
            _as_postgres(
                [
                    _postgres_bin("initdb"),
                    "-D",
                    str(self.postgres_data),
                    "-U",
                    "academy",
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                ]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def postgres_start(self) -> None:
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.postgres_port} -c unix_socket_directories='' "
            "-c fsync=off -c full_page_writes=off -c max_connections=200"
        )
        subprocess.run(
            _as_postgres(
                [
                    _postgres_bin("pg_ctl"),
                    "-D",
                    str(self.postgres_data),
                    "-o",
                    options,
                    "-l",
                    str(self.postgres_data / "server.log"),
                    "-w",
                    "start",
                ]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        wait_for_port(self.postgres_port, what="PostgreSQL")

    def postgres_stop(self) -> None:
        subprocess.run(
            _as_postgres([_postgres_bin("pg_ctl"), "-D", str(self.postgres_data), "-m", "fast", "-w", "stop"]),
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def postgres_create_database(self) -> None:
        subprocess.run(
            [_postgres_bin("createdb"), "-h", "127.0.0.1", "-p", str(self.postgres_port), "-U", "academy", "academy"],
            check=True,
        )

    # --- Redis (append-only file: queued jobs survive a restart)

    def redis_start(self) -> None:
        process = subprocess.Popen(
            [
                "redis-server",
                "--bind",
                "127.0.0.1",
                "--port",
                str(self.redis_port),
                "--dir",
                str(self.root),
                "--appendonly",
                "yes",
                "--appendfsync",
                "always",
                "--save",
                "",
                "--protected-mode",
                "yes",
            ],
            stdout=(self.root / "redis.log").open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        (self.root / "redis.pid").write_text(str(process.pid))
        wait_for_port(self.redis_port, what="Redis")

    def redis_stop(self) -> None:
        _stop_pid_file(self.root / "redis.pid")

    # --- S3 (moto's server mode; its objects live in memory for the whole run)

    def s3_start(self) -> None:
        moto = Path(sys.executable).with_name("moto_server")
        process = subprocess.Popen(
            [str(moto), "-H", "127.0.0.1", "-p", str(self.s3_port)],
            stdout=(self.root / "s3.log").open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        (self.root / "s3.pid").write_text(str(process.pid))
        wait_for_port(self.s3_port, what="the S3 server")

    def s3_create_bucket(self) -> None:
        import boto3

        env = self.environment()
        boto3.client(
            "s3",
            endpoint_url=self.s3_url,
            aws_access_key_id=env["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=env["AWS_SECRET_ACCESS_KEY"],
            region_name="us-east-1",
        ).create_bucket(Bucket=BUCKET)

    def s3_stop(self) -> None:
        _stop_pid_file(self.root / "s3.pid")

    # --- All of them

    def start(self) -> None:
        self.postgres_init()
        self.postgres_start()
        self.postgres_create_database()
        self.redis_start()
        self.s3_start()
        self.s3_create_bucket()
        self.save()

    def stop(self) -> None:
        self.s3_stop()
        self.redis_stop()
        self.postgres_stop()


def _stop_pid_file(pid_file: Path, timeout: float = 10.0) -> None:
    """Stop the process (group) this run started and recorded, and wait until it is gone."""
    if not pid_file.exists():
        return
    pid = int(pid_file.read_text())
    pid_file.unlink()
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            finished, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:  # started by another process (a test restarted it): poll instead
            finished = 0 if _alive(pid) else pid
        if finished:
            return
        time.sleep(0.1)
    os.killpg(pid, signal.SIGKILL)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def main(command: list[str]) -> int:
    if not command:
        print(__doc__)
        return 2
    services = Services(tempfile.mkdtemp(prefix="academy-scale-"), free_port(), free_port(), free_port())
    print(
        f"==> PostgreSQL :{services.postgres_port}, Redis :{services.redis_port}, S3 :{services.s3_port} "
        f"in {services.directory}",
        flush=True,
    )
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop the services on a CI timeout too
    try:
        services.start()
        return subprocess.run(command, env={**os.environ, **services.environment()}).returncode
    finally:
        services.stop()
        shutil.rmtree(services.directory, ignore_errors=True)
        print("==> services stopped", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
