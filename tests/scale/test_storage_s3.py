"""Recordings, the customer's voice, the stereo call and the report PDFs live in S3 and reach
people only through the permission-checked views, streamed with byte ranges."""

import boto3
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from feedback.reports.services import scorecard_submit
from scenarios.models import Attempt
from tests.factories import AgentFactory, SupervisorFactory, TeamFactory
from tests.scale.conftest import wait_for
from tests.scale.practice import all_settled, typed_attempts, uploaded_call

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def url(name: str, **kwargs) -> str:
    with translation.override("en"):
        return reverse(name, kwargs=kwargs)


def s3_keys(services) -> set[str]:
    env = services.environment()
    client = boto3.client("s3", endpoint_url=env["AWS_S3_ENDPOINT_URL"], region_name="us-east-1")
    pages = client.get_paginator("list_objects_v2").paginate(Bucket=env["AWS_STORAGE_BUCKET_NAME"])
    return {item["Key"] for page in pages for item in page.get("Contents", [])}


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def test_an_uploaded_call_its_report_and_pdf_are_stored_in_s3_and_streamed_with_ranges(
    services, workers, tmp_path, client
):
    assert settings.STORAGES["private"]["BACKEND"] == "storages.backends.s3.S3Storage"
    agent, outsider = AgentFactory(), AgentFactory()
    supervisor = SupervisorFactory()
    TeamFactory(agents=[agent], supervisors=[supervisor])
    attempt = uploaded_call(tmp_path, agent=agent)
    uploaded = (tmp_path / "call.wav").read_bytes()
    assert f"private/{attempt.recording.name}" in s3_keys(services)

    workers.start(1)
    wait_for(lambda: all_settled([attempt]), 240, "the worker to score the call")
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.READY, attempt.failure_reason
    scorecard = attempt.scorecard
    wait_for(lambda: type(scorecard).objects.get(pk=scorecard.pk).pdf_is_current, 120, "the worker to render the PDF")
    scorecard.refresh_from_db()
    assert f"private/{scorecard.pdf.name}" in s3_keys(services)

    client.force_login(agent)
    recording = url("scenarios:attempt_recording", pk=attempt.pk)
    whole = client.get(recording)
    assert whole.status_code == 200 and body(whole) == uploaded
    part = client.get(recording, HTTP_RANGE="bytes=100-1099")
    assert part.status_code == 206 and body(part) == uploaded[100:1100]
    assert part["Content-Range"] == f"bytes 100-1099/{len(uploaded)}"
    pdf_url = url("reports:scorecard_pdf", pk=scorecard.pk)
    pdf = body(client.get(pdf_url))
    assert pdf.startswith(b"%PDF")
    tail = client.get(pdf_url, HTTP_RANGE="bytes=-200")
    assert tail.status_code == 206 and body(tail) == pdf[-200:]

    for person in (outsider, supervisor):  # the supervisor too, until the agent submits the report
        client.force_login(person)
        assert client.get(recording, HTTP_RANGE="bytes=0-10").status_code == 404
        assert client.get(pdf_url).status_code == 404
    scorecard_submit(scorecard=scorecard, user=agent)
    client.force_login(supervisor)
    assert body(client.get(recording, HTTP_RANGE="bytes=0-99")) == uploaded[:100]


def test_a_live_role_play_s_voice_and_stereo_call_are_stored_in_s3(services, workers, client):
    attempt = typed_attempts(1)[0]
    workers.start(1)
    wait_for(lambda: all_settled([attempt]), 180, "the worker to score the role-play")
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.READY, attempt.failure_reason
    keys = s3_keys(services)
    assert f"private/{attempt.recording.name}" in keys and attempt.recording.name.endswith(".flac")
    assert any(key.startswith("private/voices/en/") for key in keys), "the customer's line is voiced into S3"
    client.force_login(attempt.agent)
    response = client.get(url("scenarios:attempt_recording", pk=attempt.pk), HTTP_RANGE="bytes=0-3")
    assert response.status_code == 206 and body(response) == b"fLaC"
