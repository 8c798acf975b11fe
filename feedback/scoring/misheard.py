"""Cue words as Whisper may have misheard them: a recorded word read as the cue words it sounds like.

Speech recognition writes a word it did not catch as real words that sound alike, often
with a good probability: "put you on hold" → "put you unfold", "within three working
days" → "within free working days", "thanks for holding" → "thanks for folding", "data
di nascita" → "nata dinascita". The rest of the cue phrase is heard as said, so the
phrase is recognisable around the word that is not. Before scoring, a recorded agent
segment is re-read where all of this holds:

- the words re-read (one or two, heard next to each other) carry Whisper's probability,
  so only a transcript made from a recording is ever re-read, at least one of them is
  under :data:`SUSPECT_PROBABILITY`, and none is a common word, a word of the cue lists
  or a name the transcript states (those are taken as said);
- one word of the cue lists, or a phrase of them (words that follow each other in a cue
  pattern, one more than heard at most: "dinascita" → "di nascita"), sounds like them:
  their sounds (:func:`feedback.scoring.names.sound`) are the same, or one edit apart
  when the sound has at least :data:`MIN_SOUND_FOR_EDIT` letters;
- or the word is one of the patterns' short words (an article, a preposition: at most
  :data:`MAX_FUNCTION_LETTERS` letters, never a negator) heard in place of another that comes
  before the next word heard in a pattern: "la metto di attesa" → "in attesa";
- the reading completes a cue (:data:`READ_LABELS`) through the re-read word that the
  heard words do not hold, with a word heard with confidence (:data:`ANCHOR_PROBABILITY`) in it
  or next to it (in it, for a short word re-read), and loses no cue heard: "unfold" alone is never re-read, "put you unfold" is. Of several
  readings the closest in sound wins, then the one completing the longest cue.

A re-read word keeps what was heard (``heard`` on the word), so a failure decided by it
is left for review (confidence.py; a short word re-read decides nothing there) and the
evidence shows both. Typed and labelled
transcripts carry no probabilities and are scored exactly as written.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from feedback.scoring.cues import language_cues
from feedback.scoring.names import common_words, sound, sounds_like
from feedback.scoring.nlp import fold, lemma, token_forms
from feedback.scoring.patterns import Pattern, compile_pattern

# Whisper's word probability under which a word is taken as probably misheard: a failure
# decided only by such words is left for review (confidence.py), and a barely heard word
# before the agent's own name may be the introduction misheard (checks/opening.py).
# Measured on the sample and voiced calls by benchmarks/audio_scoring_agreement.py, which
# prints it (words aligned with the reference; first 10 calls of --voiced 10): under 0.35 fall
# 1.3 % of the words read right and 18 % of those misread, so a word under it was misread
# 65 times in 91.
LOW_PROBABILITY = 0.35
# Probability under which a word may be misheard, for re-reading: under 0.9 fall 71 % of the
# misread words, and 23 % of the right ones, which the other conditions keep as heard.
SUSPECT_PROBABILITY = 0.9
# Probability from which a word next to the one re-read anchors the reading (the rest of the
# phrase heard as said): of the agent's words aligned with the reference on 11 sample and voiced
# calls, 94 % (English) and 91 % (Italian) of those at 0.9 or more were read right, 83-84 % of
# those from 0.8 to 0.9, 53-76 % below.
ANCHOR_PROBABILITY = 0.8
MIN_SOUND_FOR_EDIT = 3
MAX_READ_WORDS = 3
MAX_HEARD_WORDS = 2
MIN_PIECE = 2
MAX_FUNCTION_LETTERS = 2
# The set phrases of several words a re-reading may complete: holds, times, promises and
# identifying data. Never a fault (a deflection, an unprofessional word): a guess may complete
# what the agent did right, not what they did wrong; nor a feeling said in one word ("the lorry"
# is not "sorry").
READ_LABELS = frozenset({"promise", "time_concrete", "hold", "hold_permission", "hold_thanks", "datum"})
# Regular inflections of the forms the patterns name (cue files' FORMS): (infinitive ending → stem
# ending, written endings). Italian futures: "chiamare" → "chiamerò, chiamerà, chiameremo, chiameranno".
_REGULAR_FORMS: dict[tuple[str, str], tuple[tuple[tuple[str, str], ...], tuple[str, ...]]] = {
    ("it", "FUTURE"): (
        (
            ("ciare", "cer"),
            ("giare", "ger"),
            ("care", "cher"),
            ("gare", "gher"),
            ("are", "er"),
            ("ere", "er"),
            ("ire", "ir"),
        ),
        ("ò", "à", "emo", "anno"),
    ),
}
AgentCues = Callable[[str], tuple[tuple[str, int, int], ...]]  # (label, first char, end char)
_EDGE = re.compile(r"^(?P<lead>\W*)(?P<core>.*?)(?P<trail>\W*)$")


@dataclass(frozen=True)
class Reading:
    """Heard words ``first``..``last`` of a segment read as ``words``, at ``distance`` sound edits
    (``short``: a short word read as another of the patterns', whatever its sound)."""

    first: int
    last: int
    words: tuple[str, ...]
    distance: int
    short: bool = False


def reread_transcript(transcript: dict[str, Any], agent_cues: AgentCues) -> dict[str, Any]:
    """The transcript with the agent's misheard cue words re-read (module docstring); the same
    object when nothing is re-read. ``agent_cues(text)`` finds the cues of an agent's text
    (the engine's, so the trainer's extra cues count too)."""
    segments = list(transcript["segments"])
    names = tuple(part for key in ("agent_name", "customer_name") for part in transcript.get(key, "").split())
    for index, segment in enumerate(segments):
        words = segment.get("words")
        if segment["speaker"] == "agent" and words and any("probability" in word for word in words):
            segments[index] = _reread_segment(segment, transcript["language"], names, agent_cues) or segment
    if all(new is old for new, old in zip(segments, transcript["segments"])):
        return transcript
    return {**transcript, "segments": segments}


def _reread_segment(
    segment: dict[str, Any], language: str, names: tuple[str, ...], agent_cues: AgentCues
) -> dict[str, Any] | None:
    """The segment with its misheard cue words re-read, one reading at a time, or None."""
    text, words = segment["text"], segment["words"]
    if not word_spans(text, words):
        return None  # words that do not spell the text cannot be re-read in it
    changed = False
    while True:
        labels = Counter(label for label, _, _ in agent_cues(text))
        best = None
        for reading in _readings(words, language, names):
            if best is not None and best[0][0] < reading.distance:
                continue
            variant = _applied(text, words, reading)
            if not _may_complete(reading.words, variant[0], language):
                continue
            completed = _completed(agent_cues(variant[0]), labels, variant, reading.first, reading.short)
            rank = (reading.distance, -completed, len(reading.words))
            if completed and (best is None or rank < best[0]):
                best = (rank, variant)
        if best is None:
            return {**segment, "text": text, "words": words} if changed else None
        (text, words), changed = best[1], True


def _completed(
    found: tuple[tuple[str, int, int], ...],
    before: Counter[str],
    variant: tuple[str, list[dict[str, Any]]],
    read: int,
    short: bool,
) -> int:
    """How long (in characters) the longest cue the reading completes is; 0 when it completes none.

    It completes a cue when the re-read text keeps every cue label of the heard one and holds a
    READ_LABELS cue more through the re-read word, with a word heard with confidence in it or
    next to it (in it, for a ``short`` word re-read in a cue of several: "averlo a serata" is
    not "in serata"): the rest of the phrase was heard as said (a reading among barely heard
    words completes nothing). The longer the phrase it completes, the likelier the reading ("data di
    nascita" rather than "può nascita"; "bearing with me" rather than "may long").
    """
    after = Counter(label for label, _, _ in found)
    if before.keys() - after.keys():
        return 0  # a reading that loses a cue heard ("Good afternoon" → "eod afternoon") is no reading
    gained = after - before
    spans = word_spans(*variant)
    longest = 0
    for label, first, last in found:
        if label not in gained or label not in READ_LABELS:
            continue
        covered = [position for position, (_, start, end) in enumerate(spans) if first < end and start < last]
        if read not in covered:
            continue
        anchors = [position for position in covered if position != read]
        if not (anchors and short):
            anchors += [position for position in (covered[0] - 1, covered[-1] + 1) if 0 <= position < len(spans)]
        if any(spans[position][0].get("probability", 1.0) >= ANCHOR_PROBABILITY for position in anchors):
            longest = max(longest, last - first)
    return longest


def word_spans(text: str, words: list[dict[str, Any]]) -> list[tuple[dict[str, Any], int, int]]:
    """Each recognised word with where it stands in the text (Whisper's words spell the text in
    order, though not always space by space: "I-40" is "I", "-40"); [] when they do not."""
    spans, cursor = [], 0
    for word in words:
        start = text.find(word["word"], cursor)
        if start < 0:
            return []
        cursor = start + len(word["word"])
        spans.append((word, start, cursor))
    return spans


def _may_complete(read: tuple[str, ...], text: str, language: str) -> bool:
    """Whether a cue pattern of READ_LABELS that needs one of the read words could match the text
    (the patterns' required words, checked without parsing: most readings stop here)."""
    index = _read_patterns(language)
    needing = {
        id(pattern): pattern
        for forms in token_forms(" ".join(read), language)
        for word in forms
        for pattern in index.get(word, ())
    }
    if not needing:
        return False
    forms = token_forms(text, language)
    return any(pattern.could_match(forms) for pattern in needing.values())


@lru_cache(maxsize=2)
def _read_patterns(language: str) -> dict[str, list[Pattern]]:
    """The READ_LABELS patterns of a language, by each word a required token of theirs may be."""
    cues = language_cues(language)
    index: dict[str, list[Pattern]] = {}
    for label in sorted(READ_LABELS & cues.patterns.keys()):
        for source in cues.patterns[label]:
            pattern = compile_pattern(label, source, cues.sets, cues.forms, cues.number_regex)
            needed = [words for _, words in pattern.required]
            if "#" in (spec.partition("{")[0].rstrip("?*+") for spec in source.split()):
                needed.append(cues.numbers)  # a number said in words ("within three days")
            for word in set().union(*needed):
                index.setdefault(word, []).append(pattern)
    return index


def _readings(words: list[dict[str, Any]], language: str, names: tuple[str, ...]) -> Iterator[Reading]:
    """Readings of one or two heard words that may be misheard (module docstring)."""
    common, lexicon, cues = common_words(language), _lexicon(language), language_cues(language)
    numbers, known = cues.numbers, frozenset().union(*cues.sets.values())
    for first in range(len(words)):
        for last in range(first, min(first + MAX_HEARD_WORDS, len(words))):
            window = words[first : last + 1]
            cores = [_EDGE.match(word["word"]).group("core") for word in window]
            folded = [fold(core) for core in cores]
            if (
                any("heard" in word for word in window)
                or not all(core.isalpha() for core in cores)
                or not any(word.get("probability", 1.0) < SUSPECT_PROBABILITY for word in window)
            ):
                continue
            if len(window) == 1 and folded[0] in lexicon.function_words:
                # A preposition or article of a set phrase heard as another ("la metto di attesa"):
                # one of the patterns' short words that comes before the next word heard may stand in its place.
                following = fold(_EDGE.match(words[first + 1]["word"]).group("core")) if first + 1 < len(words) else ""
                if following:
                    for read in sorted(lexicon.function_words - {folded[0]}):
                        if (read, following) in lexicon.pairs:
                            yield Reading(first, last, (read,), 1, short=True)
                continue
            if any(
                word in common
                or word in lexicon.words
                or word in known
                or any(sounds_like(word, name, language) for name in names)
                for word in folded
            ):
                continue  # a common word, a word the cues know or a known name heard as such is taken as said
            for read, distance in _sounding_like(_sounds(cores, language), language):
                if (
                    len(read) <= len(window) + 1
                    and all(pair in lexicon.pairs for pair in zip(read, read[1:]))
                    and any(word not in common or word in numbers for word in read)
                ):  # "three" is a stop word
                    yield Reading(first, last, read, distance)


def _applied(text: str, words: list[dict[str, Any]], reading: Reading) -> tuple[str, list[dict[str, Any]]]:
    """The text and words with the reading in place of the heard words (their punctuation, times and
    lowest probability kept, and what was heard)."""
    window = words[reading.first : reading.last + 1]
    spans = word_spans(text, words)
    lead = _EDGE.match(window[0]["word"]).group("lead")
    trail = _EDGE.match(window[-1]["word"]).group("trail")
    read = " ".join(reading.words)
    if _EDGE.match(window[0]["word"]).group("core")[:1].isupper():
        read = read[:1].upper() + read[1:]
    replaced = {
        "word": lead + read + trail,
        "start": window[0].get("start"),
        "end": window[-1].get("end"),
        "probability": min(word.get("probability", 1.0) for word in window),
        "heard": text[spans[reading.first][1] : spans[reading.last][2]],
    }
    new_text = text[: spans[reading.first][1]] + replaced["word"] + text[spans[reading.last][2] :]
    new_word = {key: value for key, value in replaced.items() if value is not None}
    return new_text, [*words[: reading.first], new_word, *words[reading.last + 1 :]]


def _sounds(cores: list[str], language: str) -> str:
    return "".join(sound(core, language) for core in cores)


def _sounding_like(heard: str, language: str) -> Iterator[tuple[tuple[str, ...], int]]:
    """Sequences of up to MAX_READ_WORDS cue words whose joined sound is ``heard``, or one edit from it."""
    lexicon = _lexicon(language)
    if len(heard) < 2:
        return
    allowed = 1 if len(heard) >= MIN_SOUND_FOR_EDIT else 0
    seen = set()
    for pieces in _splits(heard, MAX_READ_WORDS):
        if len(pieces) > 1 and min(map(len, pieces)) < MIN_PIECE:
            continue  # a one-letter sound ("a", "m") stands for too many words to be read into a phrase
        for edited in range(len(pieces)):
            if any(piece not in lexicon.exact for position, piece in enumerate(pieces) if position != edited):
                continue
            for near, distance in lexicon.near(pieces[edited], allowed):
                options = [
                    lexicon.exact[piece] if position != edited else lexicon.exact[near]
                    for position, piece in enumerate(pieces)
                ]
                for read in _product(options):
                    if read not in seen:
                        seen.add(read)
                        yield read, distance


def _splits(text: str, parts: int) -> Iterator[tuple[str, ...]]:
    yield (text,)
    if parts > 1:
        for cut in range(1, len(text)):
            for rest in _splits(text[cut:], parts - 1):
                yield (text[:cut], *rest)


def _product(options: list[tuple[str, ...]]) -> Iterator[tuple[str, ...]]:
    if not options:
        yield ()
        return
    for word in options[0]:
        for rest in _product(options[1:]):
            yield (word, *rest)


@dataclass(frozen=True)
class _Lexicon:
    words: frozenset[str]
    pairs: frozenset[tuple[str, str]]  # two words one after the other in a pattern: a reading of several is a phrase
    exact: dict[str, tuple[str, ...]]  # sound → the cue words that sound so
    deletions: dict[str, tuple[str, ...]]  # a sound with one letter dropped → the sounds it comes from
    function_words: frozenset[str]  # the patterns' common words of MAX_FUNCTION_LETTERS letters at most, negators aside

    def near(self, heard: str, allowed: int) -> Iterator[tuple[str, int]]:
        """Lexicon sounds equal to ``heard`` (distance 0) or, when allowed, one edit from it."""
        if heard in self.exact:
            yield heard, 0
        if not allowed:
            return
        found = set()
        for variant in {heard, *_deleted(heard)}:
            for candidate in self.deletions.get(variant, ()):
                if candidate != heard and candidate not in found and _one_edit(heard, candidate):
                    found.add(candidate)
                    yield candidate, 1
            if variant != heard and variant in self.exact and variant not in found:
                found.add(variant)
                yield variant, 1


def _regular_forms(infinitive: str, form: str, language: str) -> set[str]:
    """The regular forms of a verb that a pattern asks for by name (``~@PROMISE&FUTURE``), as
    written, that the lemmatiser reads back to the verb: so a misheard "torneva" may be read as
    "tornerà", which the patterns' word sets (infinitives) do not hold."""
    rule = _REGULAR_FORMS.get((language, form))
    if rule is None:
        return set()
    stems, endings = rule
    for ending, stem in stems:
        if infinitive.endswith(ending):
            written = (infinitive[: -len(ending)] + stem + suffix for suffix in endings)
            return {word for word in written if lemma(word, language) == infinitive}
    return set()


def _deleted(text: str) -> set[str]:
    return {text[:position] + text[position + 1 :] for position in range(len(text))}


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:position] + long_[position + 1 :] == short for position in range(len(long_)))


