"""The engine reads one packed window in one pass: the decoded tokens become segments at
Whisper's timestamps (when it predicts them) and at sentence ends, and text after the last
timestamp is kept, since a packed window ends where speech ends."""
from __future__ import annotations

import numpy as np
import pytest
from whisper.tokenizer import get_tokenizer

from transcription.engine import engine_current
from transcription.engines.base import DecodingOptions
from transcription.engines.openai_whisper import TIME_PER_TOKEN, WhisperEngine, _segments


@pytest.fixture(scope="module")
def tokenizer():
    return get_tokenizer(True, language="en", task="transcribe")


def _time(tokenizer, seconds: float) -> int:
    return tokenizer.timestamp_begin + round(seconds / TIME_PER_TOKEN)


def test_tokens_are_cut_into_segments_at_the_timestamps(tokenizer):
    tokens = [
        _time(tokenizer, 0.0), *tokenizer.encode(" Good morning."), _time(tokenizer, 1.5),
        _time(tokenizer, 2.0), *tokenizer.encode(" How can I help?"), _time(tokenizer, 3.4),
        tokenizer.eot,
    ]

    segments = _segments(tokens, tokenizer, duration=4.0)

    assert [(s["start"], s["end"], s["text"]) for s in segments] == [
        (0.0, 1.5, " Good morning."), (2.0, 3.4, " How can I help?")
    ]


def test_text_after_the_last_timestamp_runs_to_the_end_of_the_window(tokenizer):
    tokens = [_time(tokenizer, 0.5), *tokenizer.encode(" I will call you back"), tokenizer.eot]

    segments = _segments(tokens, tokenizer, duration=6.2)

    assert [(s["start"], s["end"], s["text"]) for s in segments] == [(0.5, 6.2, " I will call you back")]


def test_text_decoded_without_timestamps_is_cut_at_sentence_ends(tokenizer):
    tokens = [*tokenizer.encode(" I will call you back. Thanks for watching!"), tokenizer.eot]

    segments = _segments(tokens, tokenizer, duration=5.0)

    assert [s["text"] for s in segments] == [" I will call you back.", " Thanks for watching!"]


def test_a_sentence_end_just_before_a_timestamp_keeps_the_timestamp_as_its_end(tokenizer):
    tokens = [*tokenizer.encode(" Good morning."), _time(tokenizer, 1.5), tokenizer.eot]

    assert [(s["start"], s["end"]) for s in _segments(tokens, tokenizer, duration=4.0)] == [(0.0, 1.5)]


def test_timestamps_without_text_make_no_segment(tokenizer):
    assert _segments([_time(tokenizer, 0.0), _time(tokenizer, 2.0), tokenizer.eot], tokenizer, duration=2.0) == []


@pytest.mark.whisper
def test_a_window_longer_than_the_encoder_reads_is_refused():
    engine = engine_current()

    with pytest.raises(ValueError, match="at most 30 s"):
        engine.recognise(np.zeros(int(30.5 * 16000), np.float32), language="en")


@pytest.mark.whisper
def test_a_window_a_few_samples_over_30_s_from_rounding_its_pieces_is_read():
    engine = engine_current()

    assert engine.recognise(np.zeros(30 * 16000 + 3, np.float32), language="en") == []


@pytest.mark.whisper
@pytest.mark.parametrize("carry", [False, True])
def test_the_filler_prompt_leads_until_the_text_read_pushes_it_out_unless_carried(tokenizer, carry):
    engine = WhisperEngine(engine_current().model_name, DecodingOptions(carry_initial_prompt=carry))
    fillers = tokenizer.encode(" " + engine.options.prompts["en"])
    room = engine.model.dims.n_text_ctx // 2 - 1

    short = engine._prompt(tokenizer, "en", "Good morning, how can I help?")
    long = engine._prompt(tokenizer, "en", "I will call you back tomorrow. " * 100)

    assert short[: len(fillers)] == fillers
    assert len(long) == room
    assert (long[: len(fillers)] == fillers) is carry
