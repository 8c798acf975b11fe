"""How far reviewers agree with each other, with the automatic result and with the agreed answer.

Plain Python on plain values (no Django), so the figures are easy to check by hand:
agreement is the share of matching answers. Between reviewers it is counted over pairs:
three reviewers answering pass, pass, fail on one criterion make three pairs, one of
which matches (1/3). A reviewer's agreement with the others is the share of the pairs
they belong to that match.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from itertools import combinations

Reviewer = Hashable


@dataclass(frozen=True)
class Judgement:
    """Everything said about one criterion of one conversation."""

    conversation: Hashable
    criterion: str
    automatic: str
    answers: dict[Reviewer, str]
    agreed: str | None = None


@dataclass
class Share:
    """`matching` of `total`; `ratio` is None when nothing was counted."""

    matching: int = 0
    total: int = 0

    def add(self, matches: bool) -> None:
        self.total += 1
        self.matching += int(matches)

    @property
    def ratio(self) -> float | None:
        return self.matching / self.total if self.total else None

    @property
    def percent(self) -> int | None:
        return None if self.ratio is None else round(100 * self.ratio)


@dataclass
class Agreement:
    between_reviewers: Share = field(default_factory=Share)
    with_automatic: Share = field(default_factory=Share)
    with_agreed: Share = field(default_factory=Share)
    automatic_with_agreed: Share = field(default_factory=Share)


@dataclass
class SessionAgreement:
    overall: Agreement
    per_criterion: dict[str, Agreement]
    per_reviewer: dict[Reviewer, Agreement]


def session_agreement(judgements: Iterable[Judgement]) -> SessionAgreement:
    """Agreement per criterion, per reviewer and overall over `judgements`."""
    overall = Agreement()
    per_criterion: dict[str, Agreement] = defaultdict(Agreement)
    per_reviewer: dict[Reviewer, Agreement] = defaultdict(Agreement)
    for judgement in judgements:
        targets = (overall, per_criterion[judgement.criterion])
        for first, second in combinations(sorted(judgement.answers, key=str), 2):
            matches = judgement.answers[first] == judgement.answers[second]
            for target in targets:
                target.between_reviewers.add(matches)
            per_reviewer[first].between_reviewers.add(matches)
            per_reviewer[second].between_reviewers.add(matches)
        for reviewer, answer in judgement.answers.items():
            for target in (*targets, per_reviewer[reviewer]):
                target.with_automatic.add(answer == judgement.automatic)
                if judgement.agreed is not None:
                    target.with_agreed.add(answer == judgement.agreed)
        if judgement.agreed is not None:
            for target in targets:
                target.automatic_with_agreed.add(judgement.automatic == judgement.agreed)
    return SessionAgreement(overall=overall, per_criterion=dict(per_criterion), per_reviewer=dict(per_reviewer))


def majority(answers: Iterable[str]) -> str | None:
    """The most frequent answer, None on a tie or without answers: a starting point for the agreed answer."""
    counts: dict[str, int] = defaultdict(int)
    for answer in answers:
        counts[answer] += 1
    if not counts:
        return None
    best = max(counts.values())
    leaders = [answer for answer, count in counts.items() if count == best]
    return leaders[0] if len(leaders) == 1 else None
