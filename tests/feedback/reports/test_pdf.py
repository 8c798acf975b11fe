"""The PDF report read back as text: the reader's language, the evidence and tips, the
supervisor's changes after regeneration, and a document that travels (A4, fonts embedded,
tagged, numbered pages). Rendered once however many ask for it at the same time."""

import io
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone
from pypdf import PdfReader

from feedback.pdf import html_to_pdf
from feedback.reports import pdf, services
from feedback.reports.models import Scorecard
from feedback.reports.pdf import scorecard_pdf_bytes
from feedback.scoring.labels import criterion_label
from tests.factories import AgentFactory
from tests.feedback.reports.factories import ScorecardFactory, barely_heard, phone_call

pytestmark = pytest.mark.django_db


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def stored_pdf_text(scorecard) -> str:
    scorecard.refresh_from_db()
    assert scorecard.pdf_is_current
    with scorecard.pdf.open("rb") as handle:
        return pdf_text(handle.read())


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("language, other", [("it", "en"), ("en", "it")])
def test_the_pdf_speaks_the_agents_language_with_evidence_and_tips(language, other):
    scorecard = ScorecardFactory(agent=AgentFactory(language=language), transcript=phone_call(language))
    text = flat(pdf_text(scorecard_pdf_bytes(scorecard)))
    ownership = next(c for c in scorecard.result["criteria"] if c["key"] == "ownership")
    for key in ("greeting", "ownership", "closing"):
        assert criterion_label(key, language) in text
        assert criterion_label(key, other) not in text
    assert flat(ownership["evidence"][0]["text"]) in text
    assert flat(ownership["tip"])[:60] in text
    assert ("Presa in carico" in text) == (language == "it")
    assert ("Suggerimento" in text) == (language == "it") and ("Tip:" in text) == (language == "en")


def test_a_supervisors_override_and_note_show_in_the_regenerated_pdf(
    agent, supervisor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        scorecard = ScorecardFactory(agent=agent, transcript=phone_call("en"), submitted=True)
    before = flat(stored_pdf_text(scorecard))
    assert "Critical failure" in before and "Warm transfer" not in before
    with django_capture_on_commit_callbacks(execute=True):
        services.scorecard_override_criterion(
            scorecard=scorecard,
            user=supervisor,
            criterion="ownership",
            result="pass",
            reason="Warm transfer to billing, not a deflection.",
        )
        services.scorecard_coaching_update(scorecard=scorecard, user=supervisor, note="Say what you will do next.")
    after = flat(stored_pdf_text(scorecard))
    scorecard.refresh_from_db()
    assert "Warm transfer to billing, not a deflection." in after
    assert "Say what you will do next." in after
    assert f"Score {scorecard.score}/100" in after and "Critical failure" not in after
    assert f"the automatic score was {scorecard.automatic_result['score']}/100" in after


def test_the_pdf_is_a4_tagged_numbered_with_embedded_fonts(agent):
    reader = PdfReader(io.BytesIO(scorecard_pdf_bytes(ScorecardFactory(agent=agent))))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    catalog = reader.trailer["/Root"]
    assert catalog["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in catalog
    assert catalog["/Lang"] == agent.language
    assert b"pdfuaid" in catalog["/Metadata"].get_object().get_data()  # declared PDF/UA-1
    pages = len(reader.pages)
    assert f"1 / {pages}" in reader.pages[0].extract_text()
    fonts = [font.get_object() for page in reader.pages for font in page["/Resources"]["/Font"].values()]
    assert fonts and all(
        "/FontFile2" in f["/FontDescriptor"] or "/FontFile3" in f["/FontDescriptor"]
        for f in (font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font for font in fonts)
    )


def test_the_metric_charts_are_vectors_not_images(agent):
    reader = PdfReader(io.BytesIO(scorecard_pdf_bytes(ScorecardFactory(agent=agent))))
    assert not any(page.images for page in reader.pages)
    assert "180" in "".join(page.extract_text() for page in reader.pages)  # the pace threshold drawn on its gauge


@pytest.mark.parametrize(
    "language, flag", [("it", "Da verificare dal supervisore"), ("en", "To be checked by your supervisor")]
)
def test_a_criterion_heard_with_low_confidence_is_flagged_for_the_supervisor(language, flag):
    scorecard = ScorecardFactory(agent=AgentFactory(language=language), transcript=barely_heard(phone_call(language)))
    ownership = next(c for c in scorecard.result["criteria"] if c["key"] == "ownership")
    text = flat(pdf_text(scorecard_pdf_bytes(scorecard)))

    assert ownership["result"] == "na" and ownership["review"] is True
    assert flag in text and "(10%)" in text


def _not_rendered_yet(agent) -> Scorecard:
    """A report submitted for review whose PDF the worker has not rendered yet (its current revision has none)."""
    scorecard = ScorecardFactory(agent=agent, submitted=True)
    Scorecard.objects.filter(pk=scorecard.pk).update(pdf_revision=0)
    return scorecard


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_pdf_several_people_download_at_once_is_rendered_once(agent, supervisor, client_for, monkeypatch):
    scorecard = _not_rendered_yet(agent)
    renders = []

    def counted_render(html: str, **options) -> bytes:
        renders.append(html)
        return html_to_pdf(html, **options)

    monkeypatch.setattr(pdf, "html_to_pdf", counted_render)
    clients = [client_for(person) for person in (agent, agent, supervisor, supervisor)]
    together = threading.Barrier(len(clients))

    def download(client) -> bytes:
        together.wait()
        try:
            response = client.get(f"/en/reports/{scorecard.pk}/pdf/")
            assert response.status_code == 200
            return b"".join(response.streaming_content)
        finally:
            connection.close()  # each thread's own connection

    with ThreadPoolExecutor(len(clients)) as pool:
        downloads = list(pool.map(download, clients))

    assert len(renders) == 1
    assert all(data.startswith(b"%PDF-") for data in downloads) and len(set(downloads)) == 1
    scorecard.refresh_from_db()
    assert scorecard.pdf_is_current and scorecard.pdf_rendering_since is None


def test_a_render_abandoned_by_a_process_that_died_is_taken_over(agent):
    scorecard = _not_rendered_yet(agent)
    abandoned = timezone.now() - timedelta(seconds=pdf.RENDER_CLAIM_SECONDS + 1)
    Scorecard.objects.filter(pk=scorecard.pk).update(pdf_rendering_since=abandoned)

    scorecard = pdf.scorecard_pdf_current(Scorecard.objects.get(pk=scorecard.pk))

    assert scorecard.pdf_is_current and scorecard.pdf_rendering_since is None
    assert stored_pdf_text(scorecard)
