"""Cue patterns: a small notation, compiled to token patterns, matched inside sentences.

Cue files (feedback/scoring/cues/it.py, en.py) write one pattern a string, one
token spec a word, in the spirit of spaCy's token patterns:

- ``grazie`` / ``buongiorno|buonasera``: the token's NORM (lower case, no accents) is one of these
- ``~capire`` / ``~mettere|porre``: the token's LEMMA is one of these
- ``~@PROMISE&FUTURE``: the LEMMA is in the set and the NORM matches the cue file's FUTURE regex
- ``@UNIT`` / ``~@PROMISE``: the NORM / LEMMA is in the named word set (``@A|@B|word`` mixes)
- ``!non|mai``: any token whose NORM is not one of these
- ``#``: a number, in digits or words; ``_``: any token; ``re:^metter(la|ti)$``: NORM regex
- a leading ``^`` ties the token to the start of a sentence
- a trailing ``?``, ``*``, ``+``, ``{n}`` or ``{m,n}`` repeats the spec (``_{0,3}``: up to three tokens)
- a first spec ``<!you|we`` is not a token: the token before the match must not be one of these

How the operators bind, so that a spec reads one way only: the leading ``^`` and the
trailing quantifier take the whole spec, then ``~`` or ``!`` takes every alternative:
``^e|sara`` is a sentence opening with "e" or "sara", ``stato|stata?`` is an optional
"stato" or "stata" and ``!non|mai{0,2}`` up to two tokens that are neither. Each
alternative is a word, a ``@SET`` or one punctuation mark; operators never stand
inside it (``grazie?|prego``, ``capire|~comprendere`` and ``a||b`` are refused). A
question mark is a word when it is a spec of its own or an alternative before the
last (``?|.``): last, it would be the quantifier. A ``re:`` spec runs to the end of
its word and its ``?``, ``*``, ``+`` and ``{m,n}`` are the regex's own: a regex is
never quantified. A spec that breaks these rules raises :class:`PatternError`
naming the cue and the pattern when the cue file is compiled.

Why not spaCy's ``Matcher``: it tries every pattern at every token, so its cost
grows with tokens × patterns; with the few hundred cue patterns it took ≈400 ms
on a 1,500-word call (benchmarks/score_speed.py --matcher). This matcher indexes
patterns by their first token's NORM or LEMMA, so a token only tries the
patterns that can start there: ≈1-2 ms for the same call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from feedback.scoring.nlp import fold

NORM, LEMMA = 0, 1
UNBOUNDED = 1_000
CACHE_LIMIT = 50_000  # words remembered per cache before it starts afresh (long-running workers)


class PatternError(ValueError):
    """A cue pattern that does not follow the notation (a bug in a cue file)."""


@dataclass
class TokenSpec:
    """What one token (or a run of tokens, between ``low`` and ``high``) must look like."""

    attribute: int = NORM
    words: frozenset[str] | None = None  # None: any word
    negate: bool = False
    regex: re.Pattern[str] | None = None  # on the NORM
    sentence_start: bool = False
    low: int = 1
    high: int = 1
    _regex_cache: dict[str, bool] = field(default_factory=dict, repr=False)

    def accepts(self, norm: str, lemma: str, starts_sentence: bool) -> bool:
        if self.sentence_start and not starts_sentence:
            return False
        if self.words is not None and ((lemma if self.attribute == LEMMA else norm) in self.words) == self.negate:
            return False
        if self.regex is not None:
            cached = self._regex_cache.get(norm)
            if cached is None:
                if len(self._regex_cache) > CACHE_LIMIT:
                    self._regex_cache.clear()
                cached = self._regex_cache[norm] = self.regex.search(norm) is not None
            return cached
        return True


@dataclass
class Pattern:
    label: str
    specs: list[TokenSpec]
    not_after: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        # Word sets some token of the sentence must be in for the pattern to have a chance.
        self.required = [
            (spec.attribute, spec.words)
            for spec in self.specs
            if spec.low and spec.words is not None and not spec.negate
        ]

    def could_match(self, words: tuple[set[str], set[str]]) -> bool:
        return all(not needed.isdisjoint(words[attribute]) for attribute, needed in self.required)


def compile_pattern(
    label: str, source: str, sets: dict[str, frozenset[str]], forms: dict[str, str], number_regex: str
) -> Pattern:
    """The token pattern of one cue string; PatternError, naming the cue and the pattern, when malformed."""
    try:
        words = source.split()
        not_after: frozenset[str] = frozenset()
        if words and words[0].startswith("<!"):
            not_after = frozenset(_words(words.pop(0)[2:], sets))
        specs = [_spec(word, sets, forms, number_regex) for word in words]
        if not specs or specs[0].low == 0:
            raise PatternError("a pattern must start with a required token")
    except PatternError as error:
        raise PatternError(f"cue {label!r}, pattern {source!r}: {error}") from None
    return Pattern(label, specs, not_after)


_QUANTIFIER = re.compile(r"(?:[?*+]|\{(?P<low>\d*)(?P<comma>,?)(?P<high>\d*)\})$")
# Characters that are operators, never part of an alternative (a lone punctuation mark aside).
_OPERATORS = re.compile(r"[?*+{}~&<]|^[!^]|^_$|^#$|^re:")


def _spec(text: str, sets: dict[str, frozenset[str]], forms: dict[str, str], number_regex: str) -> TokenSpec:
    spec = TokenSpec()
    body = text
    if body.startswith("^") and len(body) > 1:
        spec.sentence_start, body = True, body[1:]
    if body.startswith("re:"):
        spec.regex = _regex(body[3:], text)
        return spec
    body = _quantify(spec, body, text)
    if body == "#":
        spec.regex = re.compile(number_regex)
    elif body.startswith("~"):
        lemmas, ampersand, form = body[1:].partition("&")
        spec.attribute, spec.words = LEMMA, _words(lemmas, sets)
        if ampersand:
            if form not in forms:
                raise PatternError(f"{text!r}: unknown word form &{form}")
            spec.regex = re.compile(forms[form])
    elif body.startswith("<!"):
        raise PatternError(f"{text!r}: <! only opens a pattern")
    elif body.startswith("!") and len(body) > 1:
        spec.words, spec.negate = _words(body[1:], sets), True
    elif body != "_":
        spec.words = _words(body, sets)
    return spec


def _quantify(spec: TokenSpec, body: str, text: str) -> str:
    """Set the spec's repetitions from a trailing quantifier; the body without it."""
    match = _QUANTIFIER.search(body) if len(body) > 1 else None
    if match is None:
        return body
    operator = match.group()
    if operator in ("?", "*", "+"):
        spec.low, spec.high = {"?": (0, 1), "*": (0, UNBOUNDED), "+": (1, UNBOUNDED)}[operator]
    elif not match.group("comma"):
        if not match.group("low"):
            raise PatternError(f"{text!r}: {operator} repeats nothing (write {{n}} or {{m,n}})")
        spec.low = spec.high = int(match.group("low"))
    else:
        spec.low = int(match.group("low") or 0)
        spec.high = int(match.group("high")) if match.group("high") else UNBOUNDED
    if spec.high < max(spec.low, 1):
        raise PatternError(f"{text!r}: {operator} never matches a token")
    return body[: match.start()]


