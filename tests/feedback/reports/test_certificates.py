"""Course-completion certificates: rendered by the report machinery, only for completed courses."""

import io

import pytest
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from academy.courses.models import Enrolment
from tests.factories import AgentFactory
from tests.feedback.reports.factories import completed_enrolment

pytestmark = pytest.mark.django_db


def certificate_url(enrolment) -> str:
    with translation.override("en"):
        return reverse("reports:certificate_pdf", kwargs={"pk": enrolment.pk})


@pytest.mark.parametrize(
    "language, heading", [("it", "Attestato di completamento"), ("en", "Certificate of completion")]
)
def test_a_completed_course_gives_a_certificate_in_the_agents_language(client_for, language, heading):
    agent = AgentFactory(language=language)
    enrolment = completed_enrolment(agent)
    response = client_for(agent).get(certificate_url(enrolment))
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(reader.pages[0].extract_text().split())
    assert heading in text and str(agent) in text and "Ownership on the phone" in text
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # A4 landscape


def test_an_unfinished_course_has_no_certificate(agent, client_for):
    enrolment = completed_enrolment(agent)
    Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=None)
    assert client_for(agent).get(certificate_url(enrolment)).status_code == 404


def test_the_reports_page_lists_the_agents_certificates(agent, client_for):
    enrolment = completed_enrolment(agent)
    with translation.override("en"):
        page = client_for(agent).get(reverse("reports:index")).content.decode()
    assert certificate_url(enrolment) in page


def test_the_completed_course_page_offers_the_certificate(agent, client_for):
    enrolment = completed_enrolment(agent)
    page = client_for(agent).get(enrolment.course.url).content.decode()
    assert certificate_url(enrolment) in page
