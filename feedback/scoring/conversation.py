"""A transcript read once: segments, turns and sentences with the cues found in each.

Every check works on this structure, so the text goes through spaCy and the
cue matcher exactly once per transcript, whatever the number of criteria.

Cues inside quoted speech are marked ``quoted``: text between quotation marks,
and what follows a reporting frame ("the note says…", "il collega ha scritto
che…") up to the end of its clause, unless the agent restates it as their own
("as my colleague said, …"). The agent reading out an automatic message
or a colleague's note is not apologising or deflecting in their own words.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from feedback.scoring.cues import LanguageCues, cue_matcher, extra_cue_matcher, language_cues
from feedback.scoring.misheard import word_spans
from feedback.scoring.nlp import parse_turns
from feedback.scoring.patterns import CueMatcher
from feedback.scoring.transcripts import SECONDS_PER_WORD

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

NEGATION_WINDOW = 3
# Tokens that end a clause inside a sentence, read by their norm ("…" is "..."): a question after
# one is asked apart from what came before. Sentence.clause_breaks is the one reading of them.
CLAUSE_BREAKS = frozenset({",", ";", ":", "-", "–", "—", "…", "..."})
# Negators that are not negations in these combinations ("non appena" = as soon as, "come mai" = why).
_NOT_NEGATING_BEFORE = {"non": {"appena", "solo", "soltanto"}, "not": {"only"}}
_NOT_NEGATING_AFTER = {"mai": {"come"}}
# Quotation marks: the ones that open and close a quote, and the straight ones that do both.
_QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“", "‘": "'"}  # ’ is read as ' (nlp.fold)
_STRAIGHT_QUOTES = frozenset({'"', "'"})  # a ' standing alone: elisions ("l'", "'s") are tokens of their own
# Tokens after a reporting verb within which an opening quotation mark gives the report's extent
# ("dice testualmente: '…'").
_QUOTE_REACH = 4
_QUOTE_CHARS = frozenset(_QUOTE_PAIRS) | frozenset(_QUOTE_PAIRS.values()) | _STRAIGHT_QUOTES | {"’"}


@dataclass(frozen=True)
class Cue:
    """One pattern match: a label and the tokens it covers in the segment's Doc."""

    label: str
    start: int
    end: int
    negated: bool
    quoted: bool = False  # inside quoted or reported speech: someone else's words


@dataclass
class Sentence:
    index: int
    segment: Segment
    span: Span
    text: str
    start: float | None
    cues: dict[str, list[Cue]] = field(default_factory=dict)

    @property
    def speaker(self) -> str:
        return self.segment.speaker

    @property
    def is_question(self) -> bool:
        return "?" in self.text

    @property
    def heard_text(self) -> str:
        """The sentence as the transcript holds it: its text with any word re-read (misheard.py)
        put back as it was heard."""
        segment = self.segment
        begin = self.span.start_char - segment.char_offset
        text = self.text
        for word, start, end in reversed(word_spans(segment.text, segment.words or [])):
            if "heard" in word and begin <= start and end <= begin + len(text):
                text = text[: start - begin] + word["heard"] + text[end - begin :]
        return text

    @cached_property
    def clause_breaks(self) -> tuple[int, ...]:
        """Doc positions, in order, of the tokens that end a clause in the sentence (CLAUSE_BREAKS).

        The one place the checks learn where a clause ends: a promise, a hedge, a question or an
        empathy cue is judged within its clause, and every check must cut the sentence alike."""
        norms = self.segment.doc.user_data["norms"]
        return tuple(position for position in range(self.span.start, self.span.end) if norms[position] in CLAUSE_BREAKS)

    def breaks_in(self, start: int, end: int) -> tuple[int, ...]:
        """The clause breaks at positions start..end (end excluded): none means one clause runs through."""
        breaks = self.clause_breaks
        return breaks[bisect_left(breaks, start) : bisect_left(breaks, end)]

    def clause_of(self, position: int) -> int:
        """Which clause of the sentence the token at `position` stands in, counted by the breaks
        before it: two positions with the same number share a clause (a break belongs to the clause it ends)."""
        return bisect_left(self.clause_breaks, position)

    def clause_start(self, position: int) -> int:
        """The first token of the clause the token at `position` stands in."""
        index = self.clause_of(position)
        return self.clause_breaks[index - 1] + 1 if index else self.span.start

    def clause_end(self, position: int) -> int:
        """The break that ends the clause the token at `position` stands in, or the sentence's end."""
        index = self.clause_of(position)
        return self.clause_breaks[index] if index < len(self.clause_breaks) else self.span.end

    def has(self, label: str, *, negated_too: bool = False, quoted_too: bool = True) -> bool:
        return any(
            (negated_too or not cue.negated) and (quoted_too or not cue.quoted) for cue in self.cues.get(label, ())
        )

    def found(self, label: str, *, negated_too: bool = False, quoted_too: bool = True) -> list[Cue]:
        return [
            cue
            for cue in self.cues.get(label, ())
            if (negated_too or not cue.negated) and (quoted_too or not cue.quoted)
        ]


@dataclass
class Segment:
    index: int
    speaker: str
    text: str
    start: float | None
    end: float | None
    at: float | None
    visibility: str | None
    words: list[dict[str, Any]] | None
    turn: int = 0
    doc: Doc | None = None
    char_offset: int = 0  # where the segment's text starts in the Doc's text
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def is_public(self) -> bool:
        return self.visibility == "public"

    def heard_words(self, start: int, end: int) -> list[dict[str, Any]]:
        """The recognised words (with Whisper's probability) that Doc tokens start..end were read
        from; none for a typed segment."""
        doc = self.doc
        begin = doc[start].idx - self.char_offset
        stop = doc[end - 1].idx + len(doc[end - 1]) - self.char_offset
        return [word for word, first, last in word_spans(self.text, self.words or []) if first < stop and begin < last]


@dataclass
class Turn:
    """Consecutive segments of one speaker, not interrupted by the other."""

    index: int
    speaker: str
    segments: list[Segment]

    @property
    def sentences(self) -> list[Sentence]:
        return [sentence for segment in self.segments for sentence in segment.sentences]


@dataclass
class Conversation:
    transcript: dict[str, Any]
    language: str
    channel: str
    cues: LanguageCues
    segments: list[Segment]
    turns: list[Turn]
    sentences: list[Sentence]
    memo: dict[str, Any] = field(default_factory=dict)  # values several checks read, computed once

    @property
    def agent_segments(self) -> list[Segment]:
        return [segment for segment in self.segments if segment.speaker == "agent"]

    @property
    def agent_turns(self) -> list[Turn]:
        return [turn for turn in self.turns if turn.speaker == "agent"]

    @property
    def agent_sentences(self) -> list[Sentence]:
        return [sentence for sentence in self.sentences if sentence.speaker == "agent"]

    @property
    def has_timestamps(self) -> bool:
        """Time-based criteria need a start and an end on every segment."""
        return all(segment.start is not None and segment.end is not None for segment in self.segments)

    def next_agent_sentence(self, sentence: Sentence) -> Sentence | None:
        return next((other for other in self.sentences[sentence.index + 1 :] if other.speaker == "agent"), None)

    def previous_agent_sentence(self, sentence: Sentence) -> Sentence | None:
        earlier = [other for other in self.sentences[: sentence.index] if other.speaker == "agent"]
        return earlier[-1] if earlier else None


