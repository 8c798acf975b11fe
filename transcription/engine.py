"""Audio file in, transcript dict (``../shared/specs/interfaces.md``) out.

The pipeline: decode with PyAV → find speech per channel with Silero VAD → pack the
speech regions of a channel into windows → recognise them in order with the configured engine →
drop hallucinated segments → map words back to the original clock → one segment per
turn, bounded by the VAD, so silences (dead air) are measured on the audio itself.

Plain Python: the Django layer hands over its settings once
(:func:`transcription.config.engine_settings_set`) and calls :func:`transcribe_file` / :func:`transcribe_clip`.
"""

from __future__ import annotations

import bisect
import math
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from transcription.audio import DEFAULT_MAX_BYTES, DEFAULT_MAX_SECONDS, SAMPLE_RATE, decode_audio
from transcription.config import EngineSettings, Use, engine_settings
from transcription.context import CallContext
from transcription.engines.base import DecodingOptions, SpeechEngine
from transcription.errors import AudioError, gettext_noop
from transcription.filters import is_hallucination
from transcription.packing import join_regions, pack_regions
from transcription.speakers import speakers_estimate
from transcription.vad import SpeechRegion, speech_regions

DEFAULT_STEREO_SPEAKERS = ("agent", "customer")
LANGUAGES = ("it", "en")
NO_SPEECH = gettext_noop("No speech found in the recording: it is silent or only noise.")
# Pauses shorter than this stay inside one segment; longer ones separate segments, so
# every gap that matters for dead air shows between segments.
TURN_GAP_S = 1.0
# Channels this alike are one microphone recorded twice, not two parties.
SAME_CHANNEL_CORRELATION = 0.98
# Text before a window handed to the engine as its context: more than Whisper's prompt holds.
PREVIOUS_TEXT_CHARS = 2000

_engines: dict[EngineSettings, SpeechEngine] = {}
_engines_lock = threading.Lock()


def engine_build(settings: EngineSettings) -> SpeechEngine:
    """The engine the settings name; its library is imported here, so only the chosen one loads."""
    options = DecodingOptions.from_dict(dict(settings.decoding))
    if settings.engine == "ctranslate2":
        from transcription.engines.ctranslate2_whisper import CTranslate2Engine

        return CTranslate2Engine(settings.ct2_model, options)
    from transcription.engines.openai_whisper import WhisperEngine

    return WhisperEngine(settings.model, options)


def engine_current(use: Use = "recordings") -> SpeechEngine:
    """The engine for the configured settings of this use, built once per process (weights load on
    first use); both uses share one engine when their settings are the same.

    A worker keeps it for every job it runs: the weights load once, not per recording. Engines of
    settings no longer configured are dropped, so at most two are held.
    """
    settings = engine_settings(use)
    with _engines_lock:
        if settings not in _engines:
            for stale in set(_engines) - {engine_settings("recordings"), engine_settings("turns")}:
                del _engines[stale]
            _engines[settings] = engine_build(settings)
        return _engines[settings]


@dataclass(frozen=True)
class Word:
    word: str  # with the engine's leading space, so "C" + "'è" joins back to "C'è"
    start: float
    end: float
    probability: float  # how sure the engine is of the word (0-1)


class Progress:
    """Seconds of audio read so far out of all the engine will read, reported as a share.

    Windows are read one after the other, so the share is exact, not a guess from the
    expected speed; the caller shows it while a long recording is transcribed.
    """

    def __init__(self, report: Callable[[float], None] | None) -> None:
        self.report = report
        self.total_s = 0.0
        self.done_s = 0.0

    def expect(self, packs: list[list[SpeechRegion]]) -> None:
        self.total_s += sum(_seconds(pack) for pack in packs)

    def advance(self, seconds: float) -> None:
        self.done_s += seconds
        if self.report and self.total_s:
            self.report(min(self.done_s / self.total_s, 1.0))


def _seconds(pack: list[SpeechRegion]) -> float:
    return sum(span.duration for span in pack)


def _windows(engine: SpeechEngine, samples: np.ndarray, regions: list[SpeechRegion]) -> list[list[SpeechRegion]]:
    """The windows the engine reads for these regions of one channel, as its options pack them."""
    options = engine.options
    return pack_regions(
        regions,
        len(samples) / SAMPLE_RATE,
        pad_s=options.region_pad_s,
        join_gap_s=options.join_gap_s,
        max_s=engine.window_s,
    )


