"""The rubric editor in the Wagtail admin (Snippets → Rubrics).

Views stay thin: the form validates the rows as the engine will read them, and
a save hands over to services.rubric_save_edit inside the same transaction, so
a rubric is never saved without the version that freezes it.
"""

from django.db.models import Max
from django.template.defaultfilters import yesno
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.admin.ui.tables import Column
from wagtail.snippets.side_panels import SnippetStatusSidePanel
from wagtail.snippets.views.snippets import CopyView, CreateView, EditView, InspectView, SnippetViewSet

from feedback.calibration.panels import RubricTrustPanel
from feedback.calibration.selectors import rubric_trust

from .forms import RubricAdminForm
from .history import rubric_version_history
from .models import Rubric, RubricCriterion
from .panels import CriterionFieldPanel, VersionHistoryPanel
from .rows import CUE_FIELDS, LIST_PARAMS, NUMBER_PARAMS, ROW_SETTINGS, criteria_using_field, lines, shipped_value
from .selectors import rubric_reports_count
from .services import rubric_copy_draft, rubric_save_edit
from .widgets import CriterionSelect, RowNumberInput, RowTextarea


class RubricSaveMixin:
    def save_instance(self):
        rubric = super().save_instance()
        rubric_save_edit(rubric=rubric, user=self.request.user, make_default=self.form.cleaned_data["make_default"])
        return rubric


class RubricCreateView(RubricSaveMixin, CreateView):
    pass


class RubricStatusSidePanel(SnippetStatusSidePanel):
    """Wagtail's "Used N times" counts only references in its index (scenario pages naming the
    rubric), so a default rubric that scores every report read "Used 0 times". The panel says
    how many reports the rubric scored, then those references."""

    def get_usage_context(self):
        context = super().get_usage_context()
        reports = rubric_reports_count(self.object)
        context["usage_url_text"] = "{}; {}".format(
            ngettext("%(count)s report scored", "%(count)s reports scored", reports) % {"count": reports},
            ngettext("referenced %(count)s time", "referenced %(count)s times", context["usage_count"])
            % {"count": context["usage_count"]},
        )
        return context


class RubricEditView(RubricSaveMixin, EditView):
    def get_side_panels(self):
        panels = super().get_side_panels()
        panels[0].__class__ = RubricStatusSidePanel  # Wagtail's status panel, with the rubric's real use
        return panels


class RubricCopyView(CopyView):
    """The create form pre-filled with a copy (rows included, free slug); it posts to the create view."""

    def get_initial_form_instance(self):
        return rubric_copy_draft(rubric=self.get_object())


class RubricInspectView(InspectView):
    """What supervisors (view permission only) see: settings, criterion rows and version history."""

    template_name = "rubrics/inspect.html"

    def get_is_default_display_value(self):
        return yesno(self.object.is_default)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["criteria"] = [(row, _row_settings(row)) for row in self.object.criteria.all()]
        context["entries"] = rubric_version_history(self.object)
        context["trust"] = rubric_trust(self.object)
        return context


def _row_settings(row: RubricCriterion) -> list[tuple[str, str]]:
    """The thresholds and extra cues a row's criterion reads, as (label, value) pairs for display."""
    return [
        (RubricCriterion._meta.get_field(field).verbose_name, " · ".join(lines(str(value))))
        for field in ROW_SETTINGS
        if row.key in criteria_using_field(field) and (value := getattr(row, field)) not in (None, "")
    ]


def _shipped(param: str):
    value = shipped_value(param)
    if isinstance(value, list):
        return _("Leave empty for the shipped list.")
    return format_lazy(_("Leave empty for the shipped value ({value})."), value=value)


criterion_panels = [
    FieldRowPanel(
        [
            FieldPanel("key", widget=CriterionSelect()),
            FieldPanel("weight"),
            FieldPanel("enabled"),
            FieldPanel("critical"),
        ]
    ),
    *(CriterionFieldPanel(param, widget=RowNumberInput(), help_text=_shipped(param)) for param in NUMBER_PARAMS),
    *(CriterionFieldPanel(param, widget=RowTextarea(), help_text=_shipped(param)) for param in LIST_PARAMS),
    FieldRowPanel([CriterionFieldPanel(field, widget=RowTextarea()) for field in CUE_FIELDS.values()]),
]


class RubricViewSet(SnippetViewSet):
    model = Rubric
    icon = "tasks"
    menu_label = _("Rubrics")
    menu_order = 300
    add_to_admin_menu = True
    inspect_view_enabled = True
    inspect_view_fields = ["name", "name_it", "slug", "channel", "is_default", "pass_mark"]
    list_display = [
        "name",
        "slug",
        Column("channel", label=_("Channel"), accessor="get_channel_display"),
        # Words, not an icon titled "True"/"False": the list reads the same to every user and screen reader.
        Column("is_default", label=_("Default"), accessor=lambda rubric: yesno(rubric.is_default)),
        Column("latest_version", label=_("Version")),
    ]
    list_filter = ["channel"]
    add_view_class = RubricCreateView
    edit_view_class = RubricEditView
    copy_view_class = RubricCopyView
    inspect_view_class = RubricInspectView
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("name"),
                    FieldPanel("name_it"),
                    FieldPanel("slug"),
                    FieldPanel("channel"),
                    FieldPanel("make_default"),
                    FieldPanel("pass_mark"),
                ],
                heading=_("Rubric"),
            ),
            ObjectList(
                [
                    InlinePanel(
                        "criteria",
                        panels=criterion_panels,
                        label=_("Criterion"),
                        heading=_("Criteria"),
                        help_text=_("A rubric saved without criteria starts from the shipped criteria of its channel."),
                    ),
                ],
                heading=_("Criteria"),
            ),
            ObjectList([VersionHistoryPanel(heading=_("Version history"))], heading=_("Versions")),
            ObjectList([RubricTrustPanel(heading=_("Trust"))], heading=_("Trust")),
        ],
        base_form_class=RubricAdminForm,
        # Wagtail's rules controller, beside the tabs controller, greys out what a row's criterion
        # or the channel does not use.
        attrs={
            **TabbedInterface.BASE_ATTRS,
            "data-controller": f"{TabbedInterface.BASE_ATTRS['data-controller']} w-rules",
            "data-action": f"{TabbedInterface.BASE_ATTRS['data-action']} change->w-rules#resolve",
        },
    )

    def get_queryset(self, request):
        return Rubric.objects.annotate(latest_version=Max("versions__number"))
