"""Each engine reads one packed window in one pass: the decoded tokens become segments at
Whisper's timestamps (when it predicts them) and at sentence ends, and text after the last
timestamp is kept, since a packed window ends where speech ends. The rules are shared by
both engines, so they are checked with the tokenizer of each library."""

from __future__ import annotations

import numpy as np
import pytest

from transcription.audio import decode_audio
from transcription.context import CallContext
from transcription.engines.base import DecodingOptions
from transcription.engines.ctranslate2_whisper import (
    CTranslate2Engine,
    encoder_frames,
    suppressed_tokens,
    whisper_tokenizer,
)
from transcription.engines.decoding import (
    PROMPT_ROOM,
    TIME_PER_TOKEN,
    Decoded,
    compression_ratio,
    is_acceptable,
    prompt_tokens,
    segments_from_tokens,
)


def _openai_tokenizer(language: str = "en"):
    from whisper.tokenizer import get_tokenizer

    return get_tokenizer(True, language=language, task="transcribe")


def _ctranslate2_tokenizer(language: str = "en"):
    import tokenizers

    from transcription.engines.ct2_weights import weights_ensure

    return whisper_tokenizer(tokenizers.Tokenizer.from_file(str(weights_ensure() / "tokenizer.json")), language)


@pytest.fixture(scope="module", params=[_openai_tokenizer, _ctranslate2_tokenizer], ids=["openai", "ctranslate2"])
def tokenizer(request):
    return request.param()


def _time(tokenizer, seconds: float) -> int:
    return tokenizer.timestamp_begin + round(seconds / TIME_PER_TOKEN)


def test_tokens_are_cut_into_segments_at_the_timestamps(tokenizer):
    tokens = [
        _time(tokenizer, 0.0),
        *tokenizer.encode(" Good morning."),
        _time(tokenizer, 1.5),
        _time(tokenizer, 2.0),
        *tokenizer.encode(" How can I help?"),
        _time(tokenizer, 3.4),
        tokenizer.eot,
    ]

    segments = segments_from_tokens(tokens, tokenizer, duration=4.0)

    assert [(s["start"], s["end"], s["text"]) for s in segments] == [
        (0.0, 1.5, " Good morning."),
        (2.0, 3.4, " How can I help?"),
    ]


def test_text_after_the_last_timestamp_runs_to_the_end_of_the_window(tokenizer):
    tokens = [_time(tokenizer, 0.5), *tokenizer.encode(" I will call you back"), tokenizer.eot]

    segments = segments_from_tokens(tokens, tokenizer, duration=6.2)

    assert [(s["start"], s["end"], s["text"]) for s in segments] == [(0.5, 6.2, " I will call you back")]


def test_text_decoded_without_timestamps_is_cut_at_sentence_ends(tokenizer):
    tokens = [*tokenizer.encode(" I will call you back. Thanks for watching!"), tokenizer.eot]

    segments = segments_from_tokens(tokens, tokenizer, duration=5.0)

    assert [s["text"] for s in segments] == [" I will call you back.", " Thanks for watching!"]


def test_a_sentence_end_just_before_a_timestamp_keeps_the_timestamp_as_its_end(tokenizer):
    tokens = [*tokenizer.encode(" Good morning."), _time(tokenizer, 1.5), tokenizer.eot]

    assert [(s["start"], s["end"]) for s in segments_from_tokens(tokens, tokenizer, duration=4.0)] == [(0.0, 1.5)]


def test_timestamps_without_text_make_no_segment(tokenizer):
    assert (
        segments_from_tokens([_time(tokenizer, 0.0), _time(tokenizer, 2.0), tokenizer.eot], tokenizer, duration=2.0)
        == []
    )


@pytest.mark.parametrize("carry", [False, True])
def test_the_filler_prompt_leads_until_the_text_read_pushes_it_out_unless_carried(tokenizer, carry):
    options = DecodingOptions(carry_initial_prompt=carry, phrases={})
    fillers = tokenizer.encode(" " + options.prompts["en"])

    short = prompt_tokens(options, tokenizer, "en", "Good morning, how can I help?")
    long = prompt_tokens(options, tokenizer, "en", "I will call you back tomorrow. " * 100)

    assert short[: len(fillers)] == fillers
    assert len(long) == PROMPT_ROOM
    assert (long[: len(fillers)] == fillers) is carry


def test_the_call_phrases_of_the_language_lead_every_window_of_a_call_before_the_fillers(tokenizer):
    options = DecodingOptions()
    phrases = tokenizer.encode(" " + options.phrases["en"])
    fillers = tokenizer.encode(" " + options.prompts["en"])

    first = prompt_tokens(options, tokenizer, "en", "", CallContext())
    late = prompt_tokens(options, tokenizer, "en", "I will call you back tomorrow. " * 100, CallContext())

    assert first == phrases + fillers
    assert late[: len(phrases)] == phrases and len(late) == PROMPT_ROOM
    assert prompt_tokens(options, tokenizer, "en", "") == fillers  # no context: not a call


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "Thank you, that's the hotel booked. I'll text you the time tomorrow; it was the third try."),
        ("it", "Tutto a posto, le tengo la terza stanza e le telefono tra tre giorni, tranquilla."),
    ],
)
def test_both_engines_prompt_the_decoder_with_the_same_tokens(language, said):
    """Words that start with a t among them: the tokenizer shipped with the CTranslate2 weights
    lacks Whisper's first byte-pair merge and wrote " the" as " ", "the", a split the decoder
    then copied into what it read ("no to tell" for "no hotel")."""
    openai, ctranslate2 = _openai_tokenizer(language), _ctranslate2_tokenizer(language)
    options = DecodingOptions()

    assert ctranslate2.encode(" " + said) == openai.encode(" " + said)
    assert prompt_tokens(options, ctranslate2, language, said, CallContext()) == prompt_tokens(
        options, openai, language, said, CallContext()
    )


