"""A scenario page and the role-play scenario JSON, both ways: what the editor validates on save,
what the live call plays, what trainers export and import.

The page's script is a list of customer lines (blocks.CustomerTurnBlock); here it becomes the
engine's :class:`~scenarios.roleplay.scenario.Scenario`, so the CMS, the command and the live
call apply the same rules. A line without reactions goes on to the next line of the script;
a line's reactions come first, then (unless it ends the call) the next line.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from django.db import transaction
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext as _

from scenarios.roleplay.errors import ScenarioError, gettext_noop
from scenarios.roleplay.scenario import (
    Line,
    Scenario,
    scenario_check,
    scenario_dumps,
    scenario_from_dict,
    scenario_loads,
    unreachable_lines,
)

from ..models import Difficulty, ScenarioIndexPage, ScenarioPage

ClipFor = Callable[[Line, int], Any]
# How many replies that deflect or offend the customer takes at each difficulty, unless the
# trainer sets the scenario's patience: at the hardest level two, and the customer hangs up.
PATIENCE_BY_DIFFICULTY = {Difficulty.INTRODUCTORY: None, Difficulty.INTERMEDIATE: 3, Difficulty.ADVANCED: 2}


def scenario_error_message(error: ScenarioError) -> str:
    """The engine's one-line reason in the active language."""
    return _(error.template) % error.params


def line_ids(lines: list[Any]) -> list[str]:
    """Each line's id: the one the trainer gave, else its number in the script."""
    return [(line.get("line_id") or "").strip() or str(number) for number, line in enumerate(lines, start=1)]


def _script_lines(lines: list[Any]) -> list[dict[str, Any]]:
    """The scenario JSON's lines for the script's blocks (StructValues or their dicts)."""
    ids = line_ids(lines)
    result = []
    for index, (line, line_id) in enumerate(zip(lines, ids)):
        reactions = [
            {"when": list(reaction.get("when") or []), "goto": (reaction.get("goto") or "").strip()}
            for reaction in line.get("reactions") or []
        ]
        always = reactions and not reactions[-1]["when"]
        if index + 1 < len(lines) and not line.get("ends_call") and not always:
            reactions.append({"goto": ids[index + 1]})
        result.append({"id": line_id, "say": line.get("text") or "", "hint": line.get("hint") or "", "next": reactions})
    return result


def script_problem(lines: list[Any]) -> str | None:
    """Why the script cannot be saved, in one line naming the lines at fault; None when it can."""
    if not lines:
        return None  # a scenario without a script is kept as a draft; it cannot be practised as a call
    try:
        scenario = scenario_from_dict({"language": "en", "lines": _script_lines(lines)})
    except ScenarioError as error:
        return scenario_error_message(error)
    unreachable = unreachable_lines(scenario)
    if unreachable:
        return _("No reaction leads to the lines %(ids)s: link them or delete them.") % {"ids": ", ".join(unreachable)}
    return None


def _plain(rich_text: str) -> str:
    paragraphs = re.split(r"</(?:p|li|h\d)>", str(rich_text or ""))
    return "\n".join(text for text in (html.unescape(strip_tags(p)).strip() for p in paragraphs) if text)


def _rich(text: str) -> str:
    return "".join(f"<p>{html.escape(paragraph.strip())}</p>" for paragraph in text.split("\n") if paragraph.strip())


def page_patience(page: ScenarioPage) -> int | None:
    return page.patience if page.patience is not None else PATIENCE_BY_DIFFICULTY.get(page.difficulty)


def page_scenario(page: ScenarioPage) -> Scenario:
    """The page as the engine plays it (ScenarioError when its script is empty)."""
    lines = page.customer_turns
    data = {
        "title": page.title,
        "language": page.language,
        "channel": page.channel,
        "customer_name": page.customer_name,
        "company": page.company,
        "requires_verification": page.requires_verification,
        "situation": _plain(page.situation),
        "persona": page.persona,
        "objectives": _plain(page.objectives),
        "difficulty": page.difficulty,
        "patience": page_patience(page),
        "hang_up": page.hang_up,
        "vocabulary": page.vocabulary.splitlines(),
        "lines": _script_lines(lines),
    }
    scenario = scenario_from_dict(data)
    audio = {line_id: line["audio"].file.name for line_id, line in zip(line_ids(lines), lines) if line.get("audio")}
    if not audio:
        return scenario
    return replace(scenario, lines=tuple(replace(line, audio=audio.get(line.id, "")) for line in scenario.lines))


def page_export(page: ScenarioPage) -> str:
    """The scenario JSON of the page's current (latest saved) content."""
    return scenario_dumps(page_scenario(page))


def _script_blocks(scenario: Scenario, clip_for: ClipFor | None) -> list[tuple[str, dict[str, Any]]]:
    """The editor's blocks for a scenario: an entry that goes on to the following line is implicit."""
    blocks = []
    for index, line in enumerate(scenario.lines):
        following = scenario.lines[index + 1].id if index + 1 < len(scenario.lines) else None
        reactions = list(line.next)
        last = reactions[-1] if reactions else None
        chained = last is not None and not last.when and last.goto == following
        if chained:
            reactions.pop()
        blocks.append(
            (
                "customer_turn",
                {
                    "line_id": line.id,
                    "text": line.say,
                    "hint": line.hint,
                    "audio": clip_for(line, index + 1) if clip_for else None,
                    "reactions": [{"when": list(r.when), "goto": r.goto} for r in reactions],
                    "ends_call": following is not None and not chained and line.can_end,
                },
            )
        )
    return blocks


def page_apply_scenario(page: ScenarioPage, scenario: Scenario, clip_for: ClipFor | None = None) -> ScenarioPage:
    """Set the page's fields and script from a scenario. Recorded clips are not carried by the JSON;
    `clip_for(line, number)` may give each line a document."""
    page.title = scenario.title or page.title
    page.language = scenario.language
    page.channel = scenario.channel
    page.customer_name = scenario.customer_name
    page.company = scenario.company
    page.requires_verification = scenario.requires_verification
    page.situation = _rich(scenario.situation)
    page.persona = scenario.persona
    page.objectives = _rich(scenario.objectives)
    if scenario.difficulty is not None:
        page.difficulty = scenario.difficulty
    page.patience = scenario.patience
    page.hang_up = scenario.hang_up
    page.vocabulary = "\n".join(scenario.vocabulary)
    if scenario.start != scenario.lines[0].id:  # the editor's script starts with its first line
        first = scenario.line(scenario.start)
        scenario = _with_lines(scenario, (first, *[line for line in scenario.lines if line is not first]))
    page.script = _script_blocks(scenario, clip_for)
    return page


def _with_lines(scenario: Scenario, lines: tuple) -> Scenario:
    moved = replace(scenario, lines=lines)
    scenario_check(moved)
    return moved


def scenario_import(*, parent: ScenarioIndexPage, data: bytes, user=None) -> ScenarioPage:
    """A new draft scenario page under `parent` from a scenario file; nothing is saved when the file is
    malformed (ScenarioError, one line)."""
    scenario = scenario_loads(data)
    if not scenario.title:
        raise ScenarioError(gettext_noop("the scenario has no title"))
    page = page_apply_scenario(ScenarioPage(live=False), scenario)
    page.slug = _free_slug(parent, slugify(scenario.title) or "scenario")
    page.locale = parent.locale
    with transaction.atomic():
        parent.add_child(instance=page)
        page.save_revision(user=user)
    return page


def _free_slug(parent: ScenarioIndexPage, base: str) -> str:
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug
