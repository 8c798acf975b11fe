"""The role-play scenario JSON (interfaces.md): read and validated once, written back the same way.

Everything that plays or stores a scenario (the ``roleplay`` command, the CMS import and
export, the live call) holds a :class:`Scenario`, so a malformed file is refused in one
place with one line naming the problem.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from feedback.scoring.replies import CONDITIONS
from scenarios.roleplay.errors import ScenarioError, gettext_noop

LANGUAGES = ("it", "en")
MAX_FILE_BYTES = 1024 * 1024
_TEXT_FIELDS = ("title", "customer_name", "company", "situation", "persona", "objectives", "hang_up")


@dataclass(frozen=True)
class Reaction:
    """Go to `goto` when every condition of `when` holds for the agent's reply (none: always)."""

    goto: str
    when: tuple[str, ...] = ()


@dataclass(frozen=True)
class Line:
    """One thing the customer says, and where the call goes after the agent's reply."""

    id: str
    say: str
    hint: str = ""
    audio: str = ""  # the trainer's recording, a path relative to the scenario file
    next: tuple[Reaction, ...] = ()

    @property
    def can_end(self) -> bool:
        """No entry always holds, so the call may end after this line."""
        return all(reaction.when for reaction in self.next)


@dataclass(frozen=True)
class Scenario:
    title: str
    language: str
    lines: tuple[Line, ...]
    start: str
    channel: str = "phone"
    customer_name: str = ""
    company: str = ""
    requires_verification: bool = False
    situation: str = ""
    persona: str = ""
    objectives: str = ""
    vocabulary: tuple[str, ...] = ()
    # How many replies that deflect or offend (see call.LOSING_PATIENCE) the customer takes
    # before hanging up; None: any number. What they say then is `hang_up`.
    patience: int | None = None
    hang_up: str = ""
    difficulty: int | None = None  # 1 introductory, 2 intermediate, 3 advanced
    by_id: dict[str, Line] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {line.id: line for line in self.lines})

    def line(self, line_id: str) -> Line:
        return self.by_id[line_id]


def scenario_read(path: str | Path) -> Scenario:
    """A scenario file; ScenarioError (one line, without the path) when it is missing,
    unreadable or malformed."""
    path = Path(path)
    try:
        if not path.is_file():
            raise ScenarioError(gettext_noop("no such file"))
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ScenarioError(gettext_noop("the file is larger than 1 MB"))
        data = path.read_bytes()
    except OSError as error:
        raise ScenarioError(
            gettext_noop("cannot read the file (%(reason)s)"), reason=error.strerror or str(error)
        ) from None
    return scenario_loads(data)


def scenario_loads(data: bytes | str) -> Scenario:
    """A scenario from the bytes of a JSON file."""
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
        parsed = json.loads(text)
    except UnicodeDecodeError:
        raise ScenarioError(gettext_noop("the scenario is not UTF-8 text")) from None
    except ValueError as error:
        raise ScenarioError(gettext_noop("the scenario is not valid JSON: %(reason)s"), reason=str(error)) from None
    return scenario_from_dict(parsed)


def scenario_dumps(scenario: Scenario) -> str:
    return json.dumps(scenario_to_dict(scenario), ensure_ascii=False, indent=2) + "\n"


def scenario_from_dict(data: Any) -> Scenario:
    """Validate the scenario JSON and build the Scenario; ScenarioError names the first problem."""
    if not isinstance(data, dict):
        raise ScenarioError(gettext_noop("a scenario must be a JSON object with its lines"))
    language = data.get("language")
    if language not in LANGUAGES:
        raise ScenarioError(gettext_noop("unknown language %(value)s (use it or en)"), value=repr(language))
    channel = data.get("channel", "phone")
    if channel != "phone":
        raise ScenarioError(gettext_noop("unknown channel %(value)s (role-plays are phone calls)"), value=repr(channel))
    texts = {}
    for name in _TEXT_FIELDS:
        value = data.get(name) or ""
        if not isinstance(value, str):
            raise ScenarioError(gettext_noop("'%(field)s' must be text"), field=name)
        texts[name] = value.strip()
    vocabulary = data.get("vocabulary") or []
    if not isinstance(vocabulary, list) or not all(isinstance(word, str) for word in vocabulary):
        raise ScenarioError(gettext_noop("'vocabulary' must be a list of words"))
    patience = data.get("patience")
    if patience is not None and (isinstance(patience, bool) or not isinstance(patience, int) or patience < 1):
        raise ScenarioError(gettext_noop("'patience' must be a whole number of at least 1"))
    difficulty = data.get("difficulty")
    if difficulty is not None and difficulty not in (1, 2, 3):
        raise ScenarioError(gettext_noop("'difficulty' must be 1, 2 or 3"))
    raw_lines = data.get("lines")
    if not isinstance(raw_lines, list) or not raw_lines:
        raise ScenarioError(gettext_noop("the scenario has no lines"))
    lines = tuple(_line(item, number) for number, item in enumerate(raw_lines, start=1))
    start = data.get("start") or lines[0].id
    scenario = Scenario(
        language=language,
        channel=channel,
        lines=lines,
        start=start if isinstance(start, str) else "",
        requires_verification=bool(data.get("requires_verification", False)),
        vocabulary=tuple(word.strip() for word in vocabulary if word.strip()),
        patience=patience,
        difficulty=difficulty,
        **texts,
    )
    scenario_check(scenario)
    return scenario


