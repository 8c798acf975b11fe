"""A course page shows the agent's certificate download once the course is completed."""
from django.template.loader import render_to_string
from wagtail import hooks

from academy.courses.models.pages import COURSE_SECTIONS_HOOK
from academy.courses.selectors import enrolment_get


@hooks.register(COURSE_SECTIONS_HOOK)
def certificate_section(request, course) -> str:
    enrolment = enrolment_get(agent=request.user, course=course)
    if enrolment is None or enrolment.completed_at is None:
        return ""
    return render_to_string("feedback/reports/includes/certificate_section.html", {"enrolment": enrolment}, request)
