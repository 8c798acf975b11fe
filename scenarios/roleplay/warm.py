"""Ready before the first reply: the judging of a reply builds its language pipelines and cue
matchers on first use (about 0.3–0.4 s per language on 2 cores), which a live call's first
reply would otherwise wait for. Plain Python, no Django."""

from __future__ import annotations

from scenarios.roleplay.call import Reply, play
from scenarios.roleplay.scenario import scenario_from_dict

# One customer line and a reply that exercises the checks a reply is judged by.
_REPLIES = {
    "en": "Hello, this is Sam. I'm sorry, I'll call you back tomorrow by five.",
    "it": "Buongiorno, sono Sara. Mi dispiace, la richiamo domani entro le cinque.",
}


def judges_warm(languages: tuple[str, ...] = ("it", "en")) -> None:
    """Play a one-line call in each language, so every pipeline the judging needs is built."""
    for language in languages:
        scenario = scenario_from_dict(
            {
                "title": "warm-up",
                "language": language,
                "channel": "phone",
                "start": "a",
                "lines": [{"id": "a", "say": "…"}],
            }
        )
        play(scenario, [Reply(text=_REPLIES[language])])
