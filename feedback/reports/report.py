"""What a coaching report shows, computed once for the web page and the PDF alike:
criteria with labels and evidence, speech metrics against the rubric's thresholds
(as data for the SVG gauge template) and the transcript with the evidence marked."""

from dataclasses import dataclass, field

from django.utils import formats, translation
from django.utils.translation import gettext

from feedback.scoring.defaults import criterion_param
from feedback.scoring.labels import criterion_label
from feedback.scoring.rubric import RubricDefinition

from .models import Dispute, Scorecard

GAUGE_WIDTH = 320
SUMMARY_ITEMS = 3  # strengths and things to work on first: a reader acts on two or three, not fifteen


def clock(seconds: float | None) -> str:
    """`m:ss` for a time in seconds, or an empty string when the time is unknown."""
    if seconds is None:
        return ""
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


@dataclass
class Gauge:
    """One speech metric drawn as a bar on a scale with the acceptable band shaded."""

    key: str
    label: str
    value: float
    unit: str
    low: float
    high: float
    scale: float
    ok: bool
    width: int = GAUGE_WIDTH

    def x(self, amount: float) -> float:
        return round(min(amount, self.scale) / self.scale * self.width, 1)

    @property
    def value_x(self) -> float:
        return self.x(self.value)

    @property
    def band_x(self) -> float:
        return self.x(self.low)

    @property
    def band_width(self) -> float:
        return round(self.x(self.high) - self.x(self.low), 1)

    @property
    def ticks(self) -> list[tuple[float, str]]:
        return [
            (self.x(t), formats.localize(int(t) if t == int(t) else t))
            for t in sorted({self.low, self.high})
            if 0 < t < self.scale
        ]


@dataclass
class TranscriptPart:
    text: str
    marks: list[str] = field(default_factory=list)  # result of the criteria this text is evidence for


def _param(rubric: RubricDefinition, key: str, name: str):
    criterion = rubric.criterion(key)
    return criterion_param(criterion, name) if criterion is not None and criterion.enabled else None


def metric_gauges(metrics: dict, rubric: RubricDefinition, language: str) -> list[Gauge]:
    """Gauges for the speech metrics this rubric has thresholds for (a disabled criterion has none)."""
    max_ratio = _param(rubric, "talk_ratio", "max_ratio")
    with translation.override(language):
        words_per_minute = gettext("wpm")
    specs = {
        # criterion: (metric, unit, display factor, low, high, smallest scale)
        "speaking_pace": (
            "agent_wpm",
            words_per_minute,
            1,
            _param(rubric, "speaking_pace", "min_wpm"),
            _param(rubric, "speaking_pace", "max_wpm"),
            240,
        ),
        "filler_words": ("fillers_per_100_words", "/100", 1, 0, _param(rubric, "filler_words", "max_per_100"), 8),
        "dead_air": ("longest_gap_s", "s", 1, 0, _param(rubric, "dead_air", "max_gap_s"), 12),
        "talk_ratio": ("agent_talk_ratio", "%", 100, 0, None if max_ratio is None else max_ratio * 100, 100),
    }
    gauges = []
    for key, (metric, unit, factor, low, high, smallest_scale) in specs.items():
        if metrics.get(metric) is None or low is None or high is None:
            continue
        value = round(metrics[metric] * factor, 1)
        gauges.append(
            Gauge(
                key=key,
                label=criterion_label(key, language),
                value=value,
                unit=unit,
                low=low,
                high=high,
                scale=max(smallest_scale, high * 1.25, value * 1.1),
                ok=low <= value <= high,
            )
        )
    return gauges


def transcript_turns(transcript: dict, criteria: list[dict]) -> list[dict]:
    """Segments with clock times and the evidence sentences marked inside their text."""
    evidence = [
        (item["text"], criterion["result"])
        for criterion in criteria
        for item in criterion.get("evidence") or []
        if item.get("text")
    ]
    turns = []
    for segment in transcript.get("segments", []):
        text = segment.get("text", "")
        start = segment.get("start", segment.get("at"))
        turns.append(
            {
                "speaker": segment.get("speaker", ""),
                "start": start,
                "clock": clock(start),
                "visibility": segment.get("visibility", ""),
                "parts": _mark(text, [(e, r) for e, r in evidence if e in text]),
            }
        )
    return turns


