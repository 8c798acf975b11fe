"""Calibration pages. Thin: reads through selectors (404 to outsiders), changes through services."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from academy.platform.pagination import page_of
from academy.platform.streaming import private_file_response
from academy.users.roles import user_is_supervisor, user_is_trainer
from feedback.reports.hooks import scorecard_recording_file
from feedback.reports.models import Result
from feedback.reports.selectors import scorecard_rows, scorecards_visible_to

from . import services
from .selectors import (
    reviewer_candidates,
    reviewer_history,
    reviewers_followed_by,
    session_get_for_user,
    session_view,
    sessions_awaiting_answers,
    sessions_visible_to,
)


def _require_reviewer_role(user) -> None:
    if not (user_is_trainer(user) or user_is_supervisor(user)):
        raise PermissionDenied


@login_required
def session_list(request: HttpRequest) -> HttpResponse:
    _require_reviewer_role(request.user)
    page = page_of(
        request, sessions_visible_to(request.user).select_related("created_by").order_by("-created_at", "-pk")
    )
    awaiting = set(sessions_awaiting_answers(request.user).values_list("pk", flat=True))
    return render(
        request,
        "feedback/calibration/session_list.html",
        {"sessions": page.object_list, "page": page, "awaiting": awaiting},
    )


@login_required
def session_new(request: HttpRequest) -> HttpResponse:
    """Choose one or a few submitted reports and the reviewers; POST opens the session."""
    _require_reviewer_role(request.user)
    reports = scorecards_visible_to(request.user).exclude(agent=request.user).filter(submitted_at__isnull=False)
    chosen_ids = [int(v) for v in request.POST.getlist("scorecards") or request.GET.getlist("scorecard") if v.isdigit()]
    chosen = list(reports.filter(pk__in=chosen_ids))
    if request.method == "POST":
        invited = list(
            reviewer_candidates(chosen).filter(pk__in=[v for v in request.POST.getlist("reviewers") if v.isdigit()])
        )
        try:
            session = services.session_open(
                user=request.user, scorecards=chosen, title=request.POST.get("title", ""), reviewers=invited
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Session opened: every reviewer now scores the reports blind."))
            return redirect("calibration:session_detail", pk=session.pk)
    recent = list(scorecard_rows(reports).order_by("-submitted_at", "-pk")[:25])
    recent += [s for s in chosen if s.pk not in {r.pk for r in recent}]
    return render(
        request,
        "feedback/calibration/session_new.html",
        {
            "reports": recent,
            "chosen": {s.pk for s in chosen},
            "candidates": reviewer_candidates(chosen).exclude(pk=request.user.pk),
            "invited": {int(v) for v in request.POST.getlist("reviewers") if v.isdigit()},
            "title": request.POST.get("title", ""),
        },
    )


@login_required
def session_detail(request: HttpRequest, pk: int) -> HttpResponse:
    session = session_get_for_user(user=request.user, pk=pk)
    return render(
        request,
        "feedback/calibration/session_detail.html",
        {**session_view(session, request.user), "result_choices": Result.choices},
    )


def _answers(request: HttpRequest) -> dict[tuple[int, str], str]:
    """Form fields named `answer-<item id>-<criterion>`."""
    answers = {}
    for name, value in request.POST.items():
        if name.startswith("answer-"):
            item_id, _sep, criterion = name.removeprefix("answer-").partition("-")
            if item_id.isdigit():
                answers[(int(item_id), criterion)] = value
    return answers


def _session_action(action, success: str):
    @login_required
    @require_POST
    def view(request: HttpRequest, pk: int) -> HttpResponse:
        session = session_get_for_user(user=request.user, pk=pk)
        try:
            action(request, session)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, str(success))
        return redirect("calibration:session_detail", pk=session.pk)

    return view


answers_submit = _session_action(
    lambda request, session: services.answers_submit(session=session, user=request.user, answers=_answers(request)),
    gettext_lazy("Your answers were handed in. They stay hidden from the others until the reveal."),
)
session_reveal = _session_action(
    lambda request, session: services.session_reveal(session=session, user=request.user),
    gettext_lazy("Answers revealed."),
)
session_agree = _session_action(
    lambda request, session: services.session_agree(
        session=session, user=request.user, answers=_answers(request), note=request.POST.get("note", "")
    ),
    gettext_lazy("Agreed answers and note saved."),
)


@login_required
@require_GET
def item_recording(request: HttpRequest, pk: int, item: int) -> HttpResponse:
    """The recording of a session's conversation, for whoever may see the session: reviewers
    listen to the call while they score it blind (its report stays withheld from them)."""
    session = session_get_for_user(user=request.user, pk=pk)
    recording = scorecard_recording_file(
        get_object_or_404(session.items.select_related("scorecard"), pk=item).scorecard
    )
    if recording is None:
        raise Http404("The recording is no longer kept")
    return private_file_response(request, recording)


@login_required
def reviewer_agreement(request: HttpRequest) -> HttpResponse:
    """Per reviewer, session after session: how often their blind answers matched the agreed ones."""
    _require_reviewer_role(request.user)
    page = page_of(request, reviewers_followed_by(request.user))
    rows = [(person, reviewer_history(person)) for person in page.object_list]
    return render(request, "feedback/calibration/reviewer_agreement.html", {"rows": rows, "page": page})
