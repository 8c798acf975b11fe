"""Rubric definitions as plain data.

A rubric is data that trainers edit and that a stored score must be able to
replay, so it travels as a JSON-able dict (``RubricVersion.definition``) and is
turned into these dataclasses only at the edge; the engine never sees Django.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LANGUAGES = ("it", "en")
CHANNELS = ("phone", "social")

# The criteria the engine has a check for, per channel, in the order reports show them.
CRITERION_KEYS: dict[str, tuple[str, ...]] = {
    "phone": (
        "greeting",
        "customer_name",
        "empathy",
        "ownership",
        "commitment_time",
        "hold_etiquette",
        "verification",
        "discovery_question",
        "resolution_check",
        "closing",
        "professional_language",
        "filler_words",
        "speaking_pace",
        "dead_air",
        "talk_ratio",
    ),
    "social": (
        "greeting",
        "customer_name",
        "empathy",
        "ownership",
        "commitment_time",
        "private_channel",
        "reply_length",
        "tone",
        "signature",
        "closing",
        "professional_language",
        "response_time",
    ),
}


class RubricError(ValueError):
    """A rubric definition that cannot be scored with (one-line message)."""


def _empty_cues() -> dict[str, list[str]]:
    return {language: [] for language in LANGUAGES}


@dataclass
class CriterionDefinition:
    """One criterion of a rubric: its weight, critical flag, thresholds and extra cues."""

    key: str
    weight: float
    critical: bool = False
    enabled: bool = True
    params: dict[str, Any] = field(default_factory=dict)
    extra_cues: dict[str, list[str]] = field(default_factory=_empty_cues)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CriterionDefinition:
        if not isinstance(data, dict) or not isinstance(data.get("key"), str) or not data["key"]:
            raise RubricError("every criterion needs a 'key'")
        key = data["key"]
        weight = data.get("weight", 0)
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or weight < 0:
            raise RubricError(f"criterion {key}: 'weight' must be a number ≥ 0")
        params = data.get("params") or {}
        if not isinstance(params, dict):
            raise RubricError(f"criterion {key}: 'params' must be an object")
        cues = _empty_cues()
        raw_cues = data.get("extra_cues") or {}
        if not isinstance(raw_cues, dict):
            raise RubricError(f"criterion {key}: 'extra_cues' must map a language to a list of phrases")
        for language, phrases in raw_cues.items():
            if language not in LANGUAGES:
                raise RubricError(f"criterion {key}: unknown cue language {language!r} (use it or en)")
            if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
                raise RubricError(f"criterion {key}: extra cues for {language} must be a list of phrases")
            cues[language] = [p.strip() for p in phrases if p.strip()]
        return cls(
            key=key,
            weight=weight,
            critical=bool(data.get("critical", False)),
            enabled=bool(data.get("enabled", True)),
            params=dict(params),
            extra_cues=cues,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "enabled": self.enabled,
            "weight": self.weight,
            "critical": self.critical,
            "params": dict(self.params),
            "extra_cues": {language: list(self.extra_cues.get(language, [])) for language in LANGUAGES},
        }


@dataclass
class RubricDefinition:
    """A whole rubric: the unit a score is computed with and a version freezes."""

    slug: str
    name: str
    channel: str
    criteria: list[CriterionDefinition]
    pass_mark: float = 80

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RubricDefinition:
        if not isinstance(data, dict):
            raise RubricError("a rubric definition must be an object")
        channel = data.get("channel")
        if channel not in CHANNELS:
            raise RubricError(f"unknown rubric channel {channel!r} (use phone or social)")
        raw_criteria = data.get("criteria")
        if not isinstance(raw_criteria, list) or not raw_criteria:
            raise RubricError("a rubric needs a non-empty 'criteria' list")
        criteria = [CriterionDefinition.from_dict(item) for item in raw_criteria]
        _check_keys(channel, [criterion.key for criterion in criteria])
        pass_mark = data.get("pass_mark", 80)
        if isinstance(pass_mark, bool) or not isinstance(pass_mark, (int, float)) or not 0 <= pass_mark <= 100:
            raise RubricError("'pass_mark' must be a number between 0 and 100")
        slug = data.get("slug") or ""
        return cls(
            slug=str(slug), name=str(data.get("name") or slug), channel=channel, criteria=criteria, pass_mark=pass_mark
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "slug": self.slug,
            "name": self.name,
            "channel": self.channel,
            "pass_mark": self.pass_mark,
            "criteria": [criterion.to_dict() for criterion in self.criteria],
        }

    def criterion(self, key: str) -> CriterionDefinition | None:
        return next((criterion for criterion in self.criteria if criterion.key == key), None)


def _check_keys(channel: str, keys: list[str]) -> None:
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    if duplicates:
        raise RubricError(f"criterion listed twice: {', '.join(duplicates)}")
    unknown = [key for key in keys if key not in CRITERION_KEYS[channel]]
    if unknown:
        raise RubricError(f"unknown criterion for a {channel} rubric: {', '.join(unknown)}")
