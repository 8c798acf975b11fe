"""Teams in the Wagtail admin: trainers (who hold the team permissions) and superusers
put agents and supervisors together; the choices only offer people of the right role."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from academy.users.roles import Role

from .models import Team


class TeamForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        users = get_user_model().objects.order_by("first_name", "last_name", "username")
        self.fields["supervisors"].queryset = users.filter(groups__name=Role.SUPERVISOR)
        self.fields["agents"].queryset = users.filter(groups__name=Role.AGENT)


class TeamViewSet(SnippetViewSet):
    model = Team
    icon = "group"
    menu_label = _("Teams")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name"]
    search_fields = ["name"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("supervisors", widget=forms.CheckboxSelectMultiple),
            FieldPanel("agents", widget=forms.CheckboxSelectMultiple),
        ],
        base_form_class=TeamForm,
    )


register_snippet(TeamViewSet)
