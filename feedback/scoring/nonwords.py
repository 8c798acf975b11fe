"""Words of no language, as speech recognition writes a word it did not catch: read as the word they sound like.

Whisper spells a word it half heard by its sound, and often the spelling is no word at all:
"spamento" for spavento, "medidiana" for Meridiana, "rettura" for lettura, "intermento" for
intervento (the espeak Italian voice's tapped r and soft consonants). Before scoring, such a
word in a recording is read as the word of the call's language it sounds like, where all of
this holds:

- it carries Whisper's probability, under :data:`~feedback.scoring.misheard.SUSPECT_PROBABILITY`
  (so a typed or labelled transcript is never touched) but not under
  :data:`~feedback.scoring.misheard.LOW_PROBABILITY`: a word barely heard is too unsure a sound to
  be read as another, as misheard.py reads no phrase barely heard;
- it is letters only, :data:`MIN_LETTERS` or more, and no word of the language: wordfreq's list
  (every form seen often enough in its Wikipedia, subtitle, news, book and web sources) lacks it;
- it is not a proper noun (a capital inside a sentence: a company, a place, a product) nor near a
  name the transcript states (:func:`feedback.scoring.names.sounds_close`);
- a word of the language at least as frequent as :data:`MIN_ZIPF` sounds the same
  (:func:`feedback.scoring.names.sound`, so double letters, "ch"/"k" and the like are one), or one
  sound edit from it when the sound has :data:`MIN_SOUND` letters or more: the same sound first,
  then the one spelt closest, then the more frequent ("rettura" → lettura, not rottura).

The word keeps what was heard (``heard``), so the evidence shows both and a failure decided by
it is left for review (confidence.py), as for a cue word re-read (misheard.py, which reads the
set phrases first and whose readings are kept).

A word so read is a guess at a word the recogniser did not catch, so in the agent's words it may
complete a cue only as a cue word re-read does (misheard.py): with a word of that cue, or one next to
it, heard with confidence (:data:`~feedback.scoring.misheard.ANCHOR_PROBABILITY`), the rest of the
phrase heard as said ("Che spamento" → "Che spavento", "che" heard for sure). A reading that would
complete a cue among words all heard with doubt is not made, the word is kept as heard: "È colpa
sua" heard "E col pasura", every word in doubt, is no "È … paura" acknowledging a fear, and a guess
alone makes no fault either.

Measured on the 18 calls of ``benchmarks/audio_scoring_agreement.py --voiced 10`` (transcripts
kept): 78 words read (all Italian), 37 of them as said, the others mostly no worse than heard; the
Italian word error rate 32.0 → 29.7 % (agents) and 30.3 → 28.9 % (customers), English unchanged;
one criterion more agrees (an empathy said with "spavento", heard "spamento").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import jellyfish
import numpy

from feedback.scoring.misheard import (
    LOW_PROBABILITY,
    SUSPECT_PROBABILITY,
    AgentCues,
    heard_surely,
    word_spans,
    words_covered,
)
from feedback.scoring.names import sound, sounds_close
from feedback.scoring.nlp import fold

MIN_LETTERS = 4
MIN_SOUND = 4  # a shorter sound is one edit from too many words
# Zipf frequency (log10 of uses per billion words) from which a word of the language may be
# what was said: 2.5 is about once in three million words ("spavento" 3.5, "paraurti" 3.2).
MIN_ZIPF = 2.5
_EDGE = re.compile(r"^(?P<lead>\W*)(?P<core>.*?)(?P<trail>\W*)$")
_SENTENCE_END = re.compile(r"[.?!…]\W*$")


def read_nonwords(transcript: dict[str, Any], agent_cues: AgentCues) -> dict[str, Any]:
    """The transcript with the recorded words that are no word of its language read as the
    word they sound like (module docstring); the same object when none is. ``agent_cues(text)``
    finds the cues of an agent's text, as for misheard.py."""
    language = transcript["language"]
    names = tuple(part for key in ("agent_name", "customer_name") for part in transcript.get(key, "").split())
    segments = [_read_segment(segment, language, names, agent_cues) or segment for segment in transcript["segments"]]
    if all(new is old for new, old in zip(segments, transcript["segments"])):
        return transcript
    return {**transcript, "segments": segments}


def _read_segment(
    segment: dict[str, Any], language: str, names: tuple[str, ...], agent_cues: AgentCues
) -> dict[str, Any] | None:
    """The segment with its non-words read as words, or None when it has none."""
    words = segment.get("words") or []
    spans = word_spans(segment["text"], words)
    if not spans:
        return None  # words that do not spell the text (or none: typed) cannot be read in it
    text, read = segment["text"], list(words)
    for position in reversed(range(len(words))):
        word, start, end = spans[position]
        opens = position == 0 or bool(_SENTENCE_END.search(words[position - 1]["word"]))
        replacement = _word_for(word, language, names, opens)
        if replacement is None:
            continue
        variant = text[:start] + replacement + text[end:]
        variant_words = [*read[:position], {**word, "word": replacement, "heard": word["word"]}, *read[position + 1 :]]
        if segment["speaker"] == "agent" and _completes_unbacked(text, variant, variant_words, position, agent_cues):
            continue
        text, read = variant, variant_words
    if read == words:
        return None
    return {**segment, "text": text, "words": read}


