"""Real audio through the real Whisper models, with each engine (openai-whisper on base.pt,
CTranslate2 on the same weights): the sample calls, fillers, silence and pauses. Slow on a
CPU, so few and focused."""

from __future__ import annotations

import json
import os
import re
import subprocess

import jiwer
import pytest

from feedback.scoring.defaults import default_rubric_definition
from feedback.scoring.engine import score_transcript
from tests.transcription.conftest import SAMPLES, join, silence, speak
from transcription.audio import decode_audio
from transcription.config import engine_settings
from transcription.context import CallContext
from transcription.engine import engine_current, transcribe_clip, transcribe_file
from transcription.engines.base import DecodingOptions
from transcription.engines.openai_whisper import WhisperEngine

pytestmark = pytest.mark.whisper

FILLERS = {"um", "umm", "uh", "uhm", "ehm", "eh", "hmm", "mm", "ehh"}
# Per-speaker WER bounds: measured with the default decoding options by
# benchmarks/transcribe_speed.py, plus about 4 points for the jitter of another thread
# count or CPU. openai: en 10.3 / 5.7, it 40.8 / 33.9; ctranslate2: en 11.3 / 5.7, it 43.4 / 37.5.
WER_BOUNDS = {
    "openai": {"phone-en-1": {"agent": 0.13, "customer": 0.10}, "phone-it-1": {"agent": 0.45, "customer": 0.38}},
    "ctranslate2": {"phone-en-1": {"agent": 0.15, "customer": 0.10}, "phone-it-1": {"agent": 0.48, "customer": 0.42}},
}


def _normalised(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())


def _command_environment(**values: str) -> dict:
    """The environment a user's shell gives the command: manage.py chooses its own settings."""
    return {**{k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}, **values}


def _speaker_text(segments, speaker):
    return _normalised(" ".join(s["text"] for s in segments if s["speaker"] == speaker))


@pytest.mark.parametrize("name", ["phone-en-1", "phone-it-1"])
def test_a_stereo_sample_call_is_transcribed_per_speaker_within_the_measured_wer(speech_engine, name):
    reference = json.loads((SAMPLES / "transcripts" / f"{name}.json").read_text())

    transcript = transcribe_file(
        SAMPLES / "audio" / f"{name}.wav",
        language=reference["language"],
        stereo_speakers=("agent", "customer"),
        engine=speech_engine,
    )

    assert transcript["language"] == reference["language"]
    assert transcript["duration"] == pytest.approx(reference["duration"], abs=0.1)
    assert "speaker_attribution" not in transcript
    for speaker, bound in WER_BOUNDS[speech_engine.name][name].items():
        error = jiwer.wer(_speaker_text(reference["segments"], speaker), _speaker_text(transcript["segments"], speaker))
        assert error <= bound, f"{speaker} WER {error:.1%} > {bound:.0%}"
    for segment in transcript["segments"]:
        said = [r for r in reference["segments"] if r["start"] < segment["end"] and segment["start"] < r["end"]]
        assert said and {r["speaker"] for r in said} == {segment["speaker"]}
        assert all(segment["start"] <= w["start"] <= w["end"] <= segment["end"] for w in segment["words"])


def test_progress_rises_window_by_window_to_the_whole_call(speech_engine):
    shares: list[float] = []

    transcribe_file(
        SAMPLES / "audio" / "phone-en-1.wav",
        language="en",
        stereo_speakers=("agent", "customer"),
        on_progress=shares.append,
        engine=speech_engine,
    )

    assert len(shares) >= 2  # a window of each channel at least
    assert shares == sorted(shares) and 0 < shares[0] < 1
    assert shares[-1] == pytest.approx(1.0)


def test_fillers_survive_and_a_long_pause_holds_no_words(speech_engine, tmp_path):
    hesitant = speak(
        tmp_path / "hesitant.wav", "So, um, I checked the order, uh, and ehm, it left yesterday. Uhm, let me see."
    )
    answer = speak(tmp_path / "answer.wav", "Sorry for the wait, the parcel arrives on Friday.")
    call = join(
        tmp_path / "call.wav", hesitant, silence(tmp_path / "hold.wav", 9), answer, silence(tmp_path / "end.wav", 4)
    )
    pause_start = decode_audio(hesitant).duration_s
    pause_end = pause_start + 9

    transcript = transcribe_file(call, language="en", stereo_speakers=None, engine=speech_engine)

    words = [w for s in transcript["segments"] for w in s["words"]]
    assert len({_normalised(w["word"]) for w in words} & FILLERS) >= 2, transcript["segments"]
    assert not [w for w in words if pause_start + 0.3 < w["start"] < pause_end - 0.3]
    assert not [w for w in words if w["end"] > pause_end + decode_audio(answer).duration_s + 0.3]
    before, after = transcript["segments"][0], transcript["segments"][-1]
    assert after["start"] - before["end"] == pytest.approx(9.0, abs=0.6)
    assert transcript["speaker_attribution"] == "estimated"


