"""Lets other apps' templates list scenarios without importing this app:
`{% load scenario_tags %}{% course_scenarios page %}` on a course page."""
from django import template

from ..selectors import scenarios_for_course

register = template.Library()


@register.inclusion_tag("scenarios/includes/course_scenarios.html")
def course_scenarios(course) -> dict:
    return {"scenarios": scenarios_for_course(course=course)}