def _mark(text: str, found: list[tuple[str, str]]) -> list[TranscriptPart]:
    """Split `text` into plain and evidence parts (an evidence span keeps every result it supports)."""
    spans: dict[tuple[int, int], list[str]] = {}
    for sentence, result in found:
        begin = text.find(sentence)
        spans.setdefault((begin, begin + len(sentence)), []).append(result)
    parts, cursor = [], 0
    for (begin, end), marks in sorted(spans.items()):
        if begin < cursor:  # overlapping evidence stays inside the span already marked
            continue
        if begin > cursor:
            parts.append(TranscriptPart(text[cursor:begin]))
        parts.append(TranscriptPart(text[begin:end], sorted(set(marks))))
        cursor = end
    if cursor < len(text):
        parts.append(TranscriptPart(text[cursor:]))
    return parts


def report_summary(criteria: list[dict]) -> dict:
    """What the report says first: the strengths (passed criteria, weightiest first) and the two or
    three things to work on first (failed criteria: critical ones, then by weight). A criterion left
    for the supervisor's check is neither."""

    def weightiest(items):
        return sorted(items, key=lambda c: (not c.get("critical"), -c.get("weight", 0)))[:SUMMARY_ITEMS]

    scored = [c for c in criteria if not (c.get("review") and not c.get("override"))]
    return {
        "strengths": weightiest(c for c in scored if c["result"] == "pass"),
        "focus": weightiest(c for c in scored if c["result"] == "fail"),
    }


def _criterion_shown(criterion: dict, language: str) -> dict:
    """A criterion as the report shows it. Once a person changed its result, the automatic
    message and tip no longer describe it: the reviewer's reason does (the audit keeps both)."""
    shown = {
        **criterion,
        "label": criterion_label(criterion["key"], language),
        "evidence": [
            {**item, "clock": clock(item.get("start", item.get("at")))} for item in criterion.get("evidence") or []
        ],
    }
    if criterion.get("override"):
        shown.update(message="", tip="", automatic_message=criterion.get("message", ""))
    return shown


def report_context(scorecard: Scorecard, *, language: str) -> dict:
    """Everything the report templates show, in `language` for labels."""
    rubric = RubricDefinition.from_dict(scorecard.rubric_version.definition)
    criteria = [_criterion_shown(criterion, language) for criterion in scorecard.result["criteria"]]
    stored = scorecard.pk is not None  # the coach command renders a scorecard it never saves
    overrides = list(scorecard.overrides.select_related("user")) if stored else []
    disputes = list(scorecard.disputes.select_related("created_by", "resolved_by")) if stored else []
    for item in overrides + disputes:
        item.label = criterion_label(item.criterion, language)
    disputed = {d.criterion for d in disputes if d.status == Dispute.Status.OPEN}
    return {
        "scorecard": scorecard,
        "agent_name": str(scorecard.agent) if scorecard.agent_id else scorecard.transcript.get("agent_name", "—"),
        "rubric": scorecard.rubric_version.rubric,
        "rubric_name": scorecard.rubric_version.rubric.name_in(language),
        "rubric_version": scorecard.rubric_version,
        "result": scorecard.result,
        "criteria": criteria,
        "failed_critical": [c for c in criteria if c["critical"] and c["result"] == "fail"],
        "summary": report_summary(criteria),
        "gauges": metric_gauges(scorecard.result.get("metrics") or {}, rubric, language),
        "turns": transcript_turns(scorecard.transcript, scorecard.result["criteria"]),
        "overrides": overrides,
        "action_items": list(scorecard.action_items.all()) if stored else [],
        "disputes": disputes,
        "disputed": disputed,
        "disputable": [c for c in criteria if c["key"] not in disputed],
        "report_language": language,
    }
