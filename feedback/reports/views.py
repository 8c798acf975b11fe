"""Report, review and progress pages. Thin: every read goes through selectors (which
return 404 to anyone who may not see the agent) and every change through services."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render, resolve_url
from django.utils.http import content_disposition_header, url_has_allowed_host_and_scheme
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.platform.pagination import page_of
from academy.platform.streaming import private_file_response
from academy.teams.selectors import agents_visible_to, teams_visible_to
from feedback.rubrics.selectors import rubric_version_latest

from . import progress as progress_reads
from . import services
from .certificates import certificate_pdf_bytes, certificates_of, enrolment_completed_get_for_user
from .charts import score_trend_svg
from .forms import ReviewQueueFilterForm
from .hooks import report_sections, scorecard_recording_url
from .models import ActionItem, Dispute, Result
from .pdf import scorecard_pdf_current
from .report import report_context
from .selectors import review_queue_for, scorecard_get_for_user, scorecard_rows, scorecards_visible_to, user_can_review


@login_required
def scorecard_list(request: HttpRequest) -> HttpResponse:
    """The signed-in agent's own reports (supervisors reach others' through the queue and progress)."""
    own = scorecards_visible_to(request.user).filter(agent=request.user)
    page = page_of(request, scorecard_rows(own).order_by("-created_at", "-pk"))
    return render(
        request,
        "feedback/reports/scorecard_list.html",
        {"scorecards": page.object_list, "page": page, "certificates": certificates_of(request.user)},
    )


@login_required
def scorecard_detail(request: HttpRequest, pk: int) -> HttpResponse:
    scorecard = scorecard_get_for_user(user=request.user, pk=pk)
    context = report_context(scorecard, language=get_language())
    context.update(
        is_owner=scorecard.agent_id == request.user.pk,
        can_review=user_can_review(request.user, scorecard),
        recording_url=scorecard_recording_url(scorecard),
        extra_sections=report_sections(scorecard, request),
        result_choices=Result.choices,
        newer_rubric_version=rubric_version_latest(scorecard.rubric_version.rubric).pk != scorecard.rubric_version_id,
    )
    return render(request, "feedback/reports/scorecard_detail.html", context)


@login_required
def scorecard_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    scorecard = scorecard_pdf_current(scorecard_get_for_user(user=request.user, pk=pk))
    return private_file_response(request, scorecard.pdf, download_name=f"report-{scorecard.pk}.pdf")


def _change(request: HttpRequest, scorecard, action, success: str) -> HttpResponse:
    """Run a service; a refused input becomes a message on the report, nothing is lost."""
    try:
        action()
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, success)
    return redirect("reports:scorecard_detail", pk=scorecard.pk)


def _scorecard_action(service, success, *fields: str):
    """A POST view that calls `service(scorecard=…, user=…, <fields from the form>)`.

    The scorecard is looked up through the visibility selector (404 for outsiders); the
    service itself refuses (403) a visitor who may see the report but not make this change."""

    @login_required
    @require_POST
    def view(request: HttpRequest, pk: int) -> HttpResponse:
        scorecard = scorecard_get_for_user(user=request.user, pk=pk)
        values = {field: request.POST.get(field, "") for field in fields}
        return _change(
            request, scorecard, lambda: service(scorecard=scorecard, user=request.user, **values), str(success)
        )

    return view


def _coaching_save(*, scorecard, user, note: str, save: str) -> None:
    services.scorecard_coaching_update(scorecard=scorecard, user=user, note=note)
    if save == "reviewed":
        services.scorecard_mark_reviewed(scorecard=scorecard, user=user)


scorecard_submit = _scorecard_action(
    services.scorecard_submit, gettext_lazy("Submitted: your supervisor will review it.")
)
override_create = _scorecard_action(
    services.scorecard_override_criterion,
    gettext_lazy("The result was changed and the score recomputed."),
    "criterion",
    "result",
    "reason",
)
coaching_update = _scorecard_action(_coaching_save, gettext_lazy("Coaching saved."), "note", "save")
action_item_create = _scorecard_action(services.action_item_create, gettext_lazy("Action item added."), "text")
scorecard_rescore = _scorecard_action(
    services.scorecard_rescore_latest, gettext_lazy("Scored again with the latest rubric version.")
)
dispute_create = _scorecard_action(
    services.dispute_create, gettext_lazy("Dispute sent to your supervisor."), "criterion", "comment"
)


@login_required
@require_POST
def action_item_delete(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(ActionItem, pk=pk, scorecard__in=scorecards_visible_to(request.user))
    return _change(
        request,
        item.scorecard,
        lambda: services.action_item_delete(item=item, user=request.user),
        _("Action item removed."),
    )


@login_required
@require_POST
def dispute_resolve(request: HttpRequest, pk: int) -> HttpResponse:
    dispute = get_object_or_404(Dispute, pk=pk, scorecard__in=scorecards_visible_to(request.user))
    return _change(
        request,
        dispute.scorecard,
        lambda: services.dispute_resolve(
            dispute=dispute,
            user=request.user,
            accept=request.POST.get("decision") == "accept",
            reason=request.POST.get("reason", ""),
        ),
        _("Dispute decided."),
    )


@login_required
@require_POST
def action_item_done(request: HttpRequest, pk: int) -> HttpResponse:
    """The agent ticks an action item off (or, with done=0, back on) and returns where they were."""
    item = get_object_or_404(ActionItem, pk=pk, scorecard__in=scorecards_visible_to(request.user))
    done = request.POST.get("done") != "0"
    try:
        services.action_item_set_done(item=item, user=request.user, done=done)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Action item done.") if done else _("Action item to do again."))
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = resolve_url("reports:scorecard_detail", pk=item.scorecard_id)
    return redirect(next_url)


@login_required
def review_queue(request: HttpRequest) -> HttpResponse:
    """Submitted reports of the supervisor's teams waiting for review or with an open dispute,
    filtered by agent, kind of work and submission date."""
    form = ReviewQueueFilterForm(request.GET or None, user=request.user)
    page = page_of(request, review_queue_for(request.user, form.queue_filter()))
    return render(
        request, "feedback/reports/review_queue.html", {"scorecards": page.object_list, "page": page, "form": form}
    )


@login_required
def agent_progress(request: HttpRequest, agent_id: int) -> HttpResponse:
    """One agent's trend. The agent sees every practice; others see what the agent submitted."""
    agent = get_object_or_404(agents_visible_to(request.user), pk=agent_id)
    scorecards = scorecards_visible_to(request.user).filter(agent=agent)
    progress = progress_reads.agent_progress(scorecards, get_language())
    chart = (
        score_trend_svg(
            progress["trend"],
            pass_mark=progress["pass_mark"],
            title=_("Score"),
            pass_mark_label=_("Pass mark"),
            style_nonce=request.csp_nonce,
        )
        if progress["trend"]
        else ""
    )
    return render(
        request,
        "feedback/reports/agent_progress.html",
        {**progress, "agent": agent, "chart": chart, "is_self": agent.pk == request.user.pk},
    )


@login_required
def team_list(request: HttpRequest) -> HttpResponse:
    return render(request, "feedback/reports/team_list.html", {"teams": teams_visible_to(request.user)})


@login_required
def team_progress(request: HttpRequest, pk: int) -> HttpResponse:
    """Coaching opportunities of a team: supervisors of the team and trainers only."""
    team = progress_reads.team_get_for_user(user=request.user, pk=pk)
    coaching = progress_reads.team_coaching(team, get_language(), viewer=request.user)
    page = page_of(request, coaching["needs"])
    return render(request, "feedback/reports/team_progress.html", {**coaching, "needs": page.object_list, "page": page})


@login_required
def certificate_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """The completion certificate of enrolment `pk`: the agent, their supervisors and trainers."""
    enrolment = enrolment_completed_get_for_user(user=request.user, pk=pk)
    return HttpResponse(
        certificate_pdf_bytes(enrolment),
        content_type="application/pdf",
        headers={
            "Content-Disposition": content_disposition_header(
                as_attachment=False, filename=f"certificate-{enrolment.pk}.pdf"
            )
        },
    )
