"""Finding 6 of issue 18: a file name never adds parameters to Content-Disposition.

An uploaded call keeps its original name for the download; a name such as
``x"; filename*=UTF-8''evil.html`` written into the header as it is would close the
quoted name and give the browser a second, preferred name (and type) of the
uploader's choosing. Every download view builds the header with Django's helper.
"""

from email.message import EmailMessage

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation

from scenarios.models import AttemptTurn
from tests.feedback.reports.factories import ScorecardFactory, completed_enrolment
from tests.scenarios.url_objects import attempt_with_recording, guided_attempt, hello_wav

HOSTILE_NAMES = [
    "x\"; filename*=UTF-8''evil.html",
    "città\"; filename*=UTF-8''evil.html; x=\".wav",
]


def downloaded_name(response) -> str:
    """The one file name a browser reads from the response's Content-Disposition."""
    header = EmailMessage()
    header["Content-Disposition"] = response["Content-Disposition"]
    assert header.get_content_disposition() == "inline"
    return header.get_filename()


def url(name: str, **kwargs) -> str:
    with translation.override("en"):
        return reverse(name, kwargs=kwargs)


@pytest.mark.django_db
@pytest.mark.parametrize("original", HOSTILE_NAMES)
def test_an_uploaded_calls_own_name_is_downloaded_as_that_name_and_nothing_else(original, agent, client_for):
    attempt = attempt_with_recording(agent, recording_name=original)

    response = client_for(agent).get(url("scenarios:attempt_recording", pk=attempt.pk))

    assert response.status_code == 200
    assert downloaded_name(response) == original


@pytest.mark.django_db
def test_every_download_view_names_its_file_in_one_parameter(agent, client_for):
    """Recordings (the call, a reply of a live call, a customer line), the report PDF and the certificate."""
    hostile = HOSTILE_NAMES[0]
    guided = guided_attempt(agent)
    turn = AttemptTurn.objects.create(attempt=guided, index=0, duration_s=1.5)
    turn.recording.save("turn-0.wav", ContentFile(hello_wav()), save=True)
    scorecard = ScorecardFactory(agent=agent)
    enrolment = completed_enrolment(agent)
    expected = {
        url("scenarios:attempt_recording", pk=attempt_with_recording(agent, recording_name=hostile).pk): hostile,
        url("scenarios:attempt_turn_recording", pk=guided.pk, index=0): turn.recording.name.rsplit("/", 1)[-1],
        url("scenarios:call_line_audio", pk=guided.pk, index=0): None,  # the customer's line as the call stored it
        url("reports:scorecard_pdf", pk=scorecard.pk): f"report-{scorecard.pk}.pdf",
        url("reports:certificate_pdf", pk=enrolment.pk): f"certificate-{enrolment.pk}.pdf",
    }
    client = client_for(agent)
    for address, name in expected.items():
        response = client.get(address)
        assert response.status_code == 200, address
        got = downloaded_name(response)
        assert got == name if name else got and not set(got) & set('"/;\\'), (address, response["Content-Disposition"])