@lru_cache(maxsize=2)
def _lexicon(language: str) -> _Lexicon:
    """Every plain word of the language's READ_LABELS patterns and of the word sets they name,
    indexed by how it sounds."""
    cues = language_cues(language)
    words: set[str] = set()
    inflected: set[str] = set()  # written as said ("tornerà"): the lemma is read from the accented form
    pairs: set[tuple[str, str]] = set()
    for label in READ_LABELS & cues.patterns.keys():
        for pattern in cues.patterns[label]:
            previous: set[str] = set()
            for spec in pattern.split():
                spec = re.sub(r"(\?|\*|\+|\{\d*,\d*\})$", "", spec.lstrip("<!^"))
                lemmas, spec = spec.startswith("~"), spec.lstrip("~")
                alternatives = set()
                if spec == "#":
                    alternatives = set(cues.numbers)
                elif not spec.startswith(("re:", "#", "_")):
                    for alternative in spec.partition("&")[0].split("|"):
                        alternatives.update(
                            cues.sets.get(alternative[1:], ()) if alternative.startswith("@") else {fold(alternative)}
                        )
                if lemmas and spec.partition("&")[2]:
                    inflected.update(
                        form for word in alternatives for form in _regular_forms(word, spec.partition("&")[2], language)
                    )
                words.update(alternatives)
                pairs.update((first, second) for first in previous for second in alternatives)
                previous = alternatives
    exact: dict[str, list[str]] = {}
    for word in sorted({fold(word) for word in words} | inflected):
        if fold(word).isalpha():
            exact.setdefault(_sounds([word], language), []).append(word)
    deletions: dict[str, list[str]] = {}
    for code in exact:
        for variant in _deleted(code) if len(code) >= 2 else ():
            deletions.setdefault(variant, []).append(code)
        deletions.setdefault(code, []).append(code)
    common, negators = common_words(language), cues.sets.get("NEGATOR", frozenset())
    return _Lexicon(
        frozenset(fold(word) for found in exact.values() for word in found),
        frozenset(pairs),
        {code: tuple(found) for code, found in exact.items()},
        {code: tuple(found) for code, found in deletions.items()},
        frozenset(
            word
            for word in words
            if word.isalpha() and len(word) <= MAX_FUNCTION_LETTERS and word in common and word not in negators
        ),
    )
