"""Background jobs of the reports: they take ids and are safe to run twice."""

from django_tasks import task

from .pdf import scorecard_pdf_render


@task()
def scorecard_pdf_task(scorecard_id: int) -> None:
    scorecard_pdf_render(scorecard_id=scorecard_id)
