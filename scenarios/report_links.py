"""What a coaching report links to for a practice attempt: the call's recording, so that
clicking an evidence time plays that moment. Registered with feedback.reports.hooks in
ScenariosConfig.ready(), because feedback never imports scenarios."""
from django.urls import reverse


def scorecard_recording_url(scorecard) -> str | None:
    """The permission-checked recording of the attempt scored by `scorecard`, while it is kept."""
    from .models import Attempt

    attempt = Attempt.objects.filter(scorecard=scorecard).exclude(recording="").only("pk").first()
    return reverse("scenarios:attempt_recording", kwargs={"pk": attempt.pk}) if attempt else None


def criterion_practice_links(criterion: str, language: str, limit: int = 3) -> list[tuple[str, str]]:
    """(title, URL) of published scenarios in `language` whose rubric scores `criterion`, easiest first."""
    from feedback.rubrics.selectors import rubric_default_for_channel, rubric_version_latest

    from .selectors import scenarios_live

    scored: dict[int, bool] = {}
    links = []
    for scenario in scenarios_live(language=language).select_related("rubric"):
        rubric = scenario.rubric or rubric_default_for_channel(scenario.channel)
        if rubric is None:
            continue
        if rubric.pk not in scored:
            criteria = rubric_version_latest(rubric).definition.get("criteria", [])
            scored[rubric.pk] = any(c["key"] == criterion and c.get("enabled", True) for c in criteria)
        if scored[rubric.pk]:
            links.append((scenario.title, scenario.url))
        if len(links) == limit:
            break
    return links
