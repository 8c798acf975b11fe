"""Practice views: thin, they check access through selectors and change things through services."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from academy.platform.pagination import page_of

from . import selectors
from .forms import UploadForm
from .models import Attempt
from .services import attempts as attempt_services
from .services.attempts import guided_turn_count
from .streaming import recording_response


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


def _owned_attempt(request: HttpRequest, pk: int) -> Attempt:
    """Only the agent records and submits their own attempt; their supervisors may look, not act."""
    attempt = selectors.attempt_get_for_user(user=request.user, pk=pk)
    if attempt.agent_id != request.user.pk:
        raise PermissionDenied
    return attempt


def _report_url(attempt: Attempt) -> str | None:
    if attempt.scorecard_id is None:
        return None
    try:
        return reverse("reports:scorecard_detail", kwargs={"pk": attempt.scorecard_id})
    except NoReverseMatch:  # the report pages are optional for the pipeline itself
        return None


@login_required
@require_GET
def practice_home(request: HttpRequest) -> HttpResponse:
    language = request.GET.get("language", request.LANGUAGE_CODE)
    scenarios = selectors.scenarios_live(language=None if language == "all" else language)
    own = page_of(request, selectors.attempt_rows(selectors.attempts_of_agent(agent=request.user)))
    others = page_of(request, selectors.attempt_rows(selectors.attempts_visible_to(request.user).exclude(agent=request.user)),
                     param="team_page")
    return render(request, "scenarios/practice.html", {
        "scenarios": scenarios, "language": language, "own_attempts": own, "team_attempts": others,
    })


def _scenario_page(request: HttpRequest, scenario, *, upload_form: UploadForm | None = None, status: int = 200):
    return render(request, "scenarios/scenario_detail.html", {
        "scenario": scenario,
        "upload_form": upload_form or UploadForm(),
        "attempts": page_of(request, selectors.attempt_rows(selectors.attempts_of_agent(agent=request.user, scenario=scenario))),
    }, status=status)


@login_required
@require_GET
def scenario_detail(request: HttpRequest, pk: int) -> HttpResponse:
    scenario = selectors.scenario_get_live(pk=pk)
    if scenario.is_practised_elsewhere:
        return redirect(scenario.practice_url)
    return _scenario_page(request, scenario)


@login_required
@require_GET
def scenario_line_audio(request: HttpRequest, pk: int, index: int) -> HttpResponse:
    """The trainer's recording of a customer line; every signed-in user may practise the scenario."""
    lines = selectors.scenario_get_live(pk=pk).customer_turns
    if not 0 <= index < len(lines) or not lines[index].get("audio"):
        raise Http404
    return recording_response(request, lines[index]["audio"].file)


@login_required
@require_POST
def attempt_start(request: HttpRequest, pk: int) -> HttpResponse:
    scenario = selectors.scenario_get_live(pk=pk)
    try:
        attempt = attempt_services.attempt_start_guided(agent=request.user, scenario=scenario)
    except ValidationError as error:
        messages.error(request, _error_text(error))
        return redirect("scenarios:scenario_detail", pk=pk)
    return redirect("scenarios:attempt_detail", pk=attempt.pk)


@login_required
@require_POST
def attempt_upload(request: HttpRequest, pk: int) -> HttpResponse:
    scenario = selectors.scenario_get_live(pk=pk)
    form = UploadForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            attempt = attempt_services.attempt_upload(
                agent=request.user, scenario=scenario, file=form.cleaned_data["recording"],
                stereo_speakers=form.cleaned_data["stereo_speakers"],
            )
        except ValidationError as error:
            form.add_error("recording", error)
        else:
            return redirect("scenarios:attempt_detail", pk=attempt.pk)
    return _scenario_page(request, scenario, upload_form=form, status=400)


def _result_html(request: HttpRequest, attempt: Attempt) -> str:
    return render_to_string("scenarios/includes/attempt_result.html", {
        "attempt": attempt, "report_url": _report_url(attempt),
    }, request=request)


def _ui_text() -> dict:
    """The few sentences the page's scripts show, translated like the rest of the page."""
    return {
        "uploading": _("Uploading your answer…"),
        "transcribing": _("Saved. Transcribing…"),
        "heard": _("Heard:"),
        "nothing_heard": _("Nothing was heard in this answer: check your microphone and record it again."),
        "record_again": _("Record this answer again."),
        "upload_failed": _("The answer could not be saved:"),
        "network_error": _("The connection was lost; try again."),
        "no_recorder": _("This browser cannot record audio. Upload a recorded call instead."),
        "mic_denied": _("The microphone is blocked or missing, so the role-play cannot be recorded. Allow the microphone in your browser's site settings and reload the page, or upload a recorded call instead."),
        "upload_instead": _("Upload a recorded call"),
        "submitting": _("Submitting…"),
    }


