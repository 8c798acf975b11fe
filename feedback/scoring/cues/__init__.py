"""Cue words and patterns per language, compiled once per process into spaCy Matchers.

Each language module defines SETS (named word lists), FORMS (word-form regexes),
NUMBERS (number words) and CUES (label → patterns); the notation is in
feedback/scoring/patterns.py. Trainers' extra cue phrases join the label their
criterion reads (EXTRA_CUE_LABEL) and match word by word on lemmas, so a phrase
also matches the other inflections of its words.
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import lru_cache

from typing import TYPE_CHECKING

from feedback.scoring.nlp import fold, new_matcher, parse
from feedback.scoring.patterns import compile_pattern

if TYPE_CHECKING:
    from spacy.matcher import Matcher

# The cue label that a criterion's trainer-supplied extra phrases add to.
EXTRA_CUE_LABEL = {
    "greeting": "greeting",
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

    def words(self, name: str) -> frozenset[str]:
        return self.sets[name]


@lru_cache(maxsize=None)
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
    )


@lru_cache(maxsize=64)
def cue_matcher(language: str, extra_cues: tuple[tuple[str, str], ...] = ()) -> Matcher:
    """A Matcher with every cue of the language plus (label, phrase) extras; cached per combination."""
    cues = language_cues(language)
    matcher = new_matcher(language)
    for label, sources in cues.patterns.items():
        matcher.add(label, [compile_pattern(source, cues.sets, cues.forms, cues.number_regex) for source in sources])
    phrases = [phrase for _, phrase in extra_cues]
    for (label, _), doc in zip(extra_cues, parse(phrases, language)):
        pattern = [{"LEMMA": token.lemma_} if token.is_alpha else {"NORM": token.norm_} for token in doc]
        if pattern:
            matcher.add(label, [pattern])
    return matcher
