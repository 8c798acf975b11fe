"""The social inbox and the trainer's thread scoring. Thin: access through selectors,
changes through services; the inbox page and its JSON read the same state."""

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from academy.platform.pagination import page_of
from academy.users.roles import user_is_trainer
from scenarios.models import Attempt
from scenarios.selectors import attempt_rows
from scenarios.services.attempts import attempt_retry as attempt_retry_service

from . import selectors
from .forms import ThreadScoreForm
from .models import PUBLIC_LIMIT, SocialMessage
from .services.practice import InboxState, social_attempt_finish, social_attempt_start, social_inbox_state, social_reply
from .services.threads import social_thread_score
from .services.transcripts import agent_display_name


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _owned_attempt(request: HttpRequest, pk: int) -> Attempt:
    """Only the agent replies in their own practice; their supervisors may look, not act."""
    attempt = selectors.social_attempt_get_for_user(user=request.user, pk=pk)
    if attempt.agent_id != request.user.pk:
        raise PermissionDenied
    return attempt


def _message_json(message: SocialMessage) -> dict:
    return {
        "id": message.pk,
        "author": message.author,
        "visibility": message.visibility,
        "text": message.text,
        "at": round(message.at, 1),
        "over_limit": message.over_limit,
    }


def _state_json(attempt: Attempt, state: InboxState) -> dict:
    return {
        "state": attempt.state,
        "elapsed": round(state.elapsed_s, 1),
        "time_limit": state.time_limit_s,
        "ended": state.ended,
        "next_arrival_in": state.next_arrival_in_s,
        "messages": [_message_json(message) for message in state.messages],
    }


def _signature(agent) -> str:
    initials = "".join(part[0] for part in (agent.first_name, agent.last_name) if part).upper()
    return f"^{initials}" if 2 <= len(initials) <= 3 else f"– {agent_display_name(agent)}"


def _ui_text() -> dict:
    """What the inbox script says, translated like the page."""
    return {
        "now": _("now"),
        "seconds_ago": _("%(n)s s ago"),
        "minutes_ago": _("%(n)s min ago"),
        "over_limit": _(
            "%(n)s characters over the public limit: it will be kept and scored, but a real platform would cut it."
        ),
        "sent_over_limit": _("Sent, %(n)s characters over the public limit: the report will count it."),
        "empty": _("Write a reply before sending it."),
        "network_error": _("The connection was lost: your reply is kept here, send it again."),
        "time_left": _("Time left: %(t)s"),
        "time_is_up": _("Time is up"),
        "new_message": _("New message from %(name)s: %(text)s"),
    }


@login_required
@require_GET
def scenario_detail(request: HttpRequest, pk: int) -> HttpResponse:
    scenario = selectors.social_scenario_get_live(pk=pk)
    return render(
        request,
        "social/scenario_detail.html",
        {
            "scenario": scenario,
            "attempts": page_of(
                request, attempt_rows(selectors.social_attempts_of_agent(agent=request.user, scenario=scenario))
            ),
            "open_attempt": selectors.social_practice_open(agent=request.user, scenario=scenario),
        },
    )


@login_required
@require_POST
def attempt_start(request: HttpRequest, pk: int) -> HttpResponse:
    scenario = selectors.social_scenario_get_live(pk=pk)
    try:
        attempt = social_attempt_start(agent=request.user, scenario=scenario)
    except ValidationError as error:
        messages.error(request, _error_text(error))
        return redirect("social:scenario_detail", pk=pk)
    return redirect("social:attempt_detail", pk=attempt.pk)


@login_required
@require_GET
def attempt_detail(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = selectors.social_attempt_get_for_user(user=request.user, pk=pk)
    state = social_inbox_state(attempt=attempt)
    is_owner = attempt.agent_id == request.user.pk
    public = [m for m in state.messages if m.visibility == "public"]
    private = [m for m in state.messages if m.visibility == "private"]
    return render(
        request,
        "social/attempt_detail.html",
        {
            "attempt": attempt,
            "thread": attempt.social_thread,
            "state": state,
            "public_messages": public,
            "private_messages": private,
            "interactive": is_owner and attempt.state == Attempt.State.RECORDING,
            "is_owner": is_owner,
            "limit": PUBLIC_LIMIT,
            "signature": _signature(attempt.agent),
            "agent_name": agent_display_name(attempt.agent),
            "state_json": _state_json(attempt, state),
            "ui_text": _ui_text(),
            "report_url": reverse("reports:scorecard_detail", kwargs={"pk": attempt.scorecard_id})
            if attempt.scorecard_id
            else "",
        },
    )


@login_required
@require_GET
def attempt_state(request: HttpRequest, pk: int) -> JsonResponse:
    """What the inbox fetches when its timer says a customer message is due."""
    attempt = selectors.social_attempt_get_for_user(user=request.user, pk=pk)
    return JsonResponse(_state_json(attempt, social_inbox_state(attempt=attempt)))


def _reply_key(request: HttpRequest) -> uuid.UUID | None:
    try:
        return uuid.UUID(request.POST.get("key", ""))
    except ValueError:
        return None


@login_required
@require_POST
def attempt_reply(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = _owned_attempt(request, pk)
    try:
        outcome = social_reply(
            attempt=attempt,
            text=request.POST.get("text", ""),
            visibility=request.POST.get("visibility", ""),
            key=_reply_key(request),
        )
    except ValidationError as error:
        if _wants_json(request):
            return JsonResponse({"error": _error_text(error)}, status=400)
        messages.error(request, _error_text(error))
        return redirect("social:attempt_detail", pk=pk)
    if _wants_json(request):
        return JsonResponse(
            {
                "message": _message_json(outcome.message),
                "duplicate": outcome.duplicate,
                "over_limit": outcome.over_limit,
                **_state_json(attempt, social_inbox_state(attempt=attempt)),
            }
        )
    if outcome.over_limit:
        messages.warning(
            request,
            _("Sent, %(n)s characters over the public limit: the report will count it.")
            % {"n": len(outcome.message.text) - PUBLIC_LIMIT},
        )
    return redirect("social:attempt_detail", pk=pk)


@login_required
@require_POST
def attempt_finish(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = _owned_attempt(request, pk)
    try:
        social_attempt_finish(attempt=attempt)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    return redirect("social:attempt_detail", pk=pk)


@login_required
@require_POST
def attempt_retry(request: HttpRequest, pk: int) -> HttpResponse:
    """Score a practice again whose scoring failed (the agent: a failed practice is not submitted)."""
    attempt = selectors.social_attempt_get_for_user(user=request.user, pk=pk)
    try:
        attempt_retry_service(attempt=attempt)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    return redirect("social:attempt_detail", pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def thread_score(request: HttpRequest) -> HttpResponse:
    """A trainer scores a real thread for an agent (or themself)."""
    if not user_is_trainer(request.user):
        raise PermissionDenied
    form = ThreadScoreForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            scorecard = social_thread_score(
                text=form.cleaned_data["text"],
                agent=form.cleaned_data["agent"] or request.user,
                title=form.cleaned_data["title"],
                rubric=form.cleaned_data["rubric"],
                scored_by=request.user,
            )
        except ValidationError as error:
            form.add_error("thread", error)
        else:
            return redirect("reports:scorecard_detail", pk=scorecard.pk)
    return render(request, "social/thread_score.html", {"form": form}, status=400 if form.errors else 200)
