"""The WHISPER_ENGINE setting chooses the engine of recordings and WHISPER_TURN_ENGINE the engine of
the turns a person waits for; each is built without loading its weights, which load on first use,
once per process."""

from __future__ import annotations

import pytest

from transcription.config import EngineSettings, engine_settings, engine_settings_set, engine_settings_use
from transcription.engine import engine_build, engine_current
from transcription.engines.base import DecodingOptions
from transcription.engines.ctranslate2_whisper import CTranslate2Engine
from transcription.engines.openai_whisper import WhisperEngine


@pytest.mark.parametrize(("engine", "kind"), [("openai", WhisperEngine), ("ctranslate2", CTranslate2Engine)])
def test_the_setting_names_the_engine_and_the_weights_wait_for_first_use(engine, kind):
    built = engine_build(EngineSettings(engine=engine, decoding=(("beam_size", 3),)))

    assert isinstance(built, kind) and built.name == engine
    assert built.options.beam_size == 3
    assert built._model is None


def test_the_ctranslate2_engine_reads_its_model_directory():
    built = engine_build(EngineSettings(engine="ctranslate2", ct2_model="/srv/models/whisper-ct2"))

    assert built.model_name == "/srv/models/whisper-ct2"


def test_an_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="vosk"):
        EngineSettings(engine="vosk")


@pytest.mark.whisper
@pytest.mark.parametrize(("quantization", "compute_type"), [(None, "int8_float32"), ("float32", "float32")])
def test_the_ctranslate2_engine_runs_int8_weights_unless_float32_is_asked_for(quantization, compute_type):
    engine = CTranslate2Engine(options=DecodingOptions(quantization=quantization))

    assert engine.model.model.compute_type == compute_type


@pytest.fixture
def configured():
    """Restores the process's engine settings after a test changes them."""
    recordings, turns = engine_settings("recordings"), engine_settings("turns")
    yield
    engine_settings_use(recordings, turns=turns)


def test_turns_a_person_waits_for_are_read_by_the_turn_engine_and_recordings_by_the_configured_one(configured):
    engine_settings_set(model="base.pt", engine="openai", turn_engine="ctranslate2")

    assert engine_current("recordings").name == "openai"
    assert engine_current("turns").name == "ctranslate2"


def test_one_engine_serves_both_uses_when_they_name_the_same(configured):
    engine_settings_set(model="base.pt", engine="ctranslate2", turn_engine="ctranslate2")

    assert engine_current("turns") is engine_current("recordings")
