from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from academy.courses import selectors as courses
from academy.teams.selectors import user_is_supervisor, user_is_trainer


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """The signed-in landing page, by role: an agent's learning, a supervisor's teams, a trainer's CMS."""
    user, language = request.user, request.LANGUAGE_CODE
    context = {
        "home_page": courses.home_page_for_language(language),
        "catalogue": courses.course_index_for_language(language),
    }
    if user.is_agent:
        context["courses"] = courses.learning_overview(agent=user)
    if user_is_supervisor(user) or user_is_trainer(user):
        context["teams"] = courses.team_progress_for(user=user)
    return render(request, "academy/home.html", context)
