"""Translation between the criterion rows trainers edit and the engine's definition.

Plain functions over row-like objects (anything with the RubricCriterion
attributes), so that the data migration, working with historical models, builds
the shipped rows exactly as the services do.
"""

from __future__ import annotations

import re
from typing import Any

from feedback.scoring.defaults import DEFAULT_PARAMS
from feedback.scoring.rubric import LANGUAGES, CriterionDefinition

# Row fields that hold a number threshold, named as the params they feed.
NUMBER_PARAMS: tuple[str, ...] = tuple(
    name for params in DEFAULT_PARAMS.values() for name, value in params.items() if not isinstance(value, list)
)
LIST_PARAMS: tuple[str, ...] = ("acronyms",)
CUE_FIELDS: dict[str, str] = {language: f"extra_cues_{language}" for language in LANGUAGES}
# Row fields that only some criteria read.
ROW_SETTINGS: tuple[str, ...] = NUMBER_PARAMS + LIST_PARAMS + tuple(CUE_FIELDS.values())


def criteria_using_param(name: str) -> list[str]:
    """The criterion keys that read threshold `name`."""
    return [key for key, params in DEFAULT_PARAMS.items() if name in params]


def criteria_reading_cues() -> list[str]:
    """The criterion keys whose check reads extra cue phrases (the others have nothing to match them with)."""
    # Imported here, not at module level: the cue module loads spaCy, which the
    # admin needs only when it renders or checks a rubric form.
    from feedback.scoring.cues import EXTRA_CUE_LABEL

    return list(EXTRA_CUE_LABEL)


def criteria_using_field(field: str) -> list[str]:
    """The criterion keys for which the row field `field` (a threshold or extra cues) means something."""
    return criteria_reading_cues() if field in CUE_FIELDS.values() else criteria_using_param(field)


def shipped_value(param: str) -> Any:
    """The value a threshold takes when a row leaves it empty."""
    return DEFAULT_PARAMS[criteria_using_param(param)[0]][param]


def lines(text: str) -> list[str]:
    """One entry per non-empty line, trimmed, first occurrence kept."""
    seen: dict[str, None] = {}
    for line in re.split(r"[\r\n]+", text or ""):
        if line.strip():
            seen.setdefault(" ".join(line.split()), None)
    return list(seen)


def criterion_from_row(row: Any) -> CriterionDefinition:
    """The engine's criterion for an edited row; an empty threshold means the shipped value."""
    params: dict[str, Any] = {}
    for name, shipped in DEFAULT_PARAMS.get(row.key, {}).items():
        if name in LIST_PARAMS:
            params[name] = lines(getattr(row, name).upper()) or list(shipped)
        else:
            edited = getattr(row, name)
            params[name] = shipped if edited is None else edited
    return CriterionDefinition(
        key=row.key,
        weight=row.weight,
        critical=row.critical,
        enabled=row.enabled,
        params=params,
        extra_cues={language: lines(getattr(row, field)) for language, field in CUE_FIELDS.items()},
    )


def row_values(criterion: CriterionDefinition) -> dict[str, Any]:
    """Field values of a row that reproduces `criterion` (thresholds written out explicitly)."""
    values: dict[str, Any] = {
        "key": criterion.key,
        "enabled": criterion.enabled,
        "weight": int(criterion.weight),
        "critical": criterion.critical,
    }
    for name in DEFAULT_PARAMS.get(criterion.key, {}):
        value = criterion.params.get(name, DEFAULT_PARAMS[criterion.key][name])
        values[name] = "\n".join(value) if name in LIST_PARAMS else value
    for language, field in CUE_FIELDS.items():
        values[field] = "\n".join(criterion.extra_cues.get(language, []))
    return values
