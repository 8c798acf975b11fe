"""Which engine, model and decoding options the process-wide engines use.

Two uses: whole recordings (uploads, `transcribe`, `coach`), read by the configured engine, and
short turns a person waits for (a live call's replies, `roleplay`), read by the turn engine,
the faster CTranslate2 one unless set otherwise. Both share the model and decoding options.

Kept free of torch, Whisper and CTranslate2 imports, so the Django app can hand its
settings over at start-up without loading any of them; the engine itself is built on
first use (:func:`transcription.engine.engine_current`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from transcription.engines.ct2_weights import DEFAULT_DIRECTORY as DEFAULT_CT2_MODEL

DEFAULT_MODEL = str(Path(__file__).resolve().parents[2] / "shared" / "models" / "whisper" / "base.pt")
# openai-whisper is the default; CTranslate2 runs the same weights about three times faster.
ENGINES = ("openai", "ctranslate2")
# A live reply waits for its transcription: the faster engine reads turns unless set otherwise.
DEFAULT_TURN_ENGINE = "ctranslate2"
Use = Literal["recordings", "turns"]


@dataclass(frozen=True)
class EngineSettings:
    engine: str = field(default_factory=lambda: os.environ.get("WHISPER_ENGINE", "openai"))
    model: str = field(
        default_factory=lambda: os.environ.get("WHISPER_MODEL", DEFAULT_MODEL)
    )  # openai-whisper checkpoint
    ct2_model: str = field(
        default_factory=lambda: os.environ.get("WHISPER_CT2_MODEL", str(DEFAULT_CT2_MODEL))
    )  # directory
    decoding: tuple[tuple[str, object], ...] = ()  # DecodingOptions fields, hashable

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"Unknown transcription engine {self.engine!r}; expected one of {', '.join(ENGINES)}.")


_current = {
    "recordings": EngineSettings(),
    "turns": EngineSettings(engine=os.environ.get("WHISPER_TURN_ENGINE", DEFAULT_TURN_ENGINE)),
}


def engine_settings_set(
    *,
    model: str,
    engine: str = "openai",
    ct2_model: str = str(DEFAULT_CT2_MODEL),
    decoding: dict | None = None,
    turn_engine: str = DEFAULT_TURN_ENGINE,
) -> None:
    items = ((key, tuple(value) if isinstance(value, list) else value) for key, value in (decoding or {}).items())
    recordings = EngineSettings(engine=engine, model=model, ct2_model=ct2_model, decoding=tuple(sorted(items)))
    engine_settings_use(recordings, turns=replace(recordings, engine=turn_engine))


def engine_settings_use(settings: EngineSettings, *, turns: EngineSettings | None = None) -> None:
    """Use these settings for recordings, and for turns (the same when not given)."""
    _current["recordings"] = settings
    _current["turns"] = turns or settings


def engine_settings(use: Use = "recordings") -> EngineSettings:
    return _current[use]
