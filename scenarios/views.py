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
from academy.platform.streaming import private_file_response

from . import selectors
from .forms import UploadForm
from .models import Attempt
from .services import attempts as attempt_services
from .services.calls import call_hint as call_hint_text
from .services.calls import call_of, line_audio
from .uploads import upload_limited


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


def _owned_attempt(request: HttpRequest, pk: int) -> Attempt:
    """Only the agent records and submits their own attempt; their supervisors may look once it is submitted, not act."""
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
    others = page_of(
        request,
        selectors.attempt_rows(selectors.attempts_listed_for(request.user).exclude(agent=request.user)),
        param="team_page",
    )
    return render(
        request,
        "scenarios/practice.html",
        {
            "scenarios": scenarios,
            "language": language,
            "own_attempts": own,
            "team_attempts": others,
        },
    )


def _scenario_page(request: HttpRequest, scenario, *, upload_form: UploadForm | None = None, status: int = 200):
    return render(
        request,
        "scenarios/scenario_detail.html",
        {
            "scenario": scenario,
            "upload_form": upload_form or UploadForm(),
            "attempts": page_of(
                request, selectors.attempt_rows(selectors.attempts_of_agent(agent=request.user, scenario=scenario))
            ),
        },
        status=status,
    )


@login_required
@require_GET
def scenario_detail(request: HttpRequest, pk: int) -> HttpResponse:
    scenario = selectors.scenario_get_live(pk=pk)
    if scenario.is_practised_elsewhere:
        return redirect(scenario.practice_url)
    return _scenario_page(request, scenario)


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


def _upload_refused(request: HttpRequest, message: str, pk: int) -> HttpResponse:
    """The form again, with why the recording was refused (its body was not read: nothing to refill)."""
    form = UploadForm()
    form.errors["recording"] = form.error_class([message])
    return _scenario_page(request, selectors.scenario_get_live(pk=pk), upload_form=form, status=413)


@login_required
@require_POST
@upload_limited(_upload_refused)
def attempt_upload(request: HttpRequest, pk: int) -> HttpResponse:
    scenario = selectors.scenario_get_live(pk=pk)
    form = UploadForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            attempt = attempt_services.attempt_upload(
                agent=request.user,
                scenario=scenario,
                file=form.cleaned_data["recording"],
                stereo_speakers=form.cleaned_data["stereo_speakers"],
            )
        except ValidationError as error:
            form.add_error("recording", error)
        else:
            return redirect("scenarios:attempt_detail", pk=attempt.pk)
    return _scenario_page(request, scenario, upload_form=form, status=400)


def _result_html(request: HttpRequest, attempt: Attempt) -> str:
    return render_to_string(
        "scenarios/includes/attempt_result.html",
        {
            "attempt": attempt,
            "report_url": _report_url(attempt),
        },
        request=request,
    )


def _ui_text() -> dict:
    """The few sentences the page's scripts show, translated like the rest of the page."""
    return {
        "customer_speaking": _("The customer is speaking…"),
        "no_voice": _("The customer's voice could not be played: read the caption."),
        "your_turn": _("Your turn: answer aloud. Your turn ends when you stop talking."),
        "your_turn_type": _("Your turn: type your reply and send it."),
        "thinking": _("The customer is listening to your reply…"),
        "heard": _("Heard:"),
        "heard_nothing": _("Nothing was heard: the customer heard silence."),
        "hint": _("Hint:"),
        "reply_failed": _("The reply could not be used: answer again."),
        "network_error": _("The connection was lost. Your reply is kept: send it again when you are back online."),
        "call_paused": _("The call is paused."),
        "call_stopped": _("The call stopped here."),
        "call_ended": _("The call has ended. Preparing your coaching report…"),
        "hanging_up": _("Hanging up…"),
    }


