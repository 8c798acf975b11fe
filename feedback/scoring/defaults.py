"""The shipped `phone` and `social` rubrics of ../shared/specs/default-rubrics.md.

Used by the data migration that creates the default rubrics, and by the
`score_transcript` command when no database is available.
"""

from __future__ import annotations

from typing import Any

from feedback.scoring.rubric import CRITERION_KEYS, CriterionDefinition, RubricDefinition, RubricError

# Thresholds trainers may edit; a rubric whose params omit one falls back to these.
DEFAULT_PARAMS: dict[str, dict[str, Any]] = {
    "filler_words": {"max_per_100": 3.0, "min_words": 20},
    "speaking_pace": {"min_wpm": 110, "max_wpm": 180, "min_seconds": 20},
    "dead_air": {"max_gap_s": 5.0},
    "talk_ratio": {"max_ratio": 0.65},
    "reply_length": {"max_chars": 280},
    "response_time": {"max_seconds": 300},
    # Words of fewer than four letters are never shouting, so only longer acronyms are listed.
    "tone": {
        "acronyms": [
            "ADSL",
            "VDSL",
            "FTTH",
            "FTTC",
            "IBAN",
            "SEPA",
            "GDPR",
            "SPID",
            "INPS",
            "TARI",
            "ISEE",
            "WIFI",
            "HTTP",
            "HTTPS",
            "IMEI",
            "ESIM",
            "NASA",
            "UEFA",
        ]
    },
}

# (weight, critical) per criterion, as the spec's tables fix them.
_WEIGHTS: dict[str, dict[str, tuple[int, bool]]] = {
    "phone": {
        "greeting": (10, False),
        "customer_name": (5, False),
        "empathy": (10, False),
        "ownership": (15, True),
        "commitment_time": (10, False),
        "hold_etiquette": (5, False),
        "verification": (10, False),
        "discovery_question": (10, False),
        "resolution_check": (5, False),
        "closing": (10, False),
        "professional_language": (10, True),
        "filler_words": (5, False),
        "speaking_pace": (5, False),
        "dead_air": (5, False),
        "talk_ratio": (5, False),
    },
    "social": {
        "greeting": (10, False),
        "customer_name": (10, False),
        "empathy": (10, False),
        "ownership": (15, True),
        "commitment_time": (10, False),
        "private_channel": (15, True),
        "reply_length": (5, False),
        "tone": (10, False),
        "signature": (5, False),
        "closing": (10, False),
        "professional_language": (10, True),
        "response_time": (5, False),
    },
}

_NAMES = {"phone": "Phone call", "social": "Social media"}


def default_rubric_definition(slug: str) -> RubricDefinition:
    """A fresh copy of the shipped rubric `phone` or `social` (callers may edit it)."""
    if slug not in CRITERION_KEYS:
        raise RubricError(f"no built-in rubric {slug!r} (use phone or social)")
    criteria = [
        CriterionDefinition(
            key=key,
            weight=_WEIGHTS[slug][key][0],
            critical=_WEIGHTS[slug][key][1],
            params={
                name: (list(value) if isinstance(value, list) else value)
                for name, value in DEFAULT_PARAMS.get(key, {}).items()
            },
        )
        for key in CRITERION_KEYS[slug]
    ]
    return RubricDefinition(slug=slug, name=_NAMES[slug], channel=slug, criteria=criteria, pass_mark=80)


def criterion_param(criterion: CriterionDefinition, name: str) -> Any:
    """A threshold of the criterion, falling back to the shipped value when the rubric omits it."""
    return criterion.params.get(name, DEFAULT_PARAMS[criterion.key][name])