def conversation_from_transcript(
    transcript: dict[str, Any], extra_cues: tuple[tuple[str, str], ...] = ()
) -> Conversation:
    """Parse and match a validated transcript (see transcripts.transcript_from_dict)."""
    language = transcript["language"]
    segments = [
        Segment(
            index=index,
            speaker=item["speaker"],
            text=item["text"],
            start=item.get("start"),
            end=item.get("end"),
            at=item.get("at"),
            visibility=item.get("visibility"),
            words=item.get("words"),
        )
        for index, item in enumerate(transcript["segments"])
    ]
    _fill_missing_ends(segments)
    turns = _turns(segments)
    cues = language_cues(language)
    doc, ranges = parse_turns([segment.text for segment in segments], language)
    norms, lemmas, punctuation = doc.user_data["norms"], doc.user_data["lemmas"], doc.user_data["punct"]
    sentence_starts = [False] * len(doc)
    matchers = {speaker: cue_matcher(language, speaker) for speaker in ("agent", "customer")}
    extra = extra_cue_matcher(language, extra_cues)
    fillers = cues.words("FILLER")
    negation = _Negation(norms, punctuation, cues.words("NEGATOR"), fillers, cues.words("DEGREE"))
    sentences: list[Sentence] = []
    by_token: list[Sentence | None] = [None] * len(doc)
    owners = iter(zip(segments, ranges))
    segment, (first, last) = next(owners)
    for span in doc.sents:  # never across segments: parse_turns starts a sentence with each
        while span.start >= last:
            segment, (first, last) = next(owners)
        segment.doc = doc
        offset = segment.char_offset = doc[first].idx
        sentence = Sentence(
            index=len(sentences),
            segment=segment,
            span=span,
            text=segment.text[span.start_char - offset : span.end_char - offset],
            start=_sentence_start(segment, span.start_char - offset),
        )
        segment.sentences.append(sentence)
        sentences.append(sentence)
        by_token[span.start : span.end] = [sentence] * len(span)
        sentence_starts[span.start] = True
        for label, start, end in _match_without_fillers(
            matchers[segment.speaker], norms, lemmas, punctuation, sentence_starts, span.start, span.end, fillers
        ):
            negation.add(sentence, label, start, end)
    for match_id, start, end in extra(doc) if extra is not None else ():
        sentence = by_token[start]
        if sentence is not None and end <= sentence.span.end:
            negation.add(sentence, doc.vocab.strings[match_id], start, end)
    _mark_disclaimed(sentences, norms, cues.words("CONTRAST"))
    _mark_quoted(segments, ranges, doc, norms, cues)
    return Conversation(
        transcript=transcript,
        language=language,
        channel=transcript["channel"],
        cues=cues,
        segments=segments,
        turns=turns,
        sentences=sentences,
    )


def spoken_positions(
    norms: list[str], punctuation: list[bool], start: int, end: int, fillers: frozenset[str]
) -> list[int]:
    """The token positions of start..end without fillers and the commas that set them off."""
    if fillers.isdisjoint(norms[start:end]):
        return list(range(start, end))
    dropped = {position for position in range(start, end) if norms[position] in fillers}
    dropped.update(
        position
        for position in range(start, end)
        if punctuation[position] and norms[position] == "," and ((position - 1) in dropped or (position + 1) in dropped)
    )
    return [position for position in range(start, end) if position not in dropped]


def _match_without_fillers(
    matcher: CueMatcher,
    norms: list[str],
    lemmas: list[str],
    punctuation: list[bool],
    sentence_starts: list[bool],
    start: int,
    end: int,
    fillers: frozenset[str],
) -> list[tuple[str, int, int]]:
    """Cue matches in a sentence read without its fillers and the commas around them: a phrase
    broken by a hesitation ("You'll, er, get a text", "sono, ehm, Laura") is the phrase said.
    Positions are those of the whole text; a sentence that opens with a filler opens on the word after."""
    kept = spoken_positions(norms, punctuation, start, end, fillers)
    if len(kept) == end - start:
        return matcher(norms, lemmas, sentence_starts, start, end)
    if not kept:
        return []
    found = matcher(
        [norms[position] for position in kept],
        [lemmas[position] for position in kept],
        [position == kept[0] or sentence_starts[position] for position in kept],
        0,
        len(kept),
    )
    return [(label, kept[first], kept[stop - 1] + 1) for label, first, stop in found]


@lru_cache(maxsize=4_096)
def agent_cues(
    text: str, language: str, channel: str, extra_cues: tuple[tuple[str, str], ...] = ()
) -> tuple[tuple[str, int, int], ...]:
    """(label, first character, end character) of each cue found, neither negated nor quoted, in one agent text."""
    conversation = conversation_from_transcript(
        {"language": language, "channel": channel, "segments": [{"speaker": "agent", "text": text}]}, extra_cues
    )
    doc = conversation.segments[0].doc if conversation.segments else None
    return tuple(
        (cue.label, doc[cue.start].idx, doc[cue.end - 1].idx + len(doc[cue.end - 1]))
        for sentence in conversation.sentences
        for found in sentence.cues.values()
        for cue in found
        if not cue.negated and not cue.quoted
    )