def _regex(source: str, text: str) -> re.Pattern[str]:
    try:
        return re.compile(source)
    except re.error as error:
        raise PatternError(f"{text!r}: not a regular expression ({error})") from None


def _words(alternatives: str, sets: dict[str, frozenset[str]]) -> frozenset[str]:
    words: set[str] = set()
    for alternative in alternatives.split("|"):
        if not alternative:
            raise PatternError(
                f"{alternatives!r}: empty alternative (a trailing ? is the quantifier: "
                "write a question mark as an alternative before the last)"
            )
        if alternative.startswith("@"):
            if alternative[1:] not in sets:
                raise PatternError(f"unknown word set {alternative}")
            words.update(sets[alternative[1:]])
        elif len(alternative) > 1 and _OPERATORS.search(alternative):
            raise PatternError(
                f"{alternatives!r}: {alternative!r} is not a word: a quantifier, ^, ~, !, <!, &, "
                "_, # and re: take the whole spec, never one alternative"
            )
        elif alternative in ("_", "#"):
            raise PatternError(f"{alternatives!r}: {alternative} is a token spec of its own, not an alternative")
        else:
            words.add(fold(alternative))
    return frozenset(words)


class CueMatcher:
    """All cue patterns of a language, indexed by the words their first token can be."""

    def __init__(self, patterns: list[Pattern]):
        self._by_norm: dict[str, list[Pattern]] = {}
        self._by_lemma: dict[str, list[Pattern]] = {}
        self._anywhere: list[Pattern] = []  # first token is a regex or a negation: tried by NORM, cached
        self._anywhere_by_norm: dict[str, list[Pattern]] = {}
        for pattern in patterns:
            first = pattern.specs[0]
            if first.words is None or first.negate:
                self._anywhere.append(pattern)
                continue
            index = self._by_lemma if first.attribute == LEMMA else self._by_norm
            for word in first.words:
                index.setdefault(word, []).append(pattern)

    def __call__(
        self, norms: list[str], lemmas: list[str], sentence_starts: list[bool], start: int, end: int
    ) -> list[tuple[str, int, int]]:
        """(label, first token, end token) of every pattern matching inside tokens start..end."""
        found = []
        words = (set(norms[start:end]), set(lemmas[start:end]))
        possible: dict[int, bool] = {}
        for position in range(start, end):
            norm = norms[position]
            anywhere = self._anywhere_by_norm.get(norm)
            if anywhere is None:
                if len(self._anywhere_by_norm) > CACHE_LIMIT:
                    self._anywhere_by_norm.clear()
                anywhere = self._anywhere_by_norm[norm] = [
                    pattern for pattern in self._anywhere if pattern.specs[0].accepts(norm, "", True)
                ]
            candidates = self._by_norm.get(norm, []) + self._by_lemma.get(lemmas[position], []) + anywhere
            for pattern in candidates:
                key = id(pattern)
                if key not in possible:
                    possible[key] = pattern.could_match(words)
                if not possible[key]:
                    continue
                if pattern.not_after and position > start and norms[position - 1] in pattern.not_after:
                    continue
                stop = _match(pattern.specs, 0, position, end, norms, lemmas, sentence_starts)
                if stop is not None:
                    found.append((pattern.label, position, stop))
        return found


def _match(
    specs: list[TokenSpec],
    index: int,
    position: int,
    end: int,
    norms: list[str],
    lemmas: list[str],
    sentence_starts: list[bool],
) -> int | None:
    """Where the pattern ends if specs[index:] match from `position` (greedy, backtracking)."""
    if index == len(specs):
        return position
    spec = specs[index]
    taken = 0
    while (
        taken < spec.high
        and position + taken < end
        and spec.accepts(norms[position + taken], lemmas[position + taken], sentence_starts[position + taken])
    ):
        taken += 1
    for count in range(taken, spec.low - 1, -1):
        stop = _match(specs, index + 1, position + count, end, norms, lemmas, sentence_starts)
        if stop is not None:
            return stop
    return None
