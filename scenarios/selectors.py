"""Reads of scenarios and attempts. Every attempt read by a view goes through
`attempt_get_for_user`, so the one visibility rule of practice
(feedback.reports.selectors.scorecards_visible_to) applies everywhere."""

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404
from django.urls import reverse

from academy.teams.selectors import agents_visible_to
from feedback.reports.selectors import scorecards_visible_to

from .models import Attempt, ScenarioPage


def scenarios_live(*, language: str | None = None, channel: str | None = None) -> QuerySet[ScenarioPage]:
    """Published scenarios agents may practise, easiest first."""
    scenarios = ScenarioPage.objects.live().public().order_by("difficulty", "title")
    if language:
        scenarios = scenarios.filter(language=language)
    if channel:
        scenarios = scenarios.filter(channel=channel)
    return scenarios


def scenarios_for_course(*, course) -> QuerySet[ScenarioPage]:
    """Published scenarios a trainer attached to `course` (a course page)."""
    return scenarios_live().filter(course_links__course=course).distinct()


def scenario_suggested_for(*, agent, language: str) -> ScenarioPage | None:
    """The practice to do next: the easiest scenario in `language` the agent has not tried yet,
    else the one of their lowest-scoring scored attempt (practice what went worst). Two queries at most."""
    scenarios = scenarios_live(language=language)
    untried = scenarios.exclude(attempts__agent=agent).first()
    if untried is not None:
        return untried
    worst = (
        Attempt.objects.filter(agent=agent, scenario__in=scenarios, scorecard__isnull=False)
        .order_by("scorecard__score", "-created_at")
        .values_list("scenario_id", flat=True)
        .first()
    )
    return scenarios.filter(pk=worst).first() if worst else None


def scenarios_authored(*, limit: int) -> tuple[int, list[ScenarioPage]]:
    """For a trainer's home: how many scenarios exist (drafts included) and the `limit` edited last."""
    pages = ScenarioPage.objects.all()
    return pages.count(), list(pages.order_by("-latest_revision_created_at", "-pk")[:limit])


def scenario_get_live(*, pk: int) -> ScenarioPage:
    try:
        return scenarios_live().get(pk=pk)
    except ScenarioPage.DoesNotExist:
        raise Http404 from None


def attempts_readable_by(user) -> QuerySet[Attempt]:
    """Attempts whose recording, transcript and result `user` may open: their own, and
    those whose report they may read (submitted by its agent, see scorecards_visible_to)."""
    return Attempt.objects.filter(Q(agent_id=user.pk) | Q(scorecard__in=scorecards_visible_to(user)))


def attempts_listed_for(user) -> QuerySet[Attempt]:
    """Attempts of every agent `user` may see, for a list: that one exists, its state and
    score; `readable` tells whether `user` may open it."""
    readable = attempts_readable_by(user).filter(pk=OuterRef("pk"))
    return Attempt.objects.filter(agent__in=agents_visible_to(user)).annotate(readable=Exists(readable))


def attempt_get_for_user(*, user, pk: int) -> Attempt:
    """The attempt, or 404 for anyone who may not open it (existence does not leak)."""
    attempt = attempts_readable_by(user).select_related("agent", "scenario", "scorecard").filter(pk=pk).first()
    if attempt is None:
        raise Http404
    return attempt


def attempts_of_agent(*, agent, scenario: ScenarioPage | None = None) -> QuerySet[Attempt]:
    attempts = Attempt.objects.filter(agent=agent).select_related("scenario", "scorecard")
    return attempts.filter(scenario=scenario) if scenario is not None else attempts


# What a list of attempts never shows: the transcripts, the report's results, the scenario's texts.
_LIST_DEFERRED = (
    "transcript",
    "scorecard__transcript",
    "scorecard__automatic_result",
    "scorecard__result",
    "scenario__situation",
    "scenario__persona",
    "scenario__objectives",
    "scenario__script",
)


def attempt_rows(attempts: QuerySet[Attempt]) -> QuerySet[Attempt]:
    """`attempts` shaped for a list page, newest first: agent, scenario and score joined in the
    same query, without the large columns, so a page of rows costs one query and stays light."""
    return (
        attempts.select_related("agent", "scenario", "scorecard").defer(*_LIST_DEFERRED).order_by("-created_at", "-pk")
    )


def attempt_progress(attempt: Attempt) -> int:
    """Percent of the processing done: counted turns for a guided call, the share of its
    speech the engine has read for an upload; scoring is the last stretch."""
    if attempt.state in (Attempt.State.REVIEW, Attempt.State.SCORING):
        return 95
    if attempt.state == Attempt.State.READY:
        return 100
    if attempt.state != Attempt.State.TRANSCRIBING:
        return 0
    if attempt.kind == Attempt.Kind.GUIDED:
        turns = list(attempt.turns.values_list("segments", flat=True))
        return int(90 * sum(s is not None for s in turns) / max(1, len(turns)))
    return int(90 * attempt.transcribed_share)


def attempt_call_path(attempt: Attempt) -> list[dict]:
    """The lines the customer said, each with the agent's reply (playable) and what it decided."""
    if attempt.call is None:
        return []
    turns = {turn.index: turn for turn in attempt.turns.all()}
    path = []
    for index, line in enumerate(attempt.call.get("said", [])):
        turn = turns.get(index)
        path.append(
            {
                "line": line["id"],
                "customer": line["say"],
                "replied": turn is not None,
                "agent": " ".join(segment["text"] for segment in (turn.segments or [])) if turn else "",
                "decided": turn.decided if turn else [],
                "audio": reverse("scenarios:attempt_turn_recording", kwargs={"pk": attempt.pk, "index": index})
                if turn and turn.recording
                else "",
            }
        )
    return path
