"""Cue words and patterns per language, compiled once per process.

Each language module defines SETS (named word lists), FORMS (word-form regexes),
NUMBERS (number words), HOMOPHONES (a written word → the verb form said the same) and
CUES (label → patterns); the notation is in
feedback/scoring/patterns.py. Trainers' extra cue phrases join the label their
criterion reads (EXTRA_CUE_LABEL) and match word by word on lemmas, so a phrase
also matches the other inflections of its words.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from feedback.scoring.nlp import fold, new_phrase_matcher, parse
from feedback.scoring.patterns import CueMatcher, compile_pattern

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher

# The cue label that a criterion's trainer-supplied extra phrases add to.
EXTRA_CUE_LABEL = {
    "greeting": "greeting_extra",  # read by the phone and the social greeting alike
    "empathy": "empathy",
    "ownership": "deflection",
    "commitment_time": "promise",
    "hold_etiquette": "hold",
    "verification": "datum",
    "discovery_question": "open_request",
    "resolution_check": "resolution",
    "closing": "closing",
    "professional_language": "unprofessional",
    "filler_words": "filler",
    "private_channel": "personal_datum",
}


@dataclass(frozen=True)
class LanguageCues:
    """The cue data of one language, with its word sets folded for matching."""

    language: str
    sets: dict[str, frozenset[str]]
    forms: dict[str, str]
    patterns: dict[str, tuple[str, ...]]
    number_regex: str
    numbers: frozenset[str]  # the number words ``#`` matches besides digits
    homophones: dict[str, str]  # a word Whisper may write for a verb form said the same (misheard.py)

    def words(self, name: str) -> frozenset[str]:
        return self.sets[name]


@cache
def language_cues(language: str) -> LanguageCues:
    module = importlib.import_module(f"feedback.scoring.cues.{language}")
    sets = {name: frozenset(fold(word) for word in words.split()) for name, words in module.SETS.items()}
    numbers = "|".join(re.escape(fold(word)) for word in module.NUMBERS.split())
    return LanguageCues(
        language=language,
        sets=sets,
        forms=dict(module.FORMS),
        patterns={label: tuple(patterns) for label, patterns in module.CUES.items()},
        number_regex=rf"^(\d+([.,]\d+)?|{numbers})$",
        numbers=frozenset(fold(word) for word in module.NUMBERS.split()),
        homophones={fold(word): form for word, form in module.HOMOPHONES.items()},
    )


# Cues read in what the customer says; every other cue is read in the agent's words only.
CUSTOMER_LABELS = frozenset({"customer_intro", "customer_intro_after"})


@cache
def cue_matcher(language: str, speaker: str) -> CueMatcher:
    """The compiled cue patterns a speaker's sentences are searched for (built once per process)."""
    cues = language_cues(language)
    return CueMatcher(
        [
            compile_pattern(label, source, cues.sets, cues.forms, cues.number_regex)
            for label, sources in cues.patterns.items()
            for source in sources
            if (label in CUSTOMER_LABELS) == (speaker == "customer")
        ]
    )


@lru_cache(maxsize=64)
def extra_cue_matcher(language: str, extra_cues: tuple[tuple[str, str], ...]) -> PhraseMatcher | None:
    """Trainers' (label, phrase) cues as a lemma PhraseMatcher; cached per rubric's set of phrases."""
    if not extra_cues:
        return None
    matcher = new_phrase_matcher(language)
    for (label, _), doc in zip(extra_cues, parse([phrase for _, phrase in extra_cues], language)):
        matcher.add(label, [doc])
    return matcher
