"""Calibration on the home page: the sessions waiting for the reviewer's blind answers."""

from django.template.loader import render_to_string
from wagtail import hooks

from academy.users.home import HOME_SECTIONS_HOOK

from .selectors import sessions_awaiting_answers


@hooks.register(HOME_SECTIONS_HOOK)
def calibration_desk_section(request) -> str:
    waiting = list(sessions_awaiting_answers(request.user).order_by("created_at")[:5])
    if not waiting:
        return ""
    return render_to_string("feedback/calibration/includes/home_calibration.html", {"sessions": waiting}, request)