def _line(item: Any, number: int) -> Line:
    if not isinstance(item, dict):
        raise ScenarioError(gettext_noop("line %(number)d is not an object"), number=number)
    line_id = item.get("id")
    if not isinstance(line_id, str) or not line_id.strip():
        raise ScenarioError(gettext_noop("line %(number)d has no id"), number=number)
    line_id = line_id.strip()
    values = {}
    for name in ("say", "hint", "audio"):
        value = item.get(name) or ""
        if not isinstance(value, str):
            raise ScenarioError(gettext_noop("line %(id)s: '%(field)s' must be text"), id=line_id, field=name)
        values[name] = value.strip()
    if not values["say"]:
        raise ScenarioError(gettext_noop("line %(id)s says nothing ('say' is empty)"), id=line_id)
    raw_next = item.get("next") or []
    if not isinstance(raw_next, list):
        raise ScenarioError(gettext_noop("line %(id)s: 'next' must be a list"), id=line_id)
    return Line(id=line_id, next=tuple(_reaction(entry, line_id) for entry in raw_next), **values)


def _reaction(entry: Any, line_id: str) -> Reaction:
    if not isinstance(entry, dict) or not isinstance(entry.get("goto"), str) or not entry["goto"].strip():
        raise ScenarioError(gettext_noop("line %(id)s: every entry of 'next' needs a 'goto'"), id=line_id)
    when = entry.get("when") or []
    if isinstance(when, str):
        when = [when]
    if not isinstance(when, list) or not all(isinstance(condition, str) for condition in when):
        raise ScenarioError(gettext_noop("line %(id)s: 'when' must be a list of conditions"), id=line_id)
    for condition in when:
        if condition.strip() not in CONDITIONS:
            raise ScenarioError(
                gettext_noop("line %(id)s: unknown condition %(condition)s"), id=line_id, condition=repr(condition)
            )
    return Reaction(goto=entry["goto"].strip(), when=tuple(condition.strip() for condition in when))


def scenario_check(scenario: Scenario) -> None:
    """The problems that make a scenario unplayable: duplicate ids, unknown targets, endless cycles."""
    seen: set[str] = set()
    for line in scenario.lines:
        if line.id in seen:
            raise ScenarioError(gettext_noop("two lines have the id %(id)s"), id=repr(line.id))
        seen.add(line.id)
    if scenario.start not in seen:
        raise ScenarioError(gettext_noop("the start line %(id)s does not exist"), id=repr(scenario.start))
    for line in scenario.lines:
        for reaction in line.next:
            if reaction.goto not in seen:
                raise ScenarioError(
                    gettext_noop("line %(id)s goes to an unknown line %(goto)s"), id=line.id, goto=repr(reaction.goto)
                )
    endless = _endless_lines(scenario)
    if endless:
        raise ScenarioError(
            gettext_noop("lines %(ids)s form a cycle that can never end (give one a way out)"), ids=" → ".join(endless)
        )


def _endless_lines(scenario: Scenario) -> list[str]:
    """The lines from which no path reaches a line that can end the call."""
    can_end = {line.id for line in scenario.lines if line.can_end}
    changed = True
    while changed:
        changed = False
        for line in scenario.lines:
            if line.id not in can_end and any(reaction.goto in can_end for reaction in line.next):
                can_end.add(line.id)
                changed = True
    return [line.id for line in scenario.lines if line.id not in can_end]


def unreachable_lines(scenario: Scenario) -> list[str]:
    """Lines no path from the start reaches: harmless to play, but an author's mistake."""
    reached, queue = {scenario.start}, [scenario.start]
    while queue:
        for reaction in scenario.line(queue.pop()).next:
            if reaction.goto not in reached:
                reached.add(reaction.goto)
                queue.append(reaction.goto)
    return [line.id for line in scenario.lines if line.id not in reached]


def scenario_to_dict(scenario: Scenario) -> dict[str, Any]:
    """The scenario JSON, with empty optional fields left out."""
    data: dict[str, Any] = {"title": scenario.title, "language": scenario.language, "channel": scenario.channel}
    for name in ("customer_name", "company"):
        if getattr(scenario, name):
            data[name] = getattr(scenario, name)
    data["requires_verification"] = scenario.requires_verification
    for name in ("situation", "persona", "objectives"):
        if getattr(scenario, name):
            data[name] = getattr(scenario, name)
    if scenario.vocabulary:
        data["vocabulary"] = list(scenario.vocabulary)
    for name in ("difficulty", "patience"):
        if getattr(scenario, name) is not None:
            data[name] = getattr(scenario, name)
    if scenario.hang_up:
        data["hang_up"] = scenario.hang_up
    data["start"] = scenario.start
    data["lines"] = [_line_to_dict(line) for line in scenario.lines]
    return data


def _line_to_dict(line: Line) -> dict[str, Any]:
    data: dict[str, Any] = {"id": line.id, "say": line.say}
    if line.hint:
        data["hint"] = line.hint
    if line.audio:
        data["audio"] = line.audio
    if line.next:
        data["next"] = [{"when": list(r.when), "goto": r.goto} if r.when else {"goto": r.goto} for r in line.next]
    return data