def test_a_guided_turn_gives_italian_segments_timed_from_the_clip_start_keeping_its_filler(speech_engine, tmp_path):
    turn = join(
        tmp_path / "turn.wav",
        silence(tmp_path / "lead.wav", 2),
        speak(tmp_path / "it.wav", "Ehm, allora, le spiego subito come risolviamo il problema.", language="it"),
    )

    segments = transcribe_clip(turn, language="it", speaker="agent", engine=speech_engine)

    assert [s["speaker"] for s in segments] == ["agent"]
    assert segments[0]["start"] == pytest.approx(2.0, abs=0.3)
    text = _normalised(segments[0]["text"]).split()
    assert {"ehm", "problema"} <= set(text), text


DENSE_ITALIAN = (
    "Buongiorno, la chiamo per la pratica numero quattrocentoventidue del suo contratto di fornitura elettrica. "
    "Abbiamo ricevuto la sua richiesta di rimborso per la bolletta di marzo, che risultava più alta del solito a "
    "causa di una lettura stimata del contatore. Il tecnico ha verificato i consumi reali e la differenza le verrà "
    "accreditata sulla prossima fattura, entro trenta giorni. Se preferisce il bonifico bancario, mi serve il codice "
    "iban intestato al titolare del contratto. Le ricordo inoltre che può comunicare l'autolettura ogni mese "
    "dall'applicazione, così eviterà altre stime. Posso aiutarla con qualcos'altro oggi?"
)


def test_a_window_of_fast_speech_is_read_to_its_end(speech_engine, tmp_path):
    """93 words in 27 s: more text than a short prompt's half of the decoder (the CTranslate2
    engine once cut it after ~130 tokens, mid-word), within Whisper's 224 tokens."""
    clip = speak(tmp_path / "dense.wav", DENSE_ITALIAN, language="it", words_per_minute=240)

    segments = transcribe_clip(clip, language="it", speaker="agent", engine=speech_engine)

    words = [word for segment in segments for word in segment["words"]]
    assert len(words) >= 0.85 * len(DENSE_ITALIAN.split())
    assert words[-1]["end"] > decode_audio(clip).duration_s - 2


REAL_SPEECH = SAMPLES.parent / "real-speech"


def test_the_speech_after_a_window_ended_early_is_read_again_on_its_own():
    """A real English clip (a man on the phone, 14 s): with 0.31 s of audio kept around each
    region, Whisper ends the one window after the third sentence; the last 10 s, read again
    with the first region (whose "Hello." was timed just before it), came back as "Hello."."""
    engine = WhisperEngine(engine_settings().model, DecodingOptions(region_pad_s=0.31))

    transcript = transcribe_file(
        REAL_SPEECH / "en" / "en-sppas-ENG_M15_ENG_T33.wav", language="en", stereo_speakers=None, engine=engine
    )

    text = _normalised(" ".join(segment["text"] for segment in transcript["segments"]))
    assert text.count("hello") == 1
    assert "i don't even have a garden" in text
    assert text.endswith("complaints department please")


def test_the_transcribe_command_prints_the_plain_text_format(speech_engine, tmp_path):
    clip = speak(tmp_path / "clip.wav", "Good morning, this is Emma from Homeline, how can I help?")

    done = subprocess.run(
        [".venv/bin/python", "manage.py", "transcribe", str(clip), "--language", "en", "--format", "text"],
        capture_output=True,
        text=True,
        check=False,
        env=_command_environment(WHISPER_ENGINE=speech_engine.name),
    )

    assert done.returncode == 0, done.stderr
    assert re.fullmatch(r"\[00:00\.\d\] Agent: Good morning[,.] [Tt]his is Emma.*\?\n?", done.stdout)


