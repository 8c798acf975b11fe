from math import ceil

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation

from academy.courses import selectors as courses

from .home import home_sections
from .roles import user_is_agent, user_is_supervisor, user_is_trainer


class SignInView(auth_views.LoginView):
    """Sign in; without a page to go back to, land on the home page in the user's own language."""

    def get_default_redirect_url(self) -> str:
        with translation.override(self.request.user.language):
            return reverse("home")

    def form_valid(self, form) -> HttpResponse:
        response = super().form_valid(form)
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            self.request.user.language,
            samesite="Lax",
            secure=settings.LANGUAGE_COOKIE_SECURE,
        )
        return response


def home(request: HttpRequest) -> HttpResponse:
    """The signed-in landing page, by role: an agent's learning, a supervisor's teams, a trainer's CMS,
    and what other apps put on each role's desk (`academy.users.home`)."""
    if not request.user.is_authenticated:
        return render(request, "academy/welcome.html")  # what the Academy is, and the way in
    user, language = request.user, request.LANGUAGE_CODE
    context = {
        "home_page": courses.home_page_for_language(language),
        "catalogue": courses.course_index_for_language(language),
    }
    if user_is_agent(user):
        context["courses"] = courses.learning_overview(agent=user, language=language)
    if user_is_supervisor(user) or user_is_trainer(user):
        context["team_summaries"] = courses.team_summaries_for(user=user)
    context["sections"] = home_sections(request)
    return render(request, "academy/home.html", context)


def sign_in_paused(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials: dict | None = None
) -> HttpResponse:
    """What django-axes answers instead of the sign-in page while an account or address is paused."""
    minutes = ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    return render(request, "registration/sign_in_paused.html", {"minutes": minutes}, status=429)