@dataclass
class _Negation:
    """Attaches cues to sentences, marking those preceded by a negator."""

    norms: list[str]
    punctuation: list[bool]
    negators: frozenset[str]
    fillers: frozenset[str]
    degree: frozenset[str]

    def add(self, sentence: Sentence, label: str, start: int, end: int) -> None:
        cue = Cue(label, start, end, self.negated(start, sentence.span.start))
        sentence.cues.setdefault(label, []).append(cue)

    def negated(self, start: int, sentence_start: int) -> bool:
        """A negator within three tokens before the cue, in its sentence and clause, fillers and words
        of degree aside ("non, ehm, mi dispiace", "non è per niente colpa sua", "not in any way your fault")."""
        norms = self.norms
        before = [
            position
            for position in spoken_positions(
                norms, self.punctuation, max(sentence_start, start - 3 * NEGATION_WINDOW), start, self.fillers
            )
            if norms[position] not in self.degree
        ]
        for position in reversed(before[-NEGATION_WINDOW:]):
            if self.punctuation[position]:
                return False
            norm = norms[position]
            if norm in self.negators:
                preceding = norms[position - 1] if position > sentence_start else ""
                if norms[position + 1] in _NOT_NEGATING_BEFORE.get(norm, ()) or preceding in _NOT_NEGATING_AFTER.get(
                    norm, ()
                ):
                    continue
                return not self._closed_before_a_filler(position, start)
        return False

    def _closed_before_a_filler(self, negator: int, start: int) -> bool:
        """The negator's clause ended at a comma that the filler after it hid ("No worries, um, thanks Bruce",
        "Nessun problema, ehm, grazie a lei"): a word of the negator's own came before that comma. A hesitation right
        after the negator stays in its clause ("non, ehm, mi dispiace", "I'm not, um, sorry")."""
        said = False
        for position in range(negator + 1, start):
            if self.punctuation[position]:
                if said:
                    return True
            elif self.norms[position] not in self.fillers:
                said = True
        return False


def _mark_disclaimed(sentences: list[Sentence], norms: list[str], contrast: frozenset[str]) -> None:
    """Negate the cues a disclaimer governs: what follows "I'm not saying" / "non sto dicendo che"
    in its clause is what the agent says they do not say ("I'm not saying it's your fault", "non
    dico che sia colpa sua"), however far it runs past the three tokens a negator reaches. A new
    clause or a contrast after it is said again ("I'm not saying that, but it's your fault")."""
    for sentence in sentences:
        for disclaimer in sentence.cues.get("disclaim", ()):
            start = disclaimer.end
            stop = sentence.clause_end(start)
            stop = next((position for position in range(start, stop) if norms[position] in contrast), stop)
            for label, found in sentence.cues.items():
                sentence.cues[label] = [
                    replace(cue, negated=True) if start <= cue.start < stop else cue for cue in found
                ]


def _mark_quoted(
    segments: list[Segment], ranges: list[tuple[int, int]], doc: Doc, norms: list[str], cues: LanguageCues
) -> None:
    """Mark the cues said in someone else's words (see the module docstring).

    A quotation a report opens ("dice testualmente: '…") and that its segment never closes runs
    on into the speaker's next segment when the closing mark is there (the customer cut in while
    the note was read), else to the end of the sentence it opened in (the closing mark was lost).
    """
    plainly = cues.words("PLAINLY")  # "è scritto chiaro": the agent judging the text, not quoting it
    carried: dict[str, str] = {}  # speaker → closing mark of a quotation their last segment left open
    for index, (segment, (first, last)) in enumerate(zip(segments, ranges)):
        carry = carried.pop(segment.speaker, None)
        quoted, left_open = (
            _between_quotation_marks(norms, first, last, carry)
            if carry or _QUOTE_CHARS.intersection(segment.text)
            else (set(), None)
        )
        for sentence in segment.sentences:
            restated = {cue.end for cue in sentence.cues.get("endorse", ())}
            for report in sentence.cues.get("report", ()):
                if (
                    report.end in restated
                    or report.negated  # not "come dice il collega", "non l'ho mai detto"
                    or (report.end < last and norms[report.end] in plainly)
                ):
                    continue
                stop = _report_end(report.end, sentence.span.end, norms, cues)
                quoted.update(range(report.end, stop))
                if stop != left_open:
                    continue
                closing = _QUOTE_PAIRS.get(norms[stop], norms[stop])
                following = next(
                    (
                        ranges[later]
                        for later in range(index + 1, len(segments))
                        if segments[later].speaker == segment.speaker
                    ),
                    None,
                )
                if following is not None and closing in norms[following[0] : following[1]]:
                    quoted.update(range(stop, last))
                    carried[segment.speaker] = closing
                else:
                    quoted.update(range(stop, sentence.span.end))
        if not quoted:
            continue
        for sentence in segment.sentences:
            for label, found in sentence.cues.items():
                if label != "report":
                    sentence.cues[label] = [
                        replace(cue, quoted=True)
                        if cue.start in quoted or _runs_into_a_quote(cue, norms, quoted)
                        else cue
                        for cue in found
                    ]


