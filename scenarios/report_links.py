"""What a coaching report links to for a practice attempt: the call's recording, so that
clicking an evidence time plays that moment. Registered with feedback.reports.hooks in
ScenariosConfig.ready(), because feedback never imports scenarios."""

from collections.abc import Collection

from django.template.loader import render_to_string
from django.urls import reverse


def scorecard_recording_url(scorecard) -> str | None:
    """The permission-checked recording of the attempt scored by `scorecard`, while it is kept."""
    from .models import Attempt

    attempt = Attempt.objects.filter(scorecard=scorecard).exclude(recording="").only("pk").first()
    return reverse("scenarios:attempt_recording", kwargs={"pk": attempt.pk}) if attempt else None


def scorecard_recording_file(scorecard):
    """The recording file of the attempt scored by `scorecard`, while it is kept."""
    from .models import Attempt

    attempt = Attempt.objects.filter(scorecard=scorecard).exclude(recording="").only("recording").first()
    return attempt.recording if attempt else None


def criteria_practice_links(
    criteria: Collection[str], language: str, limit: int = 3
) -> dict[str, list[tuple[str, str]]]:
    """Criterion → (title, URL) of up to `limit` published scenarios in `language` whose rubric
    scores it, easiest first; one pass over the scenarios for every criterion of a page."""
    from feedback.rubrics.selectors import rubric_default_for_channel, rubric_version_latest

    from .selectors import scenarios_live

    links: dict[str, list[tuple[str, str]]] = {criterion: [] for criterion in criteria}
    defaults: dict[str, object] = {}
    scored: dict[int, set[str]] = {}
    for scenario in scenarios_live(language=language).select_related("rubric"):
        if all(len(found) >= limit for found in links.values()):
            break
        if scenario.rubric is None and scenario.channel not in defaults:
            defaults[scenario.channel] = rubric_default_for_channel(scenario.channel)
        rubric = scenario.rubric or defaults[scenario.channel]
        if rubric is None:
            continue
        if rubric.pk not in scored:
            criteria_of_rubric = rubric_version_latest(rubric).definition.get("criteria", [])
            scored[rubric.pk] = {c["key"] for c in criteria_of_rubric if c.get("enabled", True)}
        for criterion in scored[rubric.pk] & links.keys():
            if len(links[criterion]) < limit:
                links[criterion].append((scenario.title, scenario.url))
    return links


def scorecard_call_path_html(scorecard, request) -> str:
    """The path a live role-play took, each reply playable, for the report of that call."""
    from .models import Attempt
    from .selectors import attempt_call_path

    attempt = Attempt.objects.filter(scorecard=scorecard).exclude(call=None).first()
    path = attempt_call_path(attempt) if attempt else []
    if not path:
        return ""
    return render_to_string("scenarios/includes/call_path.html", {"path": path}, request=request)