def recognise_regions(
    engine: SpeechEngine,
    samples: np.ndarray,
    regions: list[SpeechRegion],
    language: str,
    progress: Progress | None = None,
    context: CallContext | None = None,
) -> list[Word]:
    """Words of the given regions of one channel, on its clock, without hallucinated segments."""
    words: list[Word] = []
    previous_text = ""
    for pack in _windows(engine, samples, regions):
        window = join_regions(samples, pack)
        for segment in engine.recognise(
            window.samples, language=language, previous_text=previous_text, context=context
        ):
            if is_hallucination(segment, language):
                continue
            previous_text = f"{previous_text} {segment.text}"[-PREVIOUS_TEXT_CHARS:]
            if not segment.words:  # a segment without word timings still carries its text
                words.append(
                    Word(
                        " " + segment.text,
                        window.to_original(segment.start),
                        window.to_original(segment.end),
                        math.exp(segment.avg_logprob),
                    )
                )
            for piece in segment.words:
                start = window.to_original(piece.start)
                words.append(Word(piece.word, start, max(window.to_original(piece.end), start), piece.probability))
        if progress:
            progress.advance(_seconds(pack))
    return [word for word in words if word.word.strip()]


def stretches_missed(regions: list[SpeechRegion], words: list[Word]) -> list[list[SpeechRegion]]:
    """Runs of consecutive regions no recognised word belongs to, a word belonging to the region
    nearest its middle.

    Nearest, not containing: a window keeps audio around each region, so a word Whisper heard
    at a region's soft onset can be timed just before the region the VAD found. Runs, not
    single regions: a sentence often spans a short pause, and is read best whole.
    """
    starts = [region.start for region in regions]
    heard: set[int] = set()
    for word in words:
        middle = (word.start + word.end) / 2
        after = bisect.bisect_right(starts, middle)  # regions are in order: the nearest is this one or the one before
        heard.add(
            min(
                (i for i in (after - 1, after) if 0 <= i < len(regions)),
                key=lambda i: max(regions[i].start - middle, middle - regions[i].end),
            )
        )
    stretches: list[list[SpeechRegion]] = []
    for i, region in enumerate(regions):
        if i in heard:
            continue
        if i > 0 and i - 1 not in heard:  # the region before is the end of the last stretch
            stretches[-1].append(region)
        else:
            stretches.append([region])
    return stretches


def _recognise(
    engine: SpeechEngine,
    samples: np.ndarray,
    regions: list[SpeechRegion],
    language: str,
    progress: Progress | None,
    context: CallContext | None,
) -> list[Word]:
    """Words of every speech region; each stretch of regions Whisper skipped gets one more pass
    of its own.

    Whisper sometimes ends a window before its last piece (it predicts the end of the
    text too early), which would silently lose a whole turn. Read together again, the
    skipped stretches form one more long window, which it can end early just the same (a real
    English clip came back as "Hello." for its last 10 s); a stretch alone is short.
    """
    words = recognise_regions(engine, samples, regions, language, progress, context)
    for stretch in stretches_missed(regions, words):
        words = words + recognise_regions(engine, samples, stretch, language, context=context)
    return sorted(words, key=lambda word: word.start)


def _turns(regions: list[SpeechRegion], speakers: list[str]) -> list[tuple[str, SpeechRegion]]:
    """Consecutive regions of one speaker, closer than :data:`TURN_GAP_S`, joined into a turn."""
    turns: list[tuple[str, SpeechRegion]] = []
    for speaker, region in zip(speakers, regions):
        if turns and turns[-1][0] == speaker and region.start - turns[-1][1].end < TURN_GAP_S:
            turns[-1] = (speaker, SpeechRegion(turns[-1][1].start, region.end))
        else:
            turns.append((speaker, region))
    return turns


def _words_by_turn(words: list[Word], turns: list[SpeechRegion]) -> list[list[Word]]:
    grouped: list[list[Word]] = [[] for _ in turns]
    for word in words:
        middle = (word.start + word.end) / 2
        index = min(range(len(turns)), key=lambda i: max(turns[i].start - middle, middle - turns[i].end, 0.0))
        turn = turns[index]
        grouped[index].append(
            Word(word.word, max(word.start, turn.start), min(max(word.end, turn.start), turn.end), word.probability)
        )
    return grouped


def _segment(speaker: str, turn: SpeechRegion, words: list[Word]) -> dict:
    """One turn; each word keeps the engine's confidence, and the segment the mean of its words'."""
    return {
        "speaker": speaker,
        "start": round(turn.start, 2),
        "end": round(turn.end, 2),
        "text": "".join(word.word for word in words).strip(),
        "probability": round(sum(w.probability for w in words) / len(words), 3),
        "words": [
            {
                "word": w.word.strip(),
                "start": round(w.start, 2),
                "end": round(w.end, 2),
                "probability": round(w.probability, 3),
            }
            for w in words
        ],
    }


