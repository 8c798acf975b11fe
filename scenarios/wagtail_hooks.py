"""Scenarios join the course pages through the courses app's section hook, so courses never import scenarios."""
from django.template.loader import render_to_string
from wagtail import hooks

from .selectors import scenarios_for_course


@hooks.register("academy_course_sections")
def course_scenarios_section(request, page) -> str:
    scenarios = scenarios_for_course(course=page)
    if not scenarios:
        return ""
    return render_to_string("scenarios/includes/course_scenarios.html", {"scenarios": scenarios}, request=request)
