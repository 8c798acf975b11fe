"""Progress over time, read from scorecards' effective results.

Per agent (seen by the agent, their supervisors and trainers): the score trend and the
pass rate of each criterion. Per team (supervisors and trainers only): which criteria
fail most often among SUBMITTED reports and which agent needs coaching on what. No
ranking of agents is computed: coaching is individual.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from academy.teams.models import Team
from academy.teams.selectors import teams_visible_to
from feedback.scoring.labels import criterion_label

from .hooks import practice_links
from .models import Scorecard
from .selectors import scorecards_visible_to

# An agent "needs coaching" on a criterion failed in at least this share of their submitted reports.
COACHING_FAIL_RATE = 0.5
# The trend chart draws an agent's latest reports only: past this a line is too dense to read.
TREND_POINTS = 50
# What trends and rates read of a scorecard (never the transcript), and of its agent.
PROGRESS_FIELDS = ("agent", "created_at", "score", "passed", "submitted_at", "result", "rubric_version")
AGENT_NAME_FIELDS = ("agent__username", "agent__first_name", "agent__last_name")


@dataclass
class CriterionRate:
    key: str
    label: str
    passed: int = 0
    failed: int = 0
    practice: list[tuple[str, str]] = field(default_factory=list)

    @property
    def counted(self) -> int:
        return self.passed + self.failed

    @property
    def pass_rate(self) -> int:
        return round(100 * self.passed / self.counted) if self.counted else 0

    @property
    def fail_rate(self) -> int:
        return 100 - self.pass_rate if self.counted else 0


def criterion_rates(scorecards, language: str) -> list[CriterionRate]:
    """Pass and fail counts of each criterion over `scorecards` (na left out), in rubric order."""
    rates: dict[str, CriterionRate] = {}
    for scorecard in scorecards:
        for criterion in scorecard.result["criteria"]:
            rate = rates.setdefault(
                criterion["key"], CriterionRate(criterion["key"], criterion_label(criterion["key"], language))
            )
            rate.passed += criterion["result"] == "pass"
            rate.failed += criterion["result"] == "fail"
    return [rate for rate in rates.values() if rate.counted]


def agent_progress(scorecards: QuerySet[Scorecard], language: str) -> dict:
    """Score trend (oldest first, the latest TREND_POINTS reports) and pass rate per criterion of
    all of one agent's reports, reading only the columns they need."""
    ordered = list(scorecards.select_related(None).only(*PROGRESS_FIELDS).order_by("created_at"))
    return {
        "trend": [(s.created_at, s.score, s.passed) for s in ordered[-TREND_POINTS:]],
        "rates": criterion_rates(ordered, language),
        "count": len(ordered),
        "pass_mark": ordered[-1].rubric_version.definition.get("pass_mark", 80) if ordered else 80,
        "submitted": sum(1 for s in ordered if s.submitted_at),
    }


def team_get_for_user(*, user, pk: int) -> Team:
    """A team whose statistics `user` may see: trainers see every team, supervisors their own."""
    try:
        return teams_visible_to(user).get(pk=pk)
    except Team.DoesNotExist:
        raise Http404("No such team") from None


def team_coaching(team: Team, language: str, *, viewer) -> dict:
    """Coaching opportunities of a team, from the reports its agents shared with `viewer` (submitted ones).

    Reads the team's submitted reports in one query (only the columns the rates need) and
    the practice links of every criterion shown in one call, whatever the team's size."""
    scorecards = list(
        scorecards_visible_to(viewer)
        .filter(agent__teams=team)
        .exclude(agent=viewer)
        .select_related(None)
        .select_related("agent")
        .only(*PROGRESS_FIELDS, *AGENT_NAME_FIELDS)
    )
    by_agent = defaultdict(list)
    for scorecard in scorecards:
        by_agent[scorecard.agent].append(scorecard)
    most_failed = sorted(
        (r for r in criterion_rates(scorecards, language) if r.failed), key=lambda r: (-r.fail_rate, -r.failed)
    )
    needs = []
    for agent, own in sorted(by_agent.items(), key=lambda item: str(item[0]).lower()):
        weak = [r for r in criterion_rates(own, language) if r.failed and r.failed / r.counted >= COACHING_FAIL_RATE]
        needs.append({"agent": agent, "reports": len(own), "criteria": weak})
    shown = most_failed + [rate for row in needs for rate in row["criteria"]]
    links = practice_links({rate.key for rate in shown}, language)
    for rate in shown:
        rate.practice = links[rate.key]
    return {"team": team, "submitted": len(scorecards), "most_failed": most_failed, "needs": needs}


# A team's trend compares the submitted reports of the last TREND_DAYS with the TREND_DAYS before.
TREND_DAYS = 30


@dataclass(frozen=True)
class TeamTrend:
    team_id: int
    name: str
    recent: int
    recent_passed: int
    earlier: int
    earlier_passed: int

    @staticmethod
    def _rate(passed: int, total: int) -> float | None:
        return 100 * passed / total if total else None

    @property
    def recent_rate(self) -> float | None:
        return self._rate(self.recent_passed, self.recent)

    @property
    def change(self) -> float | None:
        """Pass rate now minus pass rate then, in points; None when either period has no report."""
        earlier = self._rate(self.earlier_passed, self.earlier)
        return None if earlier is None or self.recent_rate is None else self.recent_rate - earlier


def team_trends(*, viewer) -> list[TeamTrend]:
    """Each team `viewer` follows: submitted reports and pass rate in the last TREND_DAYS against the
    TREND_DAYS before, in one grouped query whatever the number of reports."""
    now = timezone.now()
    recent, earlier = now - timedelta(days=TREND_DAYS), now - timedelta(days=2 * TREND_DAYS)
    in_recent, in_earlier = Q(submitted_at__gte=recent), Q(submitted_at__lt=recent)
    rows = (
        scorecards_visible_to(viewer)
        .filter(submitted_at__gte=earlier, agent__teams__in=teams_visible_to(viewer))
        .order_by()
        .values("agent__teams", "agent__teams__name")
        .annotate(
            recent=Count("pk", filter=in_recent),
            recent_passed=Count("pk", filter=in_recent & Q(passed=True)),
            earlier=Count("pk", filter=in_earlier),
            earlier_passed=Count("pk", filter=in_earlier & Q(passed=True)),
        )
    )
    return sorted(
        (
            TeamTrend(
                row["agent__teams"],
                row["agent__teams__name"],
                row["recent"],
                row["recent_passed"],
                row["earlier"],
                row["earlier_passed"],
            )
            for row in rows
        ),
        key=lambda trend: trend.name,
    )
