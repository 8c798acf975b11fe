"""How far an automatic criterion can be trusted: its pass/fail against the human one.

Plain Python. Each human judgement of a criterion (a supervisor's review, an override, an
agreed calibration answer) is paired with the automatic result it judged. A failure is
what the automatic scoring flags, so precision and recall are those of "fail": of the
fails it gave, how many people upheld (precision); of the fails people found, how many it
gave (recall). Pairs where either side is "not applicable" count in the agreement only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from .agreement import Share


class Pair(NamedTuple):
    group: Hashable
    criterion: str
    automatic: str
    human: str


@dataclass
class Trust:
    fail_upheld: int = 0  # automatic fail, human fail
    fail_overturned: int = 0  # automatic fail, human pass
    fail_missed: int = 0  # automatic pass, human fail
    pass_upheld: int = 0  # automatic pass, human pass
    na_agreed: int = 0
    na_disagreed: int = 0

    def add(self, automatic: str, human: str) -> None:
        if "na" in (automatic, human):
            if automatic == human:
                self.na_agreed += 1
            else:
                self.na_disagreed += 1
        elif automatic == "fail":
            if human == "fail":
                self.fail_upheld += 1
            else:
                self.fail_overturned += 1
        elif human == "fail":
            self.fail_missed += 1
        else:
            self.pass_upheld += 1

    @property
    def judged(self) -> int:
        return (
            self.fail_upheld
            + self.fail_overturned
            + self.fail_missed
            + self.pass_upheld
            + self.na_agreed
            + self.na_disagreed
        )

    @property
    def agreement(self) -> Share:
        return Share(self.fail_upheld + self.pass_upheld + self.na_agreed, self.judged)

    @property
    def precision(self) -> Share:
        """Of the fails the automatic scoring gave, the share people upheld."""
        return Share(self.fail_upheld, self.fail_upheld + self.fail_overturned)

    @property
    def recall(self) -> Share:
        """Of the fails people found, the share the automatic scoring gave."""
        return Share(self.fail_upheld, self.fail_upheld + self.fail_missed)


def criterion_trust(pairs: Iterable[Pair]) -> dict[Hashable, dict[str, Trust]]:
    """group → criterion → Trust, groups and criteria in the order first met."""
    table: dict[Hashable, dict[str, Trust]] = defaultdict(lambda: defaultdict(Trust))
    for pair in pairs:
        table[pair.group][pair.criterion].add(pair.automatic, pair.human)
    return {group: dict(criteria) for group, criteria in table.items()}
