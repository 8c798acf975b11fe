"""A live role-play kept in the database: the engine's Call restored from an attempt, and the
customer's voice for each line said (the trainer's clip, else the server's voice, made once)."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from django.core.files import File
from django.core.files.storage import storages
from django.db.models.fields.files import FieldFile
from django.utils.html import strip_tags

from scenarios.roleplay.call import Call, Reply, Turn
from scenarios.roleplay.scenario import Line
from scenarios.roleplay.voice import VoiceError, synthesize, voice_key

from ..models import Attempt, ScenarioPage
from .scripts import line_ids, page_scenario

logger = logging.getLogger(__name__)


def call_of(attempt: Attempt) -> Call:
    """The attempt's call as the engine plays it, with every reply stored so far."""
    scenario = page_scenario(attempt.scenario)
    state = attempt.call or {}
    said = [scenario.by_id.get(item["id"]) or Line(id=item["id"], say=item["say"]) for item in state.get("said", [])]
    replies, turns = [], []
    for turn in attempt.turns.order_by("index"):
        segments = turn.segments or []
        reply = (
            Reply.from_segments(segments, turn.duration_s)
            if turn.duration_s is not None
            else Reply(text=" ".join(segment["text"] for segment in segments))
        )
        replies.append(reply)
        turns.append(
            Turn(
                line=turn.line_id,
                customer=said[turn.index].say if turn.index < len(said) else "",
                agent=reply.text,
                decided=tuple(turn.decided),
            )
        )
    return Call(
        scenario,
        agent_name=attempt.agent.first_name or attempt.agent.username,
        said=said,
        replies=replies,
        turns=turns,
        ended=bool(state.get("ended")),
    )


def call_state(call: Call) -> dict:
    """What the attempt stores of the call (the replies are its turns)."""
    return {"said": [{"id": line.id, "say": line.say} for line in call.said], "ended": call.ended}


def call_hint(attempt: Attempt) -> str:
    """Help for the line the agent is answering: its hint, else the scenario's objectives."""
    call = call_of(attempt)
    line = call.current
    if line is not None and line.hint:
        return line.hint
    return " ".join(strip_tags(attempt.scenario.objectives).split())


def line_clip(scenario: ScenarioPage, line_id: str):
    """The trainer's recording of a line (a Wagtail document's file), or None."""
    lines = scenario.customer_turns
    for candidate, line in zip(line_ids(lines), lines):
        if candidate == line_id and line.get("audio"):
            return line["audio"].file
    return None


def line_voice(*, text: str, language: str) -> str | None:
    """The private-storage name of the line spoken by the server's voice, made on first use; None
    when it cannot be made (the call then shows the caption only)."""
    storage = storages["private"]
    name = f"voices/{language}/{voice_key(text, language)}.wav"
    if storage.exists(name):
        return name
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "line.wav"
        try:
            synthesize(text, language, path)
        except VoiceError as error:
            logger.warning("No voice for a customer line: %s", error)
            return None
        with path.open("rb") as handle:
            if not storage.exists(name):  # another request may have made it meanwhile
                storage.save(name, File(handle))
    return name


def line_audio(attempt: Attempt, line: Line) -> FieldFile | None:
    """The file the customer's line is played from: the trainer's clip, else the server's voice."""
    clip = line_clip(attempt.scenario, line.id) if attempt.scenario else None
    if clip:
        return clip
    name = line_voice(text=line.say, language=attempt.language)
    return FieldFile(attempt, Attempt._meta.get_field("recording"), name) if name else None