@pytest.mark.whisper
def test_a_window_longer_than_the_encoder_reads_is_refused(speech_engine):
    with pytest.raises(ValueError, match="at most 30 s"):
        speech_engine.recognise(np.zeros(int(30.5 * 16000), np.float32), language="en")


@pytest.mark.whisper
def test_a_window_a_few_samples_over_30_s_from_rounding_its_pieces_is_read(speech_engine):
    assert speech_engine.recognise(np.zeros(30 * 16000 + 3, np.float32), language="en") == []


@pytest.mark.parametrize(
    ("frames", "step_s", "read"),
    [(390, 5.0, 500), (550, 5.0, 1000), (900, 5.0, 1000), (901, 5.0, 1500), (2450, 5.0, 3000), (3000, 5.0, 3000)],
)
def test_the_ctranslate2_encoder_reads_the_speech_and_a_second_of_silence_rounded_up_to_the_step(frames, step_s, read):
    assert encoder_frames(frames, step_s) == read


@pytest.mark.parametrize(("frames", "read"), [(390, 1000), (900, 1000), (901, 1500), (2450, 3000)])
def test_the_ctranslate2_encoder_reads_no_fewer_than_its_least_seconds(frames, read):
    assert encoder_frames(frames, 5.0, min_s=10.0) == read


def test_without_a_step_the_ctranslate2_encoder_reads_whispers_30_s():
    assert encoder_frames(550, None) == 3000


@pytest.mark.whisper
def test_a_turn_read_in_a_short_encoder_window_gives_the_words_and_times_of_the_30_s_window(english_clip):
    from transcription.engine import transcribe_clip

    short, full = (
        CTranslate2Engine(options=DecodingOptions(encoder_step_s=step))
        for step in (DecodingOptions().encoder_step_s, None)
    )

    words = [
        [
            (w["word"], w["start"], w["end"])
            for s in transcribe_clip(english_clip, language="en", speaker="agent", engine=e)
            for w in s["words"]
        ]
        for e in (short, full)
    ]

    samples = decode_audio(english_clip).mono()
    options = DecodingOptions()
    read = encoder_frames(len(samples) // 160, options.encoder_step_s, options.encoder_min_s)
    assert short._encode(samples)[0].shape[1] * 2 == read < 3000
    assert [w[0] for w in words[0]] == [w[0] for w in words[1]]
    assert np.allclose([w[1:] for w in words[0]], [w[1:] for w in words[1]], atol=0.1)


@pytest.mark.parametrize("language", ["en", "it"])
def test_the_ctranslate2_engine_forbids_the_tokens_openai_whispers_decoder_forbids(language):
    """Both engines choose each token among the same ones: the symbols that are not speech and the
    task tokens never, a blank or the end of text never first (CTranslate2 reads that second list
    from the model's config)."""
    import json

    import whisper
    from whisper.decoding import DecodingOptions as WhisperDecodingOptions
    from whisper.decoding import DecodingTask, SuppressBlank, SuppressTokens

    from transcription.config import DEFAULT_MODEL
    from transcription.engines.ct2_weights import weights_ensure

    task = DecodingTask(whisper.load_model(DEFAULT_MODEL), WhisperDecodingOptions(language=language))
    forbidden = next(f for f in task.logit_filters if isinstance(f, SuppressTokens)).suppress_tokens
    blank = next(f for f in task.logit_filters if isinstance(f, SuppressBlank))
    config = json.loads((weights_ensure() / "config.json").read_text())

    assert sorted(suppressed_tokens(_ctranslate2_tokenizer(language))) == sorted(forbidden)
    assert config["suppress_ids_begin"] == [*blank.tokenizer.encode(" "), blank.tokenizer.eot]


LOOPED = (
    "Brilliant. Thank you. It's a huge relief, I was ending telling the kids no. I was ending telling the kids no."
    " I was ending telling the kids no."
)
SAID = (
    "Hi, my flight home from Lisbon tonight has just been cancelled, I got a text about ten minutes ago."
    " I've got two kids with me, we've got to check out of the hotel at noon. No, no, no, not today."
)


def _decoded(tokenizer, text: str) -> Decoded:
    return Decoded(
        tokenizer.encode(" " + text), avg_logprob=-0.4, no_speech_prob=0.01, compression_ratio=compression_ratio(text)
    )


def test_a_window_read_into_a_loop_too_short_for_the_compression_ratio_is_decoded_again(tokenizer):
    looped = _decoded(tokenizer, LOOPED)
    assert looped.compression_ratio < DecodingOptions().compression_ratio_threshold
    assert not is_acceptable(DecodingOptions(), looped)
    assert is_acceptable(DecodingOptions(repeated_tokens=None), looped)


def test_a_window_of_varied_speech_as_long_as_a_loop_is_accepted(tokenizer):
    said = _decoded(tokenizer, SAID)
    assert is_acceptable(DecodingOptions(), said)