@login_required
@require_GET
def attempt_detail(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = selectors.attempt_get_for_user(user=request.user, pk=pk)
    if attempt.scenario is not None and attempt.scenario.is_practised_elsewhere:
        return redirect(attempt.get_absolute_url())
    script = []
    if attempt.state == Attempt.State.RECORDING and attempt.scenario is not None:
        lines = attempt.scenario.customer_turns
        for index in range(guided_turn_count(attempt)):
            line = lines[index - 1] if index else None
            script.append({
                "index": index,
                "customer": line["text"] if line else "",
                "audio": reverse("scenarios:scenario_line_audio", kwargs={"pk": attempt.scenario_id, "index": index - 1})
                if line and line.get("audio") else "",
                "upload": reverse("scenarios:attempt_turn_record", kwargs={"pk": attempt.pk, "index": index}),
            })
    return render(request, "scenarios/attempt_detail.html", {
        "attempt": attempt,
        "is_owner": attempt.agent_id == request.user.pk,
        "script": script,
        "turns": selectors.attempt_turns_heard(attempt),
        "progress": selectors.attempt_progress(attempt),
        "result_html": _result_html(request, attempt),
        "ui_text": _ui_text(),
    })


@login_required
@require_GET
def attempt_status(request: HttpRequest, pk: int) -> JsonResponse:
    """What the attempt page polls while it waits: small, and the result panel once settled."""
    attempt = selectors.attempt_get_for_user(user=request.user, pk=pk)
    settled = attempt.state in (Attempt.State.READY, Attempt.State.FAILED, Attempt.State.REVIEW)
    return JsonResponse({
        "state": attempt.state,
        "state_label": attempt.get_state_display(),
        "progress": selectors.attempt_progress(attempt),
        "failure_reason": attempt.failure_reason,
        "report_url": _report_url(attempt),
        "turns": selectors.attempt_turns_heard(attempt),
        "settled": settled,
        "result_html": _result_html(request, attempt) if settled else None,
    })


@login_required
@require_POST
def attempt_turn_record(request: HttpRequest, pk: int, index: int) -> JsonResponse:
    attempt = _owned_attempt(request, pk)
    audio = request.FILES.get("audio")
    if audio is None:
        return JsonResponse({"error": _("No recording was received: record the turn again.")}, status=400)
    try:
        turn = attempt_services.attempt_turn_record(attempt=attempt, index=index, file=audio)
    except ValidationError as error:
        return JsonResponse({"error": _error_text(error)}, status=400)
    return JsonResponse({"index": turn.index, "version": turn.version, "duration_s": turn.duration_s})


@login_required
@require_POST
def attempt_submit(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = _owned_attempt(request, pk)
    try:
        attempt_services.attempt_submit(attempt=attempt)
    except ValidationError as error:
        if request.headers.get("Accept") == "application/json":
            return JsonResponse({"error": _error_text(error)}, status=400)
        messages.error(request, _error_text(error))
    if request.headers.get("Accept") == "application/json":
        return JsonResponse({"state": attempt.state})
    return redirect("scenarios:attempt_detail", pk=pk)


def _act_and_return(request: HttpRequest, attempt: Attempt, action) -> HttpResponse:
    try:
        action()
    except ValidationError as error:
        messages.error(request, _error_text(error))
    return redirect("scenarios:attempt_detail", pk=attempt.pk)


@login_required
@require_POST
def attempt_retry(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = selectors.attempt_get_for_user(user=request.user, pk=pk)
    return _act_and_return(request, attempt, lambda: attempt_services.attempt_retry(attempt=attempt))


@login_required
@require_POST
def attempt_speakers(request: HttpRequest, pk: int) -> HttpResponse:
    """Swap, relabel and confirm the speakers of an estimated transcript (agent or supervisor)."""
    attempt = selectors.attempt_get_for_user(user=request.user, pk=pk)
    action = request.POST.get("action")
    if action == "swap":
        return _act_and_return(request, attempt, lambda: attempt_services.attempt_speakers_swap(attempt=attempt))

    def relabel_then_maybe_score():
        count = len((attempt.transcript or {}).get("segments", []))
        attempt_services.attempt_speakers_relabel(
            attempt=attempt, speakers=[request.POST.get(f"speaker-{i}", "") for i in range(count)],
        )
        if action == "score":
            attempt_services.attempt_speakers_confirm(attempt=attempt)

    return _act_and_return(request, attempt, relabel_then_maybe_score)


@login_required
@require_GET
def attempt_recording(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = selectors.attempt_get_for_user(user=request.user, pk=pk)
    return recording_response(request, attempt.recording, download_name=attempt.recording_name)


@login_required
@require_GET
def attempt_turn_recording(request: HttpRequest, pk: int, index: int) -> HttpResponse:
    attempt = selectors.attempt_get_for_user(user=request.user, pk=pk)
    turn = attempt.turns.filter(index=index).first()
    if turn is None:
        raise Http404
    return recording_response(request, turn.recording)
