"""Links a report shows but feedback cannot know: where a scorecard's recording plays and
which practice scenarios train a criterion. The app that knows (scenarios) registers a
function in its AppConfig.ready(); feedback never imports it, so data flows one way.

    from feedback.reports import hooks
    hooks.recording_url_providers.append(lambda scorecard: "/en/practice/attempts/3/recording/" or None)
    hooks.practice_link_providers.append(lambda criteria, language: {"ownership": [("Scenario title", "/it/practice/…")]})
    hooks.section_providers.append(lambda scorecard, request: "<section>…</section>" or "")
    hooks.recording_file_providers.append(lambda scorecard: the stored recording (a FieldFile) or None)
    hooks.withheld_scorecard_providers.append(lambda user: Scorecard ids `user` may not read for now)

Practice links are asked for every criterion of a page at once, so that a team page costs
the same few queries however many agents need coaching on however many criteria.
"""

from collections.abc import Callable, Collection

Link = tuple[str, str]
RecordingUrl = Callable[[object], str | None]
PracticeLinks = Callable[[Collection[str], str], dict[str, list[Link]]]
Section = Callable[[object, object], str]

recording_url_providers: list[RecordingUrl] = []
# The recording file itself, for pages that check access their own way (a calibration session).
recording_file_providers: list[Callable[[object], object]] = []
practice_link_providers: list[PracticeLinks] = []
section_providers: list[Section] = []
# Scorecards a person is asked to judge blind (a calibration session) are withheld from them.
withheld_scorecard_providers: list[Callable[[object], object]] = []


def report_sections(scorecard, request) -> list[str]:
    """Extra HTML sections of a report page (e.g. the path a live role-play took), from every provider."""
    return [html for html in (provider(scorecard, request) for provider in section_providers) if html]


def scorecard_recording_url(scorecard) -> str | None:
    """The permission-checked URL of the scorecard's recording, if some app knows one."""
    for provider in recording_url_providers:
        url = provider(scorecard)
        if url:
            return url
    return None


def scorecard_recording_file(scorecard):
    """The stored recording of the scorecard's conversation (a FieldFile), if some app keeps one."""
    for provider in recording_file_providers:
        found = provider(scorecard)
        if found:
            return found
    return None


def practice_links(criteria: Collection[str], language: str) -> dict[str, list[Link]]:
    """Criterion → (title, URL) of practice scenarios that train it, from every registered provider."""
    links: dict[str, list[Link]] = {criterion: [] for criterion in criteria}
    for provider in practice_link_providers:
        for criterion, found in provider(criteria, language).items():
            links[criterion] += found
    return links
