"""A small notation for cue patterns, compiled to spaCy `Matcher` patterns.

Cue files (feedback/scoring/cues/it.py, en.py) write one pattern a string, one
token spec a word, because spaCy's dict patterns are unreadable in bulk:

- ``grazie`` / ``buongiorno|buonasera``: the token's NORM (lower case, no accents) is one of these
- ``~capire`` / ``~mettere|porre``: the token's LEMMA is one of these
- ``@UNIT`` / ``~@PROMISE``: the NORM / LEMMA is in the named word set of the cue file
  (``@A|@B|word`` mixes sets and words)
- ``~@PROMISE&FUTURE``: as ``~@PROMISE`` and the NORM also matches the cue file's FUTURE regex
- ``!non|mai``: any token whose NORM is not one of these
- ``#``: a number, in digits or words; ``_``: any token; ``re:^metter(la|ti)$``: NORM regex
- a leading ``^`` ties the token to the start of a sentence
- a trailing ``?``, ``*``, ``+`` or ``{m,n}`` repeats the spec as in spaCy (``_{0,3}``)
"""
from __future__ import annotations

import re
from typing import Any

from feedback.scoring.nlp import fold

_QUANTIFIER = re.compile(r"^(?P<spec>.+?)(?P<op>\?|\*|\+|\{\d*,?\d*\})$")


class PatternError(ValueError):
    """A cue pattern that does not follow the notation (a bug in a cue file)."""


def compile_pattern(source: str, sets: dict[str, frozenset[str]], forms: dict[str, str],
                    number_regex: str) -> list[dict[str, Any]]:
    """The spaCy Matcher pattern of one cue string."""
    return [_token(spec, sets, forms, number_regex) for spec in source.split()]


def _token(spec: str, sets: dict[str, frozenset[str]], forms: dict[str, str], number_regex: str) -> dict[str, Any]:
    op = None
    match = _QUANTIFIER.match(spec) if len(spec) > 1 and spec != "{" else None
    if match and match.group("spec") not in ("", "^"):
        spec, op = match.group("spec"), match.group("op")
    token: dict[str, Any] = {}
    if spec.startswith("^") and len(spec) > 1:
        token["IS_SENT_START"] = True
        spec = spec[1:]
    if spec == "_":
        pass
    elif spec == "#":
        token["NORM"] = {"REGEX": number_regex}
    elif spec.startswith("re:"):
        token["NORM"] = {"REGEX": spec[3:]}
    elif spec.startswith("~"):
        lemmas, _, form = spec[1:].partition("&")
        token["LEMMA"] = {"IN": _words(lemmas, sets)}
        if form:
            if form not in forms:
                raise PatternError(f"unknown word form &{form}")
            token["NORM"] = {"REGEX": forms[form]}
    elif spec.startswith("!") and len(spec) > 1:
        token["NORM"] = {"NOT_IN": _words(spec[1:], sets)}
    else:
        token["NORM"] = {"IN": _words(spec, sets)}
    if op:
        token["OP"] = op
    return token


def _words(alternatives: str, sets: dict[str, frozenset[str]]) -> list[str]:
    words: set[str] = set()
    for alternative in alternatives.split("|"):
        if alternative.startswith("@"):
            if alternative[1:] not in sets:
                raise PatternError(f"unknown word set {alternative}")
            words.update(sets[alternative[1:]])
        elif alternative:
            words.add(fold(alternative))
    if not words:
        raise PatternError(f"empty alternatives in {alternatives!r}")
    return sorted(words)
