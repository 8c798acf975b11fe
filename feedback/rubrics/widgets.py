"""Admin widgets that offer each criterion row only the settings it uses.

Wagtail's `w-rules` Stimulus controller (on the rubric form) disables what does
not apply: criteria of the other channel in the criterion menu, and thresholds
or extra cues a row's criterion does not read. The server validates the same
rules (forms.py).
"""

import json

from django import forms

from feedback.scoring.rubric import CRITERION_KEYS

from .labels import criterion_display_name
from .rows import criteria_using_field

ALL_CRITERION_KEYS: tuple[str, ...] = tuple(dict.fromkeys(key for keys in CRITERION_KEYS.values() for key in keys))


def _rules(field: str, values: list[str]) -> dict[str, str]:
    return {"data-w-rules-target": "enable", "data-w-rules": json.dumps({field: values})}


class CriterionSelect(forms.Select):
    """The criteria the engine knows, named in the UI language; only the rubric channel's are selectable."""

    def __init__(self, attrs=None):
        super().__init__(
            attrs, choices=[("", "---------")] + [(key, criterion_display_name(key)) for key in ALL_CRITERION_KEYS]
        )

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if value:
            channels = [channel for channel, keys in CRITERION_KEYS.items() if value in keys]
            option["attrs"].update(_rules("channel", channels))
        return option


class RowRuleMixin:
    """Enables the input only when its row's criterion reads the field (a disabled input is not submitted)."""

    def get_context(self, name, value, attrs):
        row_prefix, field = name.rsplit("-", 1)
        attrs = {**(attrs or {}), **_rules(f"{row_prefix}-key", criteria_using_field(field))}
        return super().get_context(name, value, attrs)


class RowNumberInput(RowRuleMixin, forms.NumberInput):
    def __init__(self, attrs=None):
        super().__init__(attrs={"step": "any", **(attrs or {})})


class RowTextarea(RowRuleMixin, forms.Textarea):
    def __init__(self, attrs=None):
        super().__init__(attrs={"rows": 3, **(attrs or {})})
