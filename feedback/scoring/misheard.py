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
  readings the closest in sound wins, then the one completing the longest cue;
- the cue it completes is a phrase of two words or more: a cue of one word ("EOD", "DOB", "noon",
  "fine", "domani") has no rest heard as said, and its sound alone does not tell it from the word
  heard, a real word one sound off ("good", "door", "soon", "file", "romani": on the held-out
  natural6 recordings every such reading was false).

A word written for a verb form said the same (the cue files' HOMOPHONES: "a ragione" for "ha ragione",
Italian never sounding its h; "your right" for "you're right") is read as that form (:data:`HOMOPHONE_LABELS`)
where the verb opens its clause (only openers, subject pronouns or fillers before it since the sentence
began or the last punctuation mark: "si è lamentata a ragione" is the preposition), heard with doubt, and
where it completes a cue with a word of it heard with confidence, as a short word re-read does.

A cue word run together with the short word said after it, written as no word of the language, is read
as the two ("le mando la conferma" heard "le mandora conferma", "le mando un sms" heard "le mandone sms":
:func:`_glued`, the cost of Whisper's measured confusions, GLUED_COST), and one word Whisper wrote in two
pieces ("I'll re -end" for resend) is read whole, its pieces no words heard as such; either completes a cue as a reading of
one or two words does, with a word of the cue or next to it heard with confidence. An English future
whose "'ll" was lost ("I'll email you" heard "I email you") is read where the subject opens its clause,
the verb of a promise after it was heard with doubt and "you" after that with confidence
(:data:`DROPPED_FUTURE`; an Italian promise is said in the present too, "le mando", and needs none).

A phrase heard across the wrong word boundaries, with a few of the sound confusions Whisper makes
("arrivederci" → "al di vedere ci", "indirizzo email" → "individso e mai", "preoccuparsi" → "per
occupersi"), is read too (:func:`_span_readings`): MIN_SPAN_WORDS to MAX_SPAN_WORDS heard words said
in one breath, one of them no common word heard with doubt and any heard for sure a short common
word, whose joined sound is nearest one phrase of the patterns (of SPAN_LABELS: never a promise or a
hold, which could fail a call) and at most SPAN_COST per sound from it, both sounds MIN_SPAN_SOUND
long or more, each edge word read as another; the distance counts the confusions measured on these
recordings as half an edit (sound_edits.py). It completes a cue as a reading of one or two words does,
the confident word among the SPAN_ANCHOR_WORDS words either side.

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
from itertools import chain
from typing import Any

import jellyfish

from feedback.scoring.cues import language_cues
from feedback.scoring.names import common_words, sound, sounds_like
from feedback.scoring.nlp import fold, lemma, token_forms
from feedback.scoring.patterns import Pattern, compile_pattern
from feedback.scoring.sound_edits import SoundIndex, joined, weighted_distance

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
# A phrase misheard across its word boundaries ("al di vedere ci" for arrivederci, "individso e mai"
# for indirizzo email): MIN_SPAN_WORDS to MAX_SPAN_WORDS heard words whose joined sound is at most
# SPAN_COST per sound of the phrase from it (sound_edits.py: Whisper's measured confusions cost half),
# the phrase's sound at least MIN_SPAN_SOUND long. Such a phrase is long enough to be told from the
# others by its sound, so it may also be a farewell, an offer of more help or an acknowledgement; but
# never a promise or a hold, whose guess could make a criterion fail (left for review) that passed,
# nor a time: typed calls given the probabilities Whisper gives words it reads right read "di aprire"
# as "due aprile", "controllo lo" as "quattro luglio" (a promise timed by guess).
MIN_SPAN_WORDS = 2
MAX_SPAN_WORDS = 4
MIN_SPAN_SOUND = 8
SPAN_COST = 0.2
SPAN_LABELS = (READ_LABELS - {"promise", "hold", "time_concrete"}) | {"closing", "resolution", "empathy"}
# A homophone read as the verb form said the same ("a ragione" → "ha ragione") may also complete a feeling:
# the sound is the same, so, unlike "the lorry" for "sorry", nothing heard tells against the reading; Whisper
# chose the spelling from the words around it, and the verb opening its clause tells which was said.
HOMOPHONE_LABELS = READ_LABELS | {"empathy"}
SPAN_ANCHOR_WORDS = 2
# A cue word said run together with the short word after it ("le mando la conferma" heard "le mandora
# conferma", "le mando un sms" heard "le mandone sms"): the heard sound is the cue word's, at most one edit
# off, then a sound at most GLUED_COST from the short word's, the whole at most GLUED_COST away
# (sound_edits.py: Whisper's measured confusions, "l" heard "r", a "u" lost, cost half).
GLUED_COST = 1.0
# A future's "'ll" lost before a verb of a promise said to the customer ("I'll email you" heard "I email
# you"): per language, the subjects with their future, and the word that addresses the customer.
DROPPED_FUTURE = {"en": ({"i": "i'll", "we": "we'll"}, "you")}
# Regular inflections of the forms the patterns name (cue files' FORMS): (infinitive ending → stem
# ending, written endings). Italian futures: "chiamare" → "chiamerò, chiamerà, chiameremo, chiameranno";
# first persons of the present: "mandare" → "mando, mandiamo" ("le mando la conferma"). Which forms each
# reading knows: a real word one sound from a present ("rimanda", "riconsegna") is said as heard, so only
# a word run together with the next one (no word of the language) or written in two pieces is read as a
# present (GLUED_FORMS).
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
    ("it", "PRESENT1"): ((("are", ""), ("ere", ""), ("ire", "")), ("o", "iamo")),
}
READ_FORMS = frozenset({"FUTURE"})
GLUED_FORMS = READ_FORMS | {"PRESENT1"}
AgentCues = Callable[[str], tuple[tuple[str, int, int], ...]]  # (label, first char, end char)
_EDGE = re.compile(r"^(?P<lead>\W*)(?P<core>.*?)(?P<trail>\W*)$")


@dataclass(frozen=True)
class Reading:
    """Heard words ``first``..``last`` of a segment read as ``words``, at ``distance`` sound edits
    (``short``: a short word read as another of the patterns', whatever its sound)."""

    first: int
    last: int
    words: tuple[str, ...]
    distance: float
    short: bool = False
    span: bool = False  # read across word boundaries (SPAN_LABELS)
    homophone: bool = False  # a word read as the verb form said the same (HOMOPHONE_LABELS)

    @property
    def labels(self) -> frozenset[str]:
        if self.span:
            return SPAN_LABELS
        return HOMOPHONE_LABELS if self.homophone else READ_LABELS


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
        for reading in chain(_readings(words, language, names), _span_readings(words, language, names)):
            if best is not None and best[0][0] < reading.distance:
                continue
            variant = _applied(text, words, reading)
            if not _may_complete(reading.words, variant[0], language, reading.labels):
                continue
            completed = _completed(agent_cues(variant[0]), labels, variant, reading)
            # The words read last: a tie must not fall to the order of a set, which changes per process.
            rank = (reading.distance, -completed, len(reading.words), reading.first - reading.last, reading.words)
            if completed and (best is None or rank < best[0]):
                best = (rank, variant)
        if best is None:
            return {**segment, "text": text, "words": words} if changed else None
        (text, words), changed = best[1], True


def _completed(
    found: tuple[tuple[str, int, int], ...],
    before: Counter[str],
    variant: tuple[str, list[dict[str, Any]]],
    reading: Reading,
) -> int:
    """How long (in characters) the longest cue the reading completes is; 0 when it completes none.

    It completes a cue when the re-read text keeps every cue label of the heard one and holds a
    cue of the reading's labels more through the re-read word, with a word heard with confidence in
    it or next to it (in it, for a short word re-read in a cue of several: "averlo a serata" is
    not "in serata"; for a phrase read across word boundaries, in it or among the SPAN_ANCHOR_WORDS
    words either side of it, short words aside: "Posso essere utile in qualche salto?"): the rest of
    the phrase was heard as said (a reading among barely heard words completes nothing). The longer the phrase it completes, the likelier the reading ("data di
    nascita" rather than "può nascita"; "bearing with me" rather than "may long").
    """
    after = Counter(label for label, _, _ in found)
    if before.keys() - after.keys():
        return 0  # a reading that loses a cue heard ("Good afternoon" → "eod afternoon") is no reading
    gained = after - before
    spans = word_spans(*variant)
    read, longest = reading.first, 0
    for label, first, last in found:
        if label not in gained or label not in reading.labels:
            continue
        if not reading.span and len(variant[0][first:last].split()) < 2:
            continue  # a cue of one word: its sound is all there is to it (module docstring)
        covered = words_covered(spans, first, last)
        if read not in covered:
            continue
        anchors = [position for position in covered if position != read]
        if reading.span:
            anchors += _beside(spans, covered[0], -1) + _beside(spans, covered[-1], 1)
        elif not (anchors and reading.short):
            anchors += [covered[0] - 1, covered[-1] + 1]
        if heard_surely(spans, anchors):
            longest = max(longest, last - first)
    return longest


def words_covered(spans: list[tuple[dict[str, Any], int, int]], first: int, last: int) -> list[int]:
    """The positions of the words (the segment's ``spans``) that characters ``first``..``last`` of its text
    touch: the words a cue found there is made of."""
    return [position for position, (_, start, end) in enumerate(spans) if first < end and start < last]


def heard_surely(spans: list[tuple[dict[str, Any], int, int]], positions: list[int]) -> bool:
    """Whether a word at one of ``positions`` (of the segment's ``spans``, those outside it ignored) was
    heard with confidence (ANCHOR_PROBABILITY): what backs a word read as another, the rest of its cue
    heard as said."""
    return any(
        spans[position][0].get("probability", 1.0) >= ANCHOR_PROBABILITY
        for position in positions
        if 0 <= position < len(spans)
    )


def _beside(spans: list[tuple[dict[str, Any], int, int]], position: int, step: int) -> list[int]:
    """The SPAN_ANCHOR_WORDS words next to ``position`` in direction ``step`` (-1, 1), words of
    MAX_FUNCTION_LETTERS letters or fewer aside (an elided article, "l'", a preposition)."""
    found: list[int] = []
    position += step
    while 0 <= position < len(spans) and len(found) < SPAN_ANCHOR_WORDS:
        if len(_EDGE.match(spans[position][0]["word"]).group("core")) > MAX_FUNCTION_LETTERS:
            found.append(position)
        position += step
    return found


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


def _may_complete(read: tuple[str, ...], text: str, language: str, labels: frozenset[str]) -> bool:
    """Whether a cue pattern of ``labels`` that needs one of the read words could match the text
    (the patterns' required words, checked without parsing: most readings stop here)."""
    index = _read_patterns(language, labels)
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


@lru_cache(maxsize=8)
def _read_patterns(language: str, labels: frozenset[str]) -> dict[str, list[Pattern]]:
    """The patterns of ``labels`` of a language, by each word a required token of theirs may be."""
    cues = language_cues(language)
    index: dict[str, list[Pattern]] = {}
    for label in sorted(labels & cues.patterns.keys()):
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
    common, lexicon, cues = common_words(language), _lexicon(language, READ_LABELS), language_cues(language)
    numbers, known = cues.numbers, frozenset().union(*cues.sets.values())
    openers = cues.words("OPENER") | cues.words("FILLER")
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
            if len(window) == 1 and folded[0] in cues.homophones and _opens_clause(words, first, openers):
                yield Reading(first, last, (cues.homophones[folded[0]],), 0, short=True, homophone=True)
            if len(window) == 2 and _future_lost(words, first, language, openers):
                yield Reading(first, last, (DROPPED_FUTURE[language][0][folded[0]], folded[1]), 0)
            if len(window) == 1 and folded[0] in lexicon.function_words:
                # A preposition or article of a set phrase heard as another ("la metto di attesa"):
                # one of the patterns' short words that comes before the next word heard may stand in its place.
                following = fold(_EDGE.match(words[first + 1]["word"]).group("core")) if first + 1 < len(words) else ""
                if following:
                    for read in sorted(lexicon.function_words - {folded[0]}):
                        if (read, following) in lexicon.pairs:
                            yield Reading(first, last, (read,), 1, short=True)
                continue
            # One word Whisper wrote in two pieces ("re", "-end" for resend): its pieces are no words heard as
            # such, and the whole may be the cue word itself ("re", "-send").
            split = len(window) == 2 and _EDGE.match(window[1]["word"]).group("lead") == "-"
            if any(
                word in common
                or (word in lexicon.words and not split)
                or word in known
                or any(sounds_like(word, name, language) for name in names)
                for word in (["".join(folded)] if split else folded)
            ):
                continue  # a common word, a word the cues know or a known name heard as such is taken as said
            unheard = _lexicon(language, READ_LABELS, GLUED_FORMS)  # no word heard as such: "mandora", "ri -mando"
            if len(window) == 1 and not _is_word(cores[0], language):
                for read, distance in _glued(_sounds(cores, language), language, unheard):
                    yield Reading(first, last, read, distance)
            for read, distance in _sounding_like(_sounds(cores, language), language, unheard if split else lexicon):
                if (
                    len(read) <= len(window) + 1
                    and all(pair in lexicon.pairs for pair in zip(read, read[1:]))
                    and any(word not in common or word in numbers for word in read)
                ):  # "three" is a stop word
                    yield Reading(first, last, read, distance)


def _future_lost(words: list[dict[str, Any]], position: int, language: str, openers: frozenset[str]) -> bool:
    """Whether the subject at ``position`` and the verb after it are a future whose "'ll" was lost: a subject
    opening its clause, a verb of a promise in its bare form heard with doubt, and the customer addressed
    after it, heard with confidence ("and I email you the tracking number"; not "if I email you", "I
    emailed you", nor "I email them")."""
    if language not in DROPPED_FUTURE or position + 2 >= len(words):
        return False
    subjects, addressed = DROPPED_FUTURE[language]
    subject, verb, after = (_EDGE.match(word["word"]) for word in words[position : position + 3])
    return (
        fold(subject.group("core")) in subjects
        and not subject.group("trail")
        and not verb.group("trail")
        and fold(verb.group("core")) in language_cues(language).words("PROMISE")
        and words[position + 1].get("probability", 1.0) < SUSPECT_PROBABILITY
        and fold(after.group("core")) == addressed
        and words[position + 2].get("probability", 1.0) >= ANCHOR_PROBABILITY
        and _opens_clause(words, position, openers)
    )


def _opens_clause(words: list[dict[str, Any]], position: int, openers: frozenset[str]) -> bool:
    """Whether the word at ``position`` opens its clause: the words before it, back to the segment's
    start or a punctuation mark, are openers (a conjunction, "certo", "sì", a subject pronoun) or fillers."""
    for word in reversed(words[:position]):
        edge = _EDGE.match(word["word"])
        if edge.group("trail"):
            return True
        if fold(edge.group("core")) not in openers:
            return False
    return True


def _span_readings(words: list[dict[str, Any]], language: str, names: tuple[str, ...]) -> Iterator[Reading]:
    """Readings of MIN_SPAN_WORDS to MAX_SPAN_WORDS heard words as a phrase of SPAN_LABELS whose sound,
    word boundaries ignored, is near theirs (module docstring): the words said in one breath (no
    punctuation between them), one of them a word heard with doubt that is no common word, and
    every word heard with confidence a short common word (a boundary misplaced: "e mai" for email)."""
    common, lexicon = common_words(language), _lexicon(language, SPAN_LABELS)
    edges = [_EDGE.match(word["word"]) for word in words]
    for first in range(len(words)):
        for last in range(first + MIN_SPAN_WORDS - 1, min(first + MAX_SPAN_WORDS, len(words))):
            window, parts = words[first : last + 1], edges[first : last + 1]
            if (
                any("heard" in word for word in window)
                or any(part.group("trail") for part in parts[:-1])
                or any(part.group("lead") for part in parts[1:])
                or not all(part.group("core").isalpha() for part in parts)
            ):
                continue
            folded = [fold(part.group("core")) for part in parts]
            probabilities = [word.get("probability", 1.0) for word in window]
            if any(
                probability >= SUSPECT_PROBABILITY and (word not in common or len(word) > MAX_FUNCTION_LETTERS)
                for word, probability in zip(folded, probabilities)
            ) or any(sounds_like(word, name, language) for word in folded for name in names):
                continue
            if not any(
                probability < SUSPECT_PROBABILITY and word not in common
                for word, probability in zip(folded, probabilities)
            ):
                continue
            nearest = _nearest_phrase(joined([sound(part.group("core"), language) for part in parts]), language)
            if nearest is not None:
                sounds, cost = nearest
                for read in _product([lexicon.exact[code] for code in sounds]):
                    # Each edge word read as another, and no longer word kept (a word heard as read, in another
                    # form or a sound from it was heard right, and so were the boundaries beside it: "di
                    # febbraio" is no "due febbraio", "andarlo a" no "andare ora").
                    if (
                        read[0] != folded[0]
                        and read[-1] != folded[-1]
                        and not any(
                            _kept(word, read, language, last=position == len(folded) - 1)
                            for position, word in enumerate(folded)
                            if len(word) > MAX_FUNCTION_LETTERS
                        )
                        and all(pair in lexicon.pairs for pair in zip(read, read[1:]))
                    ):
                        yield Reading(first, last, read, cost, span=True)


def _kept(heard: str, read: tuple[str, ...], language: str, *, last: bool) -> bool:
    """Whether a heard word is one of the read words, in another form, one sound from it, or (the
    ``last`` heard, no word after it to say the rest) its beginning: "nel sistema" is no "e
    sistemato", while "under stand" may be "understand"."""
    heard_sound = sound(heard, language)
    return any(
        word == heard
        or lemma(word, language) == lemma(heard, language)
        or jellyfish.levenshtein_distance(sound(word, language), heard_sound) <= 1
        or (last and sound(word, language).startswith(heard_sound))
        for word in read
    )


@lru_cache(maxsize=4096)
def _nearest_phrase(heard: str, language: str) -> tuple[tuple[str, ...], float] | None:
    """The sounds of the SPAN_LABELS phrase of one or two words nearest ``heard``, with its cost, when
    no other phrase is as near (else the sound does not tell which was said), both sounds are
    MIN_SPAN_SOUND long or more and it is at most SPAN_COST per sound of the shorter away. Cached:
    the same heard words are looked up again after each reading of their segment."""
    if len(heard) < MIN_SPAN_SOUND:
        return None
    found = sorted(
        _span_index(language).near(heard, language, SPAN_COST * len(heard)).items(),
        key=lambda item: (item[1], len(item[0])),
    )
    # Phrases that sound the same are one reading ("a arrabbiarsi" is "arrabbiarsi").
    if not found or any(cost == found[0][1] and joined(sounds) != joined(found[0][0]) for sounds, cost in found[1:]):
        return None
    sounds, cost = found[0]
    said = len(joined(sounds))
    return (sounds, cost) if said >= MIN_SPAN_SOUND and cost <= SPAN_COST * min(len(heard), said) else None


@lru_cache(maxsize=2)
def _span_index(language: str) -> SoundIndex:
    """The sounds of the SPAN_LABELS lexicon, and which may follow which in a phrase."""
    lexicon = _lexicon(language, SPAN_LABELS)
    pairs = {(_sounds([before], language), _sounds([after], language)) for before, after in lexicon.pairs}
    return SoundIndex.of(list(lexicon.exact), pairs)


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


def _sounding_like(heard: str, language: str, lexicon: _Lexicon) -> Iterator[tuple[tuple[str, ...], int]]:
    """Sequences of up to MAX_READ_WORDS cue words whose joined sound is ``heard``, or one edit from it."""
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


def _is_word(word: str, language: str) -> bool:
    """nonwords.is_word, imported here: nonwords.py builds on this module."""
    from feedback.scoring.nonwords import is_word

    return is_word(word, language)


def _glued(heard: str, language: str, lexicon: _Lexicon) -> Iterator[tuple[tuple[str, str], float]]:
    """A cue word and the short word said after it, run together into the ``heard`` sound (GLUED_COST):
    "mandora" → "mando la", "mandone" → "mando un"."""
    common = common_words(language)
    for cut in range(MIN_SOUND_FOR_EDIT, len(heard)):
        head, tail = heard[:cut], heard[cut:]
        for near, edits in lexicon.near(head, 1):
            for short in lexicon.function_words:
                cost = edits + weighted_distance(_sounds([short], language), tail, language)
                if cost <= GLUED_COST:
                    for word in lexicon.exact[near]:
                        if word not in common:
                            yield (word, short), cost


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


@lru_cache(maxsize=8)
def _lexicon(language: str, labels: frozenset[str], forms: frozenset[str] = READ_FORMS) -> _Lexicon:
    """Every plain word of the language's patterns of ``labels`` and of the word sets they name, with
    the regular ``forms`` the patterns name (_REGULAR_FORMS), indexed by how it sounds."""
    cues = language_cues(language)
    words: set[str] = set()
    inflected: set[str] = set()  # written as said ("tornerà"): the lemma is read from the accented form
    pairs: set[tuple[str, str]] = set()
    for label in labels & cues.patterns.keys():
        for pattern in cues.patterns[label]:
            previous: set[str] = set()
            for spec in pattern.split():
                optional = re.search(r"(\?|\*|\{0,\d*\})$", spec) is not None
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
                if lemmas and spec.partition("&")[2] in forms:
                    inflected.update(
                        form for word in alternatives for form in _regular_forms(word, spec.partition("&")[2], language)
                    )
                words.update(alternatives)
                pairs.update((first, second) for first in previous for second in alternatives)
                # A word a pattern may leave out ("indirizzo @ADV? email") is skipped by the next one
                # in a phrase read across word boundaries (SPAN_LABELS).
                previous = previous | alternatives if optional and labels == SPAN_LABELS else alternatives
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
