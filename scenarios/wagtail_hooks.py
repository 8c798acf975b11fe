"""Scenarios in the CMS: course pages list them (through the courses app's section hook, so courses
never import scenarios), and trainers import, export and play role-plays."""

from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from academy.users.home import HOME_SECTIONS_HOOK
from academy.users.roles import user_is_agent, user_is_trainer

from . import admin_views
from .models import ScenarioIndexPage, ScenarioPage
from .selectors import scenario_suggested_for, scenarios_authored, scenarios_for_course

HOME_ROWS = 5


@hooks.register("academy_course_sections")
def course_scenarios_section(request, page) -> str:
    scenarios = scenarios_for_course(course=page)
    if not scenarios:
        return ""
    return render_to_string("scenarios/includes/course_scenarios.html", {"scenarios": scenarios}, request=request)


@hooks.register("register_admin_urls")
def roleplay_admin_urls():
    return [
        path("roleplay/import/", admin_views.scenario_import_view, name="scenarios_roleplay_import"),
        path("roleplay/<int:page_id>/export/", admin_views.scenario_export_view, name="scenarios_roleplay_export"),
        path("roleplay/<int:page_id>/play/", admin_views.scenario_play_view, name="scenarios_roleplay_play"),
    ]


class _ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return any(
            index.permissions_for_user(request.user).can_add_subpage() for index in ScenarioIndexPage.objects.all()
        )


@hooks.register("register_admin_menu_item")
def roleplay_import_menu_item():
    return _ImportMenuItem(_("Import a role-play"), reverse("scenarios_roleplay_import"), icon_name="upload", order=900)


@hooks.register("register_page_header_buttons")
def roleplay_header_buttons(page, user, view_name, next_url=None):
    if page.specific_class is not ScenarioPage:  # social scenarios are practised elsewhere
        return
    if not page.permissions_for_user(user).can_edit():
        return
    yield Button(
        _("Play (typed replies)"), reverse("scenarios_roleplay_play", args=[page.pk]), icon_name="media", priority=80
    )
    yield Button(
        _("Export JSON"), reverse("scenarios_roleplay_export", args=[page.pk]), icon_name="download", priority=81
    )


@hooks.register(HOME_SECTIONS_HOOK)
def practice_desk_section(request) -> str:
    """Agents: the practice suggested next. Trainers: the scenarios they author, latest edited first."""
    context = {}
    if user_is_agent(request.user):
        context["suggested"] = scenario_suggested_for(agent=request.user, language=request.LANGUAGE_CODE)
    if user_is_trainer(request.user):
        context["scenario_count"], context["scenarios_edited"] = scenarios_authored(limit=HOME_ROWS)
    if not context:
        return ""
    return render_to_string("scenarios/includes/home_practice.html", context, request=request)
