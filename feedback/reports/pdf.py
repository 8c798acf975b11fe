"""The report and certificate PDFs: Django templates rendered in the reader's language,
turned into PDF by the plain engine in feedback.pdf, and stored in the private storage."""

import time
from datetime import timedelta

from django.core.files.base import ContentFile
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from feedback.pdf import html_to_pdf

from .models import Scorecard
from .report import report_context


def report_language(scorecard: Scorecard) -> str:
    """The PDF speaks the agent's language (the language of the conversation if the agent has none)."""
    return (scorecard.agent.language if scorecard.agent_id else "") or scorecard.language


def scorecard_pdf_bytes(scorecard: Scorecard) -> bytes:
    language = report_language(scorecard)
    with translation.override(language):
        html = render_to_string("feedback/reports/report_pdf.html", report_context(scorecard, language=language))
    return html_to_pdf(html)


# A render claimed longer ago than this was abandoned (its process died): another takes it over.
# Far above a render's few seconds, even on a busy machine.
RENDER_CLAIM_SECONDS = 60
WAIT_STEP_SECONDS = 0.1


def scorecard_pdf_render(*, scorecard_id: int) -> None:
    """Render and store the PDF of the scorecard's current revision; nothing to do when it is current.

    Rendered once however many ask at the same time (a report's first downloads by several
    people, the worker's task): the first to claim the scorecard renders, the others wait for
    its PDF. The stored file is swapped in only if no newer change landed meanwhile; then the
    newer revision is rendered in turn."""
    while True:
        scorecard = Scorecard.objects.select_related("agent", "rubric_version__rubric").filter(pk=scorecard_id).first()
        if scorecard is None or scorecard.pdf_is_current:
            return
        claimed_at = timezone.now()
        unclaimed = Q(pdf_rendering_since__isnull=True) | Q(
            pdf_rendering_since__lt=claimed_at - timedelta(seconds=RENDER_CLAIM_SECONDS)
        )
        stale = Q(pdf="") | ~Q(pdf_revision=F("revision"))  # still stale: no render finished since the read
        if not Scorecard.objects.filter(unclaimed, stale, pk=scorecard_id).update(pdf_rendering_since=claimed_at):
            time.sleep(WAIT_STEP_SECONDS)  # another process renders it (or just did)
            continue
        try:
            _store(scorecard)
        finally:
            Scorecard.objects.filter(pk=scorecard_id, pdf_rendering_since=claimed_at).update(pdf_rendering_since=None)


def _store(scorecard: Scorecard) -> None:
    revision, previous = scorecard.revision, scorecard.pdf.name
    storage = scorecard.pdf.storage
    name = storage.save(
        f"reports/scorecard-{scorecard.pk}-r{revision}.pdf", ContentFile(scorecard_pdf_bytes(scorecard))
    )
    stored = Scorecard.objects.filter(pk=scorecard.pk, revision=revision).update(pdf=name, pdf_revision=revision)
    if not stored:
        storage.delete(name)
    elif previous and previous != name:
        storage.delete(previous)


def scorecard_pdf_current(scorecard: Scorecard) -> Scorecard:
    """The scorecard with a PDF of its current revision, rendering it now if the worker has not yet."""
    if not scorecard.pdf_is_current:
        scorecard_pdf_render(scorecard_id=scorecard.pk)
        scorecard.refresh_from_db()
    return scorecard
