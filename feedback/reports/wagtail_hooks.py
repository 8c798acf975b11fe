"""A course page shows the agent's certificate download once the course is completed; the home
page shows each role the reviews, disputes and coaching waiting for them."""

from django.template.loader import render_to_string
from wagtail import hooks

from academy.courses.models.pages import COURSE_SECTIONS_HOOK
from academy.courses.selectors import enrolment_get
from academy.users.home import HOME_SECTIONS_HOOK
from academy.users.roles import user_is_agent, user_is_supervisor, user_is_trainer

from .progress import TREND_DAYS, team_trends
from .selectors import coaching_for_agent, review_counts_for, rubric_performance


@hooks.register(COURSE_SECTIONS_HOOK)
def certificate_section(request, course) -> str:
    enrolment = enrolment_get(agent=request.user, course=course)
    if enrolment is None or enrolment.completed_at is None:
        return ""
    return render_to_string("feedback/reports/includes/certificate_section.html", {"enrolment": enrolment}, request)


@hooks.register(HOME_SECTIONS_HOOK)
def review_desk_section(request) -> str:
    """Supervisors and trainers: how many reports and disputes wait for them, one click from the queue,
    and how each team's submitted reports trend."""
    if not (user_is_supervisor(request.user) or user_is_trainer(request.user)):
        return ""
    return render_to_string(
        "feedback/reports/includes/home_review.html",
        {
            "counts": review_counts_for(request.user),
            "trends": team_trends(viewer=request.user),
            "trend_days": TREND_DAYS,
        },
        request,
    )


@hooks.register(HOME_SECTIONS_HOOK)
def coaching_desk_section(request) -> str:
    """Agents: the action items to tick off and the latest reports their supervisor reviewed."""
    if not user_is_agent(request.user):
        return ""
    return render_to_string("feedback/reports/includes/home_coaching.html", coaching_for_agent(request.user), request)


@hooks.register(HOME_SECTIONS_HOOK)
def rubric_desk_section(request) -> str:
    """Trainers: how each rubric performs (reports, pass rate, average, how often people overrode it)."""
    if not user_is_trainer(request.user):
        return ""
    return render_to_string(
        "feedback/reports/includes/home_rubrics.html", {"rubrics": rubric_performance(request.LANGUAGE_CODE)}, request
    )