def _track_segments(
    engine: SpeechEngine,
    samples: np.ndarray,
    regions: list[SpeechRegion],
    language: str,
    speakers: list[str],
    progress: Progress | None = None,
    context: CallContext | None = None,
) -> list[dict]:
    """Segments of one channel, one per turn; ``speakers`` holds the speaker of each region."""
    turns = _turns(regions, speakers)
    grouped = _words_by_turn(
        _recognise(engine, samples, regions, language, progress, context), [turn for _, turn in turns]
    )
    return [_segment(speaker, turn, words) for (speaker, turn), words in zip(turns, grouped) if words]


def _same_signal(channels: np.ndarray) -> bool:
    left, right = channels
    if not left.any() or not right.any():
        return False
    return float(np.corrcoef(left, right)[0, 1]) > SAME_CHANNEL_CORRELATION


def _regions_or_fail(samples: np.ndarray) -> list[SpeechRegion]:
    regions = speech_regions(samples)
    if not regions:
        raise AudioError(NO_SPEECH)
    return regions


def _language(engine: SpeechEngine, samples: np.ndarray, regions: list[SpeechRegion], language: str | None) -> str:
    if language is not None:
        if language not in LANGUAGES:
            raise ValueError(f"Unsupported language {language!r}; expected one of {', '.join(LANGUAGES)}.")
        return language
    return engine.detect_language(join_regions(samples, regions).samples, candidates=LANGUAGES)


def transcribe_file(
    path: str | os.PathLike,
    *,
    language: str | None,
    stereo_speakers: tuple[str, str] | None,
    channel: str = "phone",
    max_seconds: float | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    engine: SpeechEngine | None = None,
    on_progress: Callable[[float], None] | None = None,
    context: CallContext | None = None,
) -> dict:
    """A whole call as a transcript dict; raises :class:`AudioError` for an unusable recording.

    A stereo file is one speaker per channel (``stereo_speakers``, by default agent
    left and customer right) unless both channels carry the same signal. A mono file
    gets speakers estimated by voice (:mod:`transcription.speakers`) and is marked so.
    ``on_progress`` is called after each window with the share of the call read so far.
    ``context`` (the call's names and vocabulary) guides recognition, and its names and
    verification flag are carried by the transcript.
    """
    engine = engine or engine_current()
    progress = Progress(on_progress)
    audio = decode_audio(path, max_seconds=max_seconds or DEFAULT_MAX_SECONDS, max_bytes=max_bytes)
    transcript: dict = {"language": "", "channel": channel, "duration": round(audio.duration_s, 2)}
    if audio.channel_count == 2 and (stereo_speakers or not _same_signal(audio.channels)):
        speakers = stereo_speakers or DEFAULT_STEREO_SPEAKERS
        regions = [speech_regions(samples) for samples in audio.channels]
        if not any(regions):
            raise AudioError(NO_SPEECH)
        busiest = max(range(2), key=lambda i: sum(r.duration for r in regions[i]))
        language = _language(engine, audio.channels[busiest], regions[busiest], language)
        for samples, track_regions in zip(audio.channels, regions):
            progress.expect(_windows(engine, samples, track_regions))
        segments = [
            segment
            for samples, track_regions, speaker in zip(audio.channels, regions, speakers)
            for segment in _track_segments(
                engine, samples, track_regions, language, [speaker] * len(track_regions), progress, context
            )
        ]
    else:
        samples = audio.mono()
        regions = _regions_or_fail(samples)
        language = _language(engine, samples, regions, language)
        progress.expect(_windows(engine, samples, regions))
        segments = _track_segments(
            engine, samples, regions, language, speakers_estimate(samples, regions), progress, context
        )
        transcript["speaker_attribution"] = "estimated"
    transcript["language"] = language
    if context:
        transcript.update(context.transcript_fields())
    transcript["segments"] = sorted(segments, key=lambda segment: (segment["start"], segment["end"]))
    return transcript


def transcribe_clip(
    path: str | os.PathLike,
    *,
    language: str,
    speaker: str,
    max_seconds: float | None = None,
    engine: SpeechEngine | None = None,
    context: CallContext | None = None,
) -> list[dict]:
    """Segments of one recorded turn (a live call's reply), times from the clip's start; read by
    the turn engine, since a person waits for it.

    A turn without speech raises :class:`AudioError`, so the agent is asked to record it again.
    ``context`` guides recognition as in :func:`transcribe_file`.
    """
    engine = engine or engine_current("turns")
    audio = decode_audio(path, max_seconds=max_seconds or DEFAULT_MAX_SECONDS)
    samples = audio.mono()
    regions = _regions_or_fail(samples)
    language = _language(engine, samples, regions, language)
    return _track_segments(engine, samples, regions, language, [speaker] * len(regions), context=context)
