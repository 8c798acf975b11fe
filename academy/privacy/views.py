"""Data rights pages: a person downloads their data; a trainer erases a person's on request.
Thin: reads through selectors, changes through services."""

import tempfile

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.platform.pagination import page_of
from academy.users.roles import user_is_trainer

from .erasure import person_erase, person_holdings
from .export import personal_data_archive
from .models import ErasureRecord
from .retention import retention_periods
from .selectors import people_erasable_by, person_erasable_get


@login_required
def my_data(request: HttpRequest) -> HttpResponse:
    return render(request, "academy/privacy/my_data.html", {"periods": retention_periods()})


@login_required
def my_data_export(request: HttpRequest) -> FileResponse:
    """The archive of the signed-in person's data, built in a temporary file and streamed."""
    archive = tempfile.TemporaryFile()
    personal_data_archive(request.user, archive)
    archive.seek(0)
    return FileResponse(
        archive,
        as_attachment=True,
        content_type="application/zip",
        filename=f"agent-academy-{request.user.username}-{timezone.now().date().isoformat()}.zip",
    )


@login_required
def people(request: HttpRequest) -> HttpResponse:
    """Trainers find the person whose data is to be erased; past erasures are listed without names."""
    if not user_is_trainer(request.user):
        raise PermissionDenied
    search = request.GET.get("q", "").strip()
    page = page_of(request, people_erasable_by(request.user, search=search))
    erasures = ErasureRecord.objects.select_related("erased_by")[:25]
    return render(
        request,
        "academy/privacy/people.html",
        {"people": page.object_list, "page": page, "search": search, "erasures": erasures},
    )


@login_required
def person_erase_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    """What will go, and a confirmation that repeats the user name; POST erases."""
    person = person_erasable_get(user=request.user, pk=pk)
    if request.method == "POST":
        try:
            record = person_erase(person=person, by=request.user, confirmation=request.POST.get("confirmation", ""))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, _("The person's data was erased. Reference: %(reference)s") % {"reference": record.reference}
            )
            return redirect("privacy:people")
    return render(
        request, "academy/privacy/erase_confirm.html", {"person": person, "holdings": person_holdings(person)}
    )