def _completes_unbacked(
    text: str, variant: str, words: list[dict[str, Any]], position: int, agent_cues: AgentCues
) -> bool:
    """Whether the agent's text read as ``variant`` (word ``position`` of ``words`` read) holds a cue more
    through the read word with no word of it, nor next to it, heard with confidence (module docstring)."""
    found = agent_cues(variant)
    gained = Counter(label for label, _, _ in found) - Counter(label for label, _, _ in agent_cues(text))
    spans = word_spans(variant, words)
    for label, first, last in found:
        covered = words_covered(spans, first, last)
        if label in gained and position in covered:
            beside = [index for index in covered if index != position] + [covered[0] - 1, covered[-1] + 1]
            if not heard_surely(spans, beside):
                return True
    return False


def _word_for(word: dict[str, Any], language: str, names: tuple[str, ...], opens: bool) -> str | None:
    """The word (with its punctuation) that a heard non-word stands for, or None to keep it."""
    if "heard" in word or not LOW_PROBABILITY <= word.get("probability", 1.0) < SUSPECT_PROBABILITY:
        return None
    parts = _EDGE.match(word["word"])
    core = parts.group("core")
    if len(core) < MIN_LETTERS or not core.isalpha() or (core[0].isupper() and not opens):
        return None
    if is_word(core, language) or any(sounds_close(core, name, language, common_too=True) for name in names):
        return None
    found = nearest_word(core, language)
    if found is None:
        return None
    if core[0].isupper():
        found = found[0].upper() + found[1:]
    return parts.group("lead") + found + parts.group("trail")


def is_word(word: str, language: str) -> bool:
    """Whether wordfreq has ever seen the word in the language (its whole list, any frequency)."""
    known = _wordlist(language).known
    key = hash(word.lower())
    position = int(numpy.searchsorted(known, key))
    return position < len(known) and int(known[position]) == key


def nearest_word(heard: str, language: str) -> str | None:
    """The word of the language (Zipf ≥ MIN_ZIPF) that ``heard`` most likely stands for: one that
    sounds the same, else one sound edit away (sounds of MIN_SOUND letters or more); of several, the
    one spelt closest, then the most frequent ("holld" is hold, not old, which sounds the same in
    English; "rettura" lettura, not rottura). None when no word is that near."""
    heard_sound = sound(heard, language)
    index = _by_sound(language)
    near = index.get(heard_sound, ())
    if not near and len(heard_sound) >= MIN_SOUND:
        near = [found for variant in _one_edit(heard_sound, _alphabet(language)) for found in index.get(variant, ())]
    if not near:
        return None
    folded = fold(heard)
    return min(near, key=lambda found: (jellyfish.levenshtein_distance(folded, fold(found[0])), -found[1]))[0]


def _one_edit(text: str, alphabet: str) -> set[str]:
    """Every string one deletion, substitution or insertion from ``text``."""
    cuts = [(text[:position], text[position:]) for position in range(len(text) + 1)]
    return (
        {head + tail[1:] for head, tail in cuts if tail}
        | {head + letter + tail[1:] for head, tail in cuts if tail for letter in alphabet}
        | {head + letter + tail for head, tail in cuts for letter in alphabet}
    ) - {text}


@dataclass(frozen=True)
class _Wordlist:
    known: numpy.ndarray  # the sorted hashes of every word of the list: 8 bytes a word (320,000 in Italian)
    by_sound: dict[
        str, list[tuple[str, float]]
    ]  # each sound of the words of Zipf ≥ MIN_ZIPF → them, with their frequency


@lru_cache(maxsize=2)
def _wordlist(language: str) -> _Wordlist:
    """wordfreq's list of the language, read once from its file (its buckets of words by frequency,
    cB = minus the bucket's index) and kept small: the whole list is wanted only for membership."""
    from wordfreq import available_languages, cB_to_freq, read_cBpack

    buckets = read_cBpack(available_languages()[language])
    known = numpy.unique(numpy.fromiter((hash(word) for bucket in buckets for word in bucket), dtype=numpy.int64))
    by_sound: dict[str, list[tuple[str, float]]] = {}
    for position, bucket in enumerate(buckets[: round((9 - MIN_ZIPF) * 100) + 1]):
        for word in bucket:
            if word.isalpha():
                by_sound.setdefault(sound(word, language), []).append((word, cB_to_freq(-position)))
    return _Wordlist(known, by_sound)


def _by_sound(language: str) -> dict[str, list[tuple[str, float]]]:
    return _wordlist(language).by_sound


@lru_cache(maxsize=2)
def _alphabet(language: str) -> str:
    return "".join(sorted({letter for key in _by_sound(language) for letter in key}))
