"""Both languages define every cue label and word set the checks read, and no cue list carries
dead weight: a label a check reads but a language lacks is silently never found, so a criterion
would quietly fail (or pass) in that language only.

What the checks read is found in their source: the string arguments of ``has``, ``found``,
``_own``, ``sentences_with``, ``cues.get`` and ``words``, the tuples a ``for label in`` loop
walks, and the constants named for labels (``GREETINGS``, ``FAULT_CUES``, ``READ_LABELS``…).
"""

from __future__ import annotations

import ast
import importlib
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from feedback.scoring.cues import EXTRA_CUE_LABEL, cue_matcher, language_cues

LANGUAGES = ("it", "en")
SCORING = Path(__file__).resolve().parents[3] / "feedback" / "scoring"
# The cue files themselves, and the modules whose "labels" name speakers and criteria, not cues.
NOT_READING_CUES = {SCORING / "cues" / f"{language}.py" for language in LANGUAGES} | {
    SCORING / "transcripts.py",
    SCORING / "labels.py",
}
LABEL_CALLS = {"has", "found", "_own", "sentences_with"}
LABEL_CONSTANT = re.compile(r"(?i)label|^GREETINGS$|^FAULT_CUES$")
NAME = re.compile(r"^[a-z][a-z_]*$")
SET_REFERENCE = re.compile(r"@([A-Z][A-Z_0-9]*)")


def _strings(node: ast.AST | None) -> set[str]:
    """The lower-case names among the string constants of an expression (a dict: its values only)."""
    if node is None:
        return set()
    if isinstance(node, ast.Dict):
        return set().union(*(_strings(value) for value in node.values))
    return {
        sub.value
        for sub in ast.walk(node)
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str) and NAME.match(sub.value)
    }


@cache
def read_by_the_checks() -> tuple[frozenset[str], frozenset[str]]:
    """(cue labels, word set names) the scoring code reads."""
    labels: set[str] = set()
    sets: set[str] = set()
    for path in SCORING.rglob("*.py"):
        if path in NOT_READING_CUES:
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Call):
                function = node.func
                name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
                literals = {
                    arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                }
                if name in LABEL_CALLS or (
                    name == "get"
                    and isinstance(function, ast.Attribute)
                    and isinstance(function.value, ast.Attribute)
                    and function.value.attr == "cues"
                ):
                    labels |= literals
                elif name == "words":
                    sets |= literals
            elif isinstance(node, ast.For) and isinstance(node.target, ast.Name) and node.target.id == "label":
                labels |= _strings(node.iter) if isinstance(node.iter, (ast.Tuple, ast.List, ast.Set)) else set()
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(
                    isinstance(target, ast.Name) and LABEL_CONSTANT.search(target.id) for target in targets
                ) and not isinstance(node.value, (ast.Name, ast.Attribute, ast.Subscript)):
                    labels |= _strings(node.value)
    return frozenset(labels), frozenset(sets)


def test_the_scan_finds_what_the_checks_read():
    """A floor, so that the tests below cannot pass on a scan that found nothing."""
    labels, sets = read_by_the_checks()
    assert {"greeting", "further_help", "hold_thanks", "scripted", "hardship", "endorse", "promise"} <= labels
    assert {"FILLER", "NEGATOR", "TITLE", "WH"} <= sets


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_label_the_checks_read_is_defined(language):
    labels, _ = read_by_the_checks()
    defined = language_cues(language).patterns.keys() | set(EXTRA_CUE_LABEL.values())
    assert sorted(labels - defined) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_word_set_the_checks_read_is_defined(language):
    _, sets = read_by_the_checks()
    assert sorted(sets - language_cues(language).sets.keys()) == []


def test_both_languages_define_the_same_labels():
    italian, english = (language_cues(language).patterns.keys() for language in LANGUAGES)
    assert sorted(italian ^ english) == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("speaker", ["agent", "customer"])
def test_every_pattern_compiles_and_every_set_it_names_is_defined(language, speaker):
    assert cue_matcher(language, speaker) is not None  # PatternError names the cue and the pattern


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_label_is_read_by_a_check(language):
    labels, _ = read_by_the_checks()
    assert sorted(language_cues(language).patterns.keys() - labels) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_word_set_is_used(language):
    cues = language_cues(language)
    named = {
        name for patterns in cues.patterns.values() for pattern in patterns for name in SET_REFERENCE.findall(pattern)
    }
    assert sorted(cues.sets.keys() - named - read_by_the_checks()[1]) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_word_set_lists_a_word_twice(language):
    module = importlib.import_module(f"feedback.scoring.cues.{language}")
    twice = {
        name: sorted(word for word, count in Counter(words.split()).items() if count > 1)
        for name, words in module.SETS.items()
    }
    assert {name: words for name, words in twice.items() if words} == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_label_lists_a_pattern_twice_nor_a_spec_an_alternative_twice(language):
    repeated = []
    for label, patterns in language_cues(language).patterns.items():
        repeated += [(label, pattern) for pattern, count in Counter(patterns).items() if count > 1]
        for pattern in patterns:
            for spec in pattern.split():
                if spec.lstrip("^").startswith("re:"):
                    continue
                alternatives = Counter(spec.lstrip("^~!<").split("|"))
                repeated += [(label, pattern, word) for word, count in alternatives.items() if count > 1]
    assert repeated == []
