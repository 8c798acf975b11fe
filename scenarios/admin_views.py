"""Trainers' tools for role-play scenarios in the CMS: import and export of the scenario JSON,
and a preview that plays the scenario's latest draft with typed replies.

Each view checks the trainer's page permissions (edit the scenario, add pages to a library);
the work is in services.scripts and the role-play engine.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from scenarios.roleplay.call import Call, Reply
from scenarios.roleplay.errors import ScenarioError

from .models import ScenarioIndexPage, ScenarioPage
from .services.scripts import page_export, page_scenario, scenario_error_message, scenario_import

MAX_IMPORT_BYTES = 1024 * 1024


def _editable_scenario(request: HttpRequest, page_id: int) -> ScenarioPage:
    page = get_object_or_404(ScenarioPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page.get_latest_revision_as_object()


def _libraries_for(user):
    return [
        index
        for index in ScenarioIndexPage.objects.all().order_by("locale__language_code", "title")
        if index.permissions_for_user(user).can_add_subpage()
    ]


class ImportForm(forms.Form):
    library = forms.TypedChoiceField(label=gettext_lazy("Scenario library"), coerce=int)
    file = forms.FileField(
        label=gettext_lazy("Role-play scenario JSON"),
        widget=forms.ClearableFileInput(attrs={"accept": ".json,application/json"}),
    )

    def __init__(self, *args, libraries, **kwargs):
        super().__init__(*args, **kwargs)
        self.libraries = {index.pk: index for index in libraries}
        self.fields["library"].choices = [
            (index.pk, f"{index.title} ({index.locale.language_code})") for index in libraries
        ]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(_("The file is larger than 1 MB."))
        return upload


def scenario_import_view(request: HttpRequest) -> HttpResponse:
    libraries = _libraries_for(request.user)
    if not libraries:
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None, libraries=libraries)
    if request.method == "POST" and form.is_valid():
        try:
            page = scenario_import(
                parent=form.libraries[form.cleaned_data["library"]],
                data=form.cleaned_data["file"].read(),
                user=request.user,
            )
        except ScenarioError as error:
            form.add_error("file", _("Nothing was imported: %(reason)s") % {"reason": scenario_error_message(error)})
        else:
            messages.success(request, _("“%(title)s” was imported as a draft.") % {"title": page.title})
            return redirect("wagtailadmin_pages:edit", page.pk)
    return render(request, "scenarios/admin/import.html", {"form": form}, status=400 if form.errors else 200)


@require_GET
def scenario_export_view(request: HttpRequest, page_id: int) -> HttpResponse:
    page = _editable_scenario(request, page_id)
    try:
        exported = page_export(page)
    except ScenarioError as error:
        messages.error(
            request, _("This scenario cannot be exported: %(reason)s") % {"reason": scenario_error_message(error)}
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    response = HttpResponse(exported, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{page.slug}.json"'
    return response


@require_GET
def scenario_play_view(request: HttpRequest, page_id: int) -> HttpResponse:
    """Replays the typed replies (?reply=…, in order; empty is silence) and shows where the call went."""
    page = _editable_scenario(request, page_id)
    try:
        scenario = page_scenario(page)
    except ScenarioError as error:
        messages.error(
            request, _("This scenario cannot be played: %(reason)s") % {"reason": scenario_error_message(error)}
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    replies = request.GET.getlist("reply")
    call = Call(scenario, agent_name=request.user.first_name)
    for text in replies:
        if call.ended:
            break
        call.reply(Reply(text=text))
    return render(
        request,
        "scenarios/admin/play.html",
        {
            "page": page,
            "call": call,
            "replies": replies[: len(call.turns)],
            "current": call.current,
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        },
    )
