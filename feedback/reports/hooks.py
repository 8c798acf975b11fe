"""Links a report shows but feedback cannot know: where a scorecard's recording plays and
which practice scenarios train a criterion. The app that knows (scenarios) registers a
function in its AppConfig.ready(); feedback never imports it, so data flows one way.

    from feedback.reports import hooks
    hooks.recording_url_providers.append(lambda scorecard: "/en/practice/attempts/3/recording/" or None)
    hooks.practice_link_providers.append(lambda criterion, language: [("Scenario title", "/it/practice/…")])
"""
from typing import Callable

RecordingUrl = Callable[[object], str | None]
PracticeLinks = Callable[[str, str], list[tuple[str, str]]]

recording_url_providers: list[RecordingUrl] = []
practice_link_providers: list[PracticeLinks] = []


def scorecard_recording_url(scorecard) -> str | None:
    """The permission-checked URL of the scorecard's recording, if some app knows one."""
    for provider in recording_url_providers:
        url = provider(scorecard)
        if url:
            return url
    return None


def practice_links(criterion: str, language: str) -> list[tuple[str, str]]:
    """(title, URL) of practice scenarios that train `criterion`, from every registered provider."""
    return [link for provider in practice_link_providers for link in provider(criterion, language)]