def _runs_into_a_quote(cue: Cue, norms: list[str], quoted: set[int]) -> bool:
    """A cue that runs across an opening quotation mark into the quotation ("I quote, 'we apologise…'")
    is the quotation's: its words inside are someone else's."""
    return any(norms[position] in _QUOTE_CHARS and position + 1 in quoted for position in range(cue.start, cue.end - 1))


def _report_end(start: int, end: int, norms: list[str], cues: LanguageCues) -> int:
    """Where reported words stop: at a contrast ("…, but that's wrong"), where the agent speaks
    in the first person again after a comma or "and" ("…, and I'm sorry", not the comma that
    opens the words read out: "the email says, we're sorry"), where a clause of condition or time
    of the agent's own opens after one ("il sistema dice che è passato, e se il citofono non
    funziona è un problema suo"), or, when the report
    opens a quotation ("the note reads 'parcel delivered', so…"), where its quotation marks close."""
    contrast, joins = cues.words("CONTRAST"), cues.words("AND")
    own = cues.words("FIRST_PERSON") | cues.words("CONDITION") | cues.words("WHEN")
    for position in range(start, min(end, start + _QUOTE_REACH)):
        if norms[position] in _QUOTE_PAIRS or norms[position] in _STRAIGHT_QUOTES:
            return position
    for position in range(start, end):
        if norms[position] in contrast or (
            # a comma right after the frame opens the words read out ("the email says, we're sorry…")
            position > start + 1 and norms[position] in own and norms[position - 1] in joins
        ):
            return position
    return end


def _between_quotation_marks(
    norms: list[str], first: int, last: int, carried: str | None = None
) -> tuple[set[int], int | None]:
    """Token positions of a segment that lie between an opening and a closing quotation mark, from
    the segment's start when it continues a quotation (``carried``: its closing mark); and the
    opening mark of a quotation the segment leaves open, if any."""
    inside: set[int] = set()
    closing: str | None = carried if carried in norms[first:last] else None
    opened = first
    for position in range(first, last):
        text = norms[position]
        if closing is not None and text == closing:
            inside.update(range(opened, position))
            closing = None
        elif closing is None and (text in _QUOTE_PAIRS or text in _STRAIGHT_QUOTES):
            closing, opened = _QUOTE_PAIRS.get(text, text), position + 1
    return inside, (opened - 1 if closing is not None else None)


def _sentence_start(segment: Segment, char_offset: int) -> float | None:
    """The sentence's first word time when word timings line up with the text, else the segment start."""
    words = segment.words
    if char_offset and words and len(words) == len(segment.text.split()):
        return words[len(segment.text[:char_offset].split())]["start"]
    return segment.start


def _fill_missing_ends(segments: list[Segment]) -> None:
    # A segment with a start but no end lasts until the next one starts, the last one
    # 0.4 s a word: the reading of plain-text transcripts (transcripts.py).
    for current, following in zip(segments, [*segments[1:], None]):
        if current.end is None and current.start is not None:
            if following is None:
                current.end = current.start + SECONDS_PER_WORD * max(1, len(current.text.split()))
            elif following.start is not None:
                current.end = max(current.start, following.start)


def _turns(segments: list[Segment]) -> list[Turn]:
    turns: list[Turn] = []
    for segment in segments:
        if not turns or turns[-1].speaker != segment.speaker:
            turns.append(Turn(index=len(turns), speaker=segment.speaker, segments=[]))
        segment.turn = turns[-1].index
        turns[-1].segments.append(segment)
    return turns
