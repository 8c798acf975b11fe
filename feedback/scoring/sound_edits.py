"""How far a heard sound is from a said one, when the confusions Whisper makes cost less than others.

Whisper hears the espeak voices of the practice calls with a few confusions again and again:
the Italian voice's tapped r is written v, d, l or m ("lettura" → "rettura", "arrivederci" →
"al di vedere ci"), its v is written m ("vecchia" → "macchia"), an l is written r or d or lost.
So a phrase misheard across several sounds is often a few of *these* edits from what was said,
while another phrase the same number of edits away needs edits Whisper does not make. The
distance here counts every edit as 1 except those measured: :data:`CONFUSED_COST` for an edit
seen :data:`MIN_SEEN` times or more in :data:`CONFUSIONS`, the sound edits (said → heard, one
direction) between the words of the 18 calls of ``benchmarks/audio_scoring_agreement.py --voiced
10`` (kept transcripts of main 691b9be) and the reference, in the words misheard no more than
max(2, a third of their sound) apart (a word for another word is not a confusion of sounds).

Word boundaries are not sounds: phrases are compared as their sounds joined, a letter said twice
across a boundary ("qualcosa altro") read once, as :func:`feedback.scoring.names.sound` reads
double letters.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy

CONFUSED_COST = 0.5
MIN_SEEN = 3
# (said, heard) → times seen, MIN_SEEN or more; "" is no sound (a sound lost, or one heard that was not
# said). Seen twice: 18 more Italian edits (d→r, a→o, o→e, v→f…) and 9 English (e→a, r→u, d lost…).
# Sounds are names.sound's: K hard c, C soft c, J soft g, S "sh".
CONFUSIONS: dict[str, dict[tuple[str, str], int]] = {
    "it": {
        ("v", "m"): 46,
        ("r", "v"): 22,
        ("l", "r"): 20,
        ("r", "d"): 15,
        ("r", ""): 12,
        ("n", "l"): 12,
        ("u", ""): 12,
        ("a", ""): 10,
        ("l", ""): 10,
        ("l", "d"): 9,
        ("i", ""): 7,
        ("d", "v"): 7,
        ("r", "m"): 6,
        ("n", ""): 6,
        ("", "e"): 6,
        ("", "r"): 5,
        ("", "m"): 5,
        ("e", "a"): 5,
        ("o", ""): 4,
        ("u", "o"): 4,
        ("v", "n"): 4,
        ("C", "K"): 4,
        ("b", "v"): 4,
        ("b", "m"): 3,
        ("K", ""): 3,
        ("r", "b"): 3,
        ("t", ""): 3,
        ("l", "i"): 3,
        ("b", ""): 3,
        ("e", ""): 3,
        ("p", ""): 3,
        ("", "n"): 3,
        ("e", "i"): 3,
        ("", "v"): 3,
        ("r", "p"): 3,
        ("d", "t"): 3,
        ("l", "n"): 3,
        ("r", "l"): 3,
        ("", "l"): 3,
        ("z", "s"): 3,
        ("s", "n"): 3,
    },
    "en": {
        ("t", ""): 6,
        ("i", "e"): 5,
        ("a", "i"): 5,
        ("g", "t"): 4,
        ("e", ""): 4,
        ("i", ""): 4,
        ("", "a"): 3,
        ("s", ""): 3,
        ("b", "w"): 3,
    },
}


@lru_cache(maxsize=2)
def _cheap(language: str) -> frozenset[tuple[str, str]]:
    return frozenset(edit for edit, seen in CONFUSIONS.get(language, {}).items() if seen >= MIN_SEEN)


@lru_cache(maxsize=4096)
def edit_cost(said: str, heard: str, language: str) -> float:
    """The cost of hearing ``heard`` where ``said`` was said (each a sound or "" for none)."""
    if said == heard:
        return 0.0
    return CONFUSED_COST if (said, heard) in _cheap(language) else 1.0


def weighted_distance(said: str, heard: str, language: str) -> float:
    """How far ``heard`` is from ``said`` (each a sound), each edit costing :func:`edit_cost`: for short
    sounds, where the trie of :class:`SoundIndex` is not worth building."""
    row = [0.0]
    for letter in heard:
        row.append(row[-1] + edit_cost("", letter, language))
    for letter in said:
        previous, row = row, [row[0] + edit_cost(letter, "", language)]
        for position, other in enumerate(heard):
            row.append(
                min(
                    previous[position] + edit_cost(letter, other, language),
                    previous[position + 1] + edit_cost(letter, "", language),
                    row[position] + edit_cost("", other, language),
                )
            )
    return row[-1]


def joined(sounds: list[str] | tuple[str, ...]) -> str:
    """Sounds said one after the other, a sound said twice across a boundary read once."""
    text = ""
    for part in sounds:
        text += part[1:] if text and part and text[-1] == part[0] else part
    return text


@dataclass(frozen=True)
class _Trie:
    """Sounds letter by letter as a trie stored level by level (the n-th letters of every sound in
    one array), so an edit-distance table is computed a level at a time for all sounds that begin alike."""

    letters: str  # every letter the sounds use; a letter is stored as its index here
    parents: tuple[numpy.ndarray, ...]  # per level, each node's parent on the level above
    codes: tuple[numpy.ndarray, ...]  # per level, each node's letter
    ends: tuple[numpy.ndarray, ...]  # per level, the index of the sound ending at each node, -1 for none

    @classmethod
    def of(cls, sounds: list[str]) -> _Trie:
        letters = "".join(sorted({letter for sound in sounds for letter in sound}))
        nodes: list[dict[str, int]] = [{"": 0}]  # per level, prefix → node
        for sound in sounds:
            for depth in range(1, len(sound) + 1):
                if len(nodes) <= depth:
                    nodes.append({})
                nodes[depth].setdefault(sound[:depth], len(nodes[depth]))
        ending = {sound: index for index, sound in enumerate(sounds)}
        levels = range(1, len(nodes))
        return cls(
            letters,
            tuple(numpy.array([nodes[depth - 1][prefix[:-1]] for prefix in nodes[depth]]) for depth in levels),
            tuple(numpy.array([letters.index(prefix[-1]) for prefix in nodes[depth]]) for depth in levels),
            tuple(numpy.array([ending.get(prefix, -1) for prefix in nodes[depth]]) for depth in levels),
        )

    def aligned(self, heard: str, language: str, max_cost: float) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
        """The sounds a start of ``heard`` may be (their indices), the cost of each against every
        start of ``heard`` (heard[:0], heard[:1], …), and of each without its last letter, when
        some start costs ``max_cost`` or less: the edit-distance table of every sound in reach, a
        row per letter, computed a level at a time, leaving a branch once its row is all over
        ``max_cost``."""
        inserted = numpy.array([edit_cost("", letter, language) for letter in heard])
        substituted = numpy.array([[edit_cost(said, letter, language) for letter in heard] for said in self.letters])
        lost = numpy.array([edit_cost(said, "", language) for said in self.letters])
        # Each row's cheapest way to reach heard[:j] by hearing letters not said: a running minimum.
        offset = numpy.concatenate(([0.0], numpy.cumsum(inserted)))
        rows = offset[None, :]
        row_of = numpy.zeros(1, dtype=numpy.int64)  # each node of the level above: its row in rows, -1 out of reach
        found: tuple[list[numpy.ndarray], list[numpy.ndarray], list[numpy.ndarray]] = ([], [], [])
        for parents, codes, ends in zip(self.parents, self.codes, self.ends):
            nodes = numpy.flatnonzero(row_of[parents] >= 0)
            if not len(nodes):
                break
            above, letters = rows[row_of[parents[nodes]]], codes[nodes]
            dropped = lost[letters][:, None]
            reached = numpy.empty_like(above)
            reached[:, :1] = above[:, :1] + dropped
            reached[:, 1:] = numpy.minimum(above[:, :-1] + substituted[letters], above[:, 1:] + dropped)
            new = offset + numpy.minimum.accumulate(reached - offset, axis=1)
            keep = new.min(axis=1) <= max_cost
            done = keep & (ends[nodes] >= 0)
            for part, value in zip(found, (ends[nodes[done]], new[done], above[done])):
                part.append(value)
            row_of = numpy.full(len(parents), -1, dtype=numpy.int64)
            row_of[nodes[keep]] = numpy.arange(int(keep.sum()))
            rows = new[keep]
        if not found[0]:
            return numpy.zeros(0, dtype=numpy.int64), numpy.zeros((0, len(heard) + 1)), numpy.zeros((0, len(heard) + 1))
        index, full, short = (numpy.concatenate(part) for part in found)
        return index, full, short


@dataclass(frozen=True)
class SoundIndex:
    """The sounds a phrase may be made of and which may follow which, to find the phrases of one or
    two of them near a heard sound."""

    sounds: tuple[str, ...]
    forward: _Trie
    backward: _Trie  # the same sounds written backwards
    follows: numpy.ndarray  # [a, b]: sound b may follow sound a in a phrase
    firsts: numpy.ndarray  # each sound's first letter (as a number), for a letter said twice across a boundary
    lasts: numpy.ndarray

    @classmethod
    def of(cls, sounds: list[str], pairs: set[tuple[str, str]]) -> SoundIndex:
        place = {sound: index for index, sound in enumerate(sounds)}
        follows = numpy.zeros((len(sounds), len(sounds)), dtype=bool)
        for before, after in pairs:
            if before in place and after in place:
                follows[place[before], place[after]] = True
        return cls(
            tuple(sounds),
            _Trie.of(sounds),
            _Trie.of([sound[::-1] for sound in sounds]),
            follows,
            numpy.array([ord(sound[0]) if len(sound) > 1 else -1 for sound in sounds]),
            numpy.array([ord(sound[-1]) for sound in sounds]),
        )

    def near(self, heard: str, language: str, max_cost: float) -> dict[tuple[str, ...], float]:
        """The sounds, and the pairs of them one after the other, whose joined sound is at most
        ``max_cost`` from ``heard`` (:func:`edit_cost`), with that cost. A pair's first sound is
        aligned with a start of ``heard`` and its second, found backwards, with the rest."""
        starts, start_rows, _ = self.forward.aligned(heard, language, max_cost)
        ends, end_rows, end_short = self.backward.aligned(heard[::-1], language, max_cost)
        end_rows, end_short = end_rows[:, ::-1], end_short[:, ::-1]
        whole = numpy.flatnonzero(start_rows[:, -1] <= max_cost)
        found = {(self.sounds[starts[index]],): float(start_rows[index, -1]) for index in whole}
        possible = self.follows[numpy.ix_(starts, ends)] & (
            start_rows.min(axis=1)[:, None] + numpy.minimum(end_rows, end_short).min(axis=1)[None, :] <= max_cost
        )
        before, after = numpy.nonzero(possible)
        # A letter said twice across the boundary is said once: the second sound may lose its first letter.
        doubled = self.firsts[ends[after]] == self.lasts[starts[before]]
        rest = numpy.where(doubled[:, None], numpy.minimum(end_rows[after], end_short[after]), end_rows[after])
        costs = (start_rows[before] + rest).min(axis=1)
        for pair in numpy.flatnonzero(costs <= max_cost):
            found[(self.sounds[starts[before[pair]]], self.sounds[ends[after[pair]]])] = float(costs[pair])
        return found