@login_required
@require_GET
def attempt_detail(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = selectors.attempt_get_for_user(user=request.user, pk=pk)
    if attempt.scenario is not None and attempt.scenario.is_practised_elsewhere:
        return redirect(attempt.get_absolute_url())
    return render(
        request,
        "scenarios/attempt_detail.html",
        {
            "attempt": attempt,
            "is_owner": attempt.agent_id == request.user.pk,
            "live_call": attempt.call is not None,
            "resumable": attempt.turns.exists(),
            "path": selectors.attempt_call_path(attempt) if attempt.state != Attempt.State.RECORDING else [],
            "progress": selectors.attempt_progress(attempt),
            "result_html": _result_html(request, attempt),
            "ui_text": _ui_text(),
        },
    )


@login_required
@require_GET
def attempt_status(request: HttpRequest, pk: int) -> JsonResponse:
    """What the attempt page polls while it waits: small, and the result panel once settled."""
    attempt = selectors.attempt_get_for_user(user=request.user, pk=pk)
    settled = attempt.is_settled
    return JsonResponse(
        {
            "state": attempt.state,
            "state_label": attempt.get_state_display(),
            "progress": selectors.attempt_progress(attempt),
            "failure_reason": attempt.failure_reason,
            "report_url": _report_url(attempt),
            "settled": settled,
            "result_html": _result_html(request, attempt) if settled else None,
        }
    )


def _act_and_return(request: HttpRequest, attempt: Attempt, action) -> HttpResponse:
    try:
        action()
    except ValidationError as error:
        messages.error(request, _error_text(error))
    return redirect("scenarios:attempt_detail", pk=attempt.pk)


@login_required
@require_POST
def attempt_discard(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = selectors.attempt_get_for_user(user=request.user, pk=pk)
    try:
        attempt_services.attempt_discard(attempt=attempt, user=request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
        return redirect("scenarios:attempt_detail", pk=attempt.pk)
    messages.success(request, _("The attempt was deleted."))
    return (
        redirect("scenarios:scenario_detail", pk=attempt.scenario_id)
        if attempt.scenario_id
        else redirect("scenarios:practice")
    )


@login_required
@require_POST
def attempt_retry(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = selectors.attempt_get_for_user(user=request.user, pk=pk)
    return _act_and_return(request, attempt, lambda: attempt_services.attempt_retry(attempt=attempt))


@login_required
@require_POST
def attempt_speakers(request: HttpRequest, pk: int) -> HttpResponse:
    """Swap, relabel and confirm the speakers of an estimated transcript (the agent: it is not submitted yet)."""
    attempt = selectors.attempt_get_for_user(user=request.user, pk=pk)
    action = request.POST.get("action")
    if action == "swap":
        return _act_and_return(request, attempt, lambda: attempt_services.attempt_speakers_swap(attempt=attempt))

    def relabel_then_maybe_score():
        count = len((attempt.transcript or {}).get("segments", []))
        attempt_services.attempt_speakers_relabel(
            attempt=attempt,
            speakers=[request.POST.get(f"speaker-{i}", "") for i in range(count)],
        )
        if action == "score":
            attempt_services.attempt_speakers_confirm(attempt=attempt)

    return _act_and_return(request, attempt, relabel_then_maybe_score)


@login_required
@require_GET
def attempt_recording(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = selectors.attempt_get_for_user(user=request.user, pk=pk)
    return private_file_response(request, attempt.recording, download_name=attempt.recording_name)


@login_required
@require_GET
def attempt_turn_recording(request: HttpRequest, pk: int, index: int) -> HttpResponse:
    attempt = selectors.attempt_get_for_user(user=request.user, pk=pk)
    turn = attempt.turns.filter(index=index).first()
    if turn is None:
        raise Http404
    return private_file_response(request, turn.recording)


# --- The live call


def _line_json(attempt: Attempt, call, index: int) -> dict:
    line = call.said[index]
    return {
        "index": index,
        "id": line.id,
        "say": line.say,
        "audio": reverse("scenarios:call_line_audio", kwargs={"pk": attempt.pk, "index": index}),
    }


def _call_json(attempt: Attempt, call) -> dict:
    """The call as its page needs it: only what the customer has already said."""
    return {"turn": len(call.replies), "ended": call.ended, "line": _line_json(attempt, call, len(call.said) - 1)}


@login_required
@require_GET
def call_state(request: HttpRequest, pk: int) -> JsonResponse:
    attempt = _owned_attempt(request, pk)
    if attempt.call is None:
        raise Http404
    return JsonResponse(_call_json(attempt, call_of(attempt)))


@login_required
@require_POST
@upload_limited(lambda request, message, **kwargs: JsonResponse({"error": message}, status=413))
def call_reply(request: HttpRequest, pk: int) -> JsonResponse:
    """The agent's reply to the line just said: recorded (`audio`) or typed (`text`)."""
    attempt = _owned_attempt(request, pk)
    try:
        index = int(request.POST.get("turn", ""))
    except ValueError:
        return JsonResponse({"error": _("The reply does not say which turn it answers.")}, status=400)
    try:
        step = attempt_services.attempt_turn_record(
            attempt=attempt,
            index=index,
            line_id=request.POST.get("line", ""),
            file=request.FILES.get("audio"),
            text=request.POST.get("text", ""),
        )
    except ValidationError as error:
        return JsonResponse(
            {"error": _error_text(error), "code": error.code}, status=409 if error.code == "conflict" else 400
        )
    call = call_of(step.attempt)
    return JsonResponse(
        {
            "heard": step.heard,
            "decided": list(step.decided),
            "next": step.line is not None,
            "ended": step.ended,
            "call": _call_json(step.attempt, call),
        }
    )


@login_required
@require_GET
def call_line_audio(request: HttpRequest, pk: int, index: int) -> HttpResponse:
    """A line the customer has said, as it was played: the trainer's clip or the server's voice."""
    attempt = selectors.attempt_get_for_user(user=request.user, pk=pk)
    said = (attempt.call or {}).get("said", [])
    if attempt.call is None or not 0 <= index < len(said):
        raise Http404
    audio = line_audio(attempt, call_of(attempt).said[index])
    if audio is None:
        raise Http404  # no voice could be made: the page shows the caption
    return private_file_response(request, audio)


@login_required
@require_GET
def call_hint(request: HttpRequest, pk: int) -> JsonResponse:
    return JsonResponse({"hint": call_hint_text(_owned_attempt(request, pk))})


@login_required
@require_POST
def call_hang_up(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = _owned_attempt(request, pk)
    return _act_and_return(request, attempt, lambda: attempt_services.attempt_hang_up(attempt=attempt))
