"""The web server as the Procfile starts it (gunicorn with academy/gunicorn.py): each worker loads
the speech engine and the reply judging before it serves, so a live call's first reply does not
wait for them; a server that hosts no calls can leave them out. A connection left idle while a
person reads is kept for their next click."""

import http.client
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.whisper

READY = "Live calls ready: engine and reply judging loaded"
PROBE = "/static/does-not-exist"


def serve(tmp_path: Path, then=None, **env: str) -> str:
    """Start gunicorn with one worker, wait until it answers a request, call `then(port)` if given,
    stop it, and return its log (written to a file: a pipe nobody reads while the server runs
    would block it once full)."""
    log_file = (tmp_path / "gunicorn.log").open("w")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "academy.wsgi",
            "--config",
            "python:academy.gunicorn",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--access-logfile",
            "-",
        ],
        cwd=settings.BASE_DIR,
        stdout=log_file,
        stderr=subprocess.STDOUT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "academy.settings.base", "SECRET_KEY": "test-web-server", **env},
    )
    answered = False
    try:
        deadline = time.monotonic() + 180
        while not answered and time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}{PROBE}", timeout=60)  # a first request is slow
            except urllib.error.HTTPError:
                answered = True  # the worker answers (an error page: no database here, none needed)
            except OSError:
                time.sleep(0.5)
        if answered and then:
            then(port)
    finally:
        server.terminate()
        server.wait(timeout=60)
        log_file.close()
    log = (tmp_path / "gunicorn.log").read_text()
    if not answered:
        pytest.fail(f"the web server did not answer within 180 s; it logged:\n{log}")
    return log


def test_each_web_worker_loads_the_engine_before_its_first_request(tmp_path):
    log = serve(tmp_path)

    served = f"GET {PROBE}"  # the access log's line
    assert READY in log and served in log, log
    assert log.index(READY) < log.index(served)  # loaded before the first request was served


def test_a_web_server_without_live_calls_can_leave_the_engine_out(tmp_path):
    log = serve(tmp_path, LIVE_CALL_PRELOAD="false")

    assert f"GET {PROBE}" in log and READY not in log


def test_a_connection_idle_while_a_person_reads_serves_their_next_request(tmp_path):
    def two_requests_on_one_connection(port: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for pause in (0, 5):  # gunicorn's own default closes a connection idle for 2 s
            time.sleep(pause)
            connection.request("GET", PROBE)
            response = connection.getresponse()
            response.read()
            assert not response.will_close  # answered (an error page: no database here) and kept open
        connection.close()

    serve(tmp_path, then=two_requests_on_one_connection, LIVE_CALL_PRELOAD="false")
