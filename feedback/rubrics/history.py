"""What changed between two versions of a rubric, in words a trainer reads.

The version history shows these lines so that a trainer (or a supervisor
wondering why two scores differ) sees what an edit did without reading JSON.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from .labels import criterion_display_name
from .models import Rubric, RubricCriterion, RubricVersion
from .selectors import rubric_versions


@dataclass
class VersionEntry:
    version: RubricVersion
    changes: list[str]


def rubric_version_history(rubric: Rubric) -> list[VersionEntry]:
    """Every version, newest first, each with its changes from the one before."""
    versions = list(rubric_versions(rubric))
    return [
        VersionEntry(
            version=version,
            changes=definition_changes(versions[i + 1].definition, version.definition)
            if i + 1 < len(versions)
            else [_("First version.")],
        )
        for i, version in enumerate(versions)
    ]


def definition_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    changes = []
    for field, label in (("name", _("Name")), ("channel", _("Channel")), ("pass_mark", _("Pass mark"))):
        if old.get(field) != new.get(field):
            changes.append(f"{label}: {old.get(field)} → {new.get(field)}")
    old_criteria = {criterion["key"]: criterion for criterion in old.get("criteria", [])}
    new_criteria = {criterion["key"]: criterion for criterion in new.get("criteria", [])}
    for key, criterion in new_criteria.items():
        name = criterion_display_name(key)
        if key not in old_criteria:
            changes.append(_("%(criterion)s: added.") % {"criterion": name})
            continue
        changes.extend(f"{name}: {change}" for change in _criterion_changes(old_criteria[key], criterion))
    changes.extend(
        _("%(criterion)s: removed.") % {"criterion": criterion_display_name(key)}
        for key in old_criteria
        if key not in new_criteria
    )
    return changes or [_("No change to scoring (saved again).")]


def _criterion_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    changes = []
    if old.get("enabled") != new.get("enabled"):
        changes.append(
            pgettext("criterion change", "enabled") if new.get("enabled") else pgettext("criterion change", "disabled")
        )
    if old.get("weight") != new.get("weight"):
        changes.append(_("weight %(old)s → %(new)s") % {"old": old.get("weight"), "new": new.get("weight")})
    if old.get("critical") != new.get("critical"):
        changes.append(_("now critical") if new.get("critical") else _("no longer critical"))
    old_params, new_params = old.get("params", {}), new.get("params", {})
    for param in sorted(set(old_params) | set(new_params)):
        if old_params.get(param) != new_params.get(param):
            label = RubricCriterion._meta.get_field(param).verbose_name
            changes.append(f"{label} {_format(old_params.get(param))} → {_format(new_params.get(param))}")
    for language in sorted(set(old.get("extra_cues", {})) | set(new.get("extra_cues", {}))):
        before = old.get("extra_cues", {}).get(language, [])
        after = new.get("extra_cues", {}).get(language, [])
        added = [phrase for phrase in after if phrase not in before]
        removed = [phrase for phrase in before if phrase not in after]
        if added:
            changes.append(
                _("extra cues (%(language)s) added: %(phrases)s")
                % {"language": language, "phrases": ", ".join(f"“{p}”" for p in added)}
            )
        if removed:
            changes.append(
                _("extra cues (%(language)s) removed: %(phrases)s")
                % {"language": language, "phrases": ", ".join(f"“{p}”" for p in removed)}
            )
    return changes


def _format(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(item) for item in value) or "—"
    return "—" if value is None else str(value)