def test_int8_quantisation_reaches_every_linear_layer_and_still_reads_speech(english_clip):
    from torch.ao.nn.quantized.dynamic import Linear as QuantizedLinear
    from torch.nn import Linear

    engine = WhisperEngine(engine_settings().model, DecodingOptions(quantization="int8"))

    transcript = transcribe_file(english_clip, language="en", stereo_speakers=None, engine=engine)

    layers = [m for m in engine.model.modules() if isinstance(m, (Linear, QuantizedLinear))]
    assert layers and all(isinstance(m, QuantizedLinear) for m in layers)
    assert "thank you for calling" in _normalised(" ".join(s["text"] for s in transcript["segments"]))


def test_the_call_context_guides_recognition_and_its_facts_reach_the_transcript(tmp_path):
    clip = speak(tmp_path / "call.wav", "Good morning, this is Siobhan at Quillbridge, how can I help?")
    context = CallContext(
        agent_name="Siobhan", customer_name="Daniel Okafor", company="Quillbridge", requires_verification=True
    )

    unguided = transcribe_clip(clip, language="en", speaker="agent")
    transcript = transcribe_file(clip, language="en", stereo_speakers=None, context=context)

    assert (transcript["agent_name"], transcript["customer_name"], transcript["requires_verification"]) == (
        "Siobhan",
        "Daniel Okafor",
        True,
    )
    text = " ".join(segment["text"] for segment in transcript["segments"])
    assert "Quillbridge" in text and "Quillbridge" not in " ".join(s["text"] for s in unguided), text
    words = [word for segment in transcript["segments"] for word in segment["words"]]
    assert words and all(0 <= word["probability"] <= 1 for word in words)
    assert all(0 <= segment["probability"] <= 1 for segment in transcript["segments"])


# The call phrases (transcription/prompt.py) make Whisper expect a call's set phrases: a phrase
# said in an unclear voice is read as said, and a phrase not said is never read from the prompt.
# Read by the recordings engine, as uploads are (benchmarks/audio_scoring_agreement.py measures it).
PHRASE_SAID = {
    "it": ("Per sicurezza mi conferma la sua data di nascita?", "data di nascita"),
    "en": ("For security, could you confirm your date of birth?", "date of birth"),
}
NOTHING_OF_THE_PHRASES = {
    "it": "Buongiorno, sono Giulia, come posso aiutarla? Verifico subito la sua pratica.",
    "en": "Good morning, this is Amy, how can I help? Let me look at your order.",
}
CALL = CallContext(requires_verification=True)  # a practice call: the phrases guide it
PHRASE_WORDS = {
    "it": ("dispiace", "nascita", "codice", "attesa", "email", "altro", "contattato", "giornata"),
    "en": ("sorry", "birth", "account", "hold", "email", "else", "calling", "day"),
}


def _recorded(clip, language: str, context: CallContext | None = None) -> list[dict]:
    return transcribe_clip(clip, language=language, speaker="agent", engine=engine_current(), context=context)


def _agent_call(segments: list[dict], language: str) -> dict:
    """A recorded agent turn as a call that requires verification, scored as uploads are."""
    return {"language": language, "channel": "phone", "requires_verification": True, "segments": segments}


def test_the_call_phrases_make_an_unclear_italian_phrase_read_as_said(tmp_path):
    clip = speak(tmp_path / "verification.wav", PHRASE_SAID["it"][0], language="it")

    guided = " ".join(s["text"] for s in _recorded(clip, "it", context=CALL))
    unguided = " ".join(s["text"] for s in _recorded(clip, "it"))

    assert "data di nascita" in _normalised(guided), guided
    assert "data di nascita" not in _normalised(unguided), unguided  # espeak's Italian: "nata di ashita"


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_phrase_said_is_read_as_said(tmp_path, language):
    text, phrase = PHRASE_SAID[language]
    clip = speak(tmp_path / "said.wav", text, language=language)

    segments = _recorded(clip, language, context=CALL)

    assert phrase in _normalised(" ".join(s["text"] for s in segments)), segments


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_phrase_not_said_is_never_read_from_the_call_phrases(tmp_path, language):
    clip = speak(tmp_path / "other.wav", NOTHING_OF_THE_PHRASES[language], language=language)

    segments = _recorded(clip, language, context=CALL)
    scored = {
        c["key"]: c["result"]
        for c in score_transcript(_agent_call(segments, language), default_rubric_definition("phone"))["criteria"]
    }

    heard = _normalised(" ".join(s["text"] for s in segments)).split()
    assert not set(PHRASE_WORDS[language]) & set(heard), heard
    assert (scored["verification"], scored["empathy"], scored["closing"], scored["hold_etiquette"]) == (
        "fail",
        "fail",
        "fail",
        "na",
    )
