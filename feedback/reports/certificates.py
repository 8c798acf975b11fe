"""Course-completion certificates: a PDF made by the same machinery as the reports
(a Django template in the agent's language, rendered by feedback.pdf)."""

from django.http import Http404
from django.template.loader import render_to_string
from django.utils import translation

from academy.courses.models import Enrolment
from academy.courses.selectors import course_progress
from academy.teams.selectors import agents_visible_to
from feedback.pdf import html_to_pdf


def enrolment_completed_get_for_user(*, user, pk: int) -> Enrolment:
    """A completed enrolment of an agent `user` may see; Http404 otherwise (or when not completed)."""
    try:
        return Enrolment.objects.select_related("agent", "course").get(
            pk=pk, completed_at__isnull=False, agent__in=agents_visible_to(user)
        )
    except Enrolment.DoesNotExist:
        raise Http404("No such certificate") from None


def certificate_pdf_bytes(enrolment: Enrolment) -> bytes:
    """The certificate of a completed course, in the agent's language."""
    language = enrolment.agent.language or "it"
    progress = course_progress(enrolment)
    with translation.override(language):
        html = render_to_string(
            "feedback/reports/certificate_pdf.html",
            {
                "enrolment": enrolment,
                "agent": enrolment.agent,
                "course": progress.course,
                "lessons": progress.lessons,
                "quiz_scores": progress.quiz_scores,
                "language": language,
            },
        )
    return html_to_pdf(html)


def certificates_of(agent) -> list[Enrolment]:
    """The agent's completed courses, newest first."""
    return list(
        Enrolment.objects.filter(agent=agent, completed_at__isnull=False)
        .select_related("course")
        .order_by("-completed_at")
    )
