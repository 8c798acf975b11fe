"""Which model and decoding options the process-wide engine uses.

Kept free of torch and Whisper imports, so the Django app can hand its settings over
at start-up without loading either; the engine itself is built on first use
(:func:`transcription.engine.engine_current`).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MODEL = str(Path(__file__).resolve().parents[2] / "shared" / "models" / "whisper" / "base.pt")


@dataclass(frozen=True)
class EngineSettings:
    model: str = field(default_factory=lambda: os.environ.get("WHISPER_MODEL", DEFAULT_MODEL))
    decoding: tuple[tuple[str, object], ...] = ()  # DecodingOptions fields, hashable


_current = EngineSettings()


def engine_settings_set(*, model: str, decoding: dict | None = None) -> None:
    global _current
    items = ((key, tuple(value) if isinstance(value, list) else value) for key, value in (decoding or {}).items())
    _current = EngineSettings(model=model, decoding=tuple(sorted(items)))


def engine_settings() -> EngineSettings:
    return _current
