"""Recordings stream from private storage with byte ranges, so players can seek, and
only to the people who may see the agent's data."""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from tests.scenarios.url_objects import attempt_with_recording, hello_wav, scored
from tests.url_objects import SUBMITTED


@pytest.fixture
def recording_url(agent):
    attempt = scored(attempt_with_recording(agent), SUBMITTED)  # shared with the supervisor and trainers
    with translation.override("en"):
        return reverse("scenarios:attempt_recording", kwargs={"pk": attempt.pk})


def body(response) -> bytes:
    return b"".join(response.streaming_content)


@pytest.mark.django_db
def test_the_whole_recording_is_sent_and_ranges_are_announced(recording_url, agent, client_for):
    response = client_for(agent).get(recording_url)
    assert response.status_code == 200
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Type"] == "audio/x-wav"
    assert response["Cache-Control"] == "private, no-store"
    assert body(response) == hello_wav()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "header, first, last", [("bytes=0-99", 0, 99), ("bytes=1000-", 1000, None), ("bytes=-500", -500, None)]
)
def test_a_byte_range_gets_206_with_exactly_those_bytes(recording_url, supervisor, client_for, header, first, last):
    data = hello_wav()
    expected = data[first : None if last is None else last + 1]
    response = client_for(supervisor).get(recording_url, HTTP_RANGE=header)
    assert response.status_code == 206
    assert body(response) == expected
    start = first if first >= 0 else len(data) + first
    assert response["Content-Range"] == f"bytes {start}-{start + len(expected) - 1}/{len(data)}"
    assert response["Content-Length"] == str(len(expected))


@pytest.mark.django_db
def test_a_range_past_the_end_is_unsatisfiable(recording_url, trainer, client_for):
    response = client_for(trainer).get(recording_url, HTTP_RANGE="bytes=99999999-")
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{len(hello_wav())}"


@pytest.mark.django_db
def test_outsiders_get_404_even_with_a_range(recording_url, other_agent, other_supervisor, client_for):
    for outsider in (other_agent, other_supervisor):
        assert client_for(outsider).get(recording_url, HTTP_RANGE="bytes=0-10").status_code == 404


@pytest.mark.django_db
def test_recordings_live_outside_the_public_media_space(agent, client_for):
    attempt = attempt_with_recording(agent)
    assert not attempt.recording.path.startswith(str(settings.MEDIA_ROOT))
    assert attempt.recording.path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert client_for(agent).get(attempt.recording.url).status_code == 404
