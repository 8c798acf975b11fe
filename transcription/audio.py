"""Reading recordings with PyAV (FFmpeg's libraries, no ffmpeg binary) into what Whisper eats.

Every supported container (wav, mp3, m4a, ogg, webm, flac) goes through the same path:
the first audio stream is resampled to 16 kHz float32, one array per channel, so a
stereo call keeps its agent and customer apart. Anything that is not such a recording
raises :class:`AudioError` with a message a user can act on. :func:`is_silent` tells a
recording nobody could hear from one worth sending to the worker.

Uploads are hostile input, so two rules hold for every read here: FFmpeg may only use
the demuxers of those containers (:data:`CONTAINER_FORMATS`; a playlist such as
``ffconcat`` would make it open other files of the server by path), and no decode goes
on past the length it was given, whatever the file's header says (a few megabytes of
compressed silence can hold hours of audio).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from transcription.errors import AudioError, gettext_noop

SAMPLE_RATE = 16_000
DEFAULT_MAX_SECONDS = 15 * 60.0
DEFAULT_MAX_BYTES = 100 * 1024 * 1024
MIN_SOURCE_RATE = 8_000  # below telephone quality, speech is not intelligible to Whisper
# A file whose decodable audio is shorter than this share of what its header declares
# was cut off (an interrupted upload or copy).
TRUNCATION_TOLERANCE = 0.9
NO_SAMPLES = gettext_noop("The recording contains no audio samples.")
# A recording whose loudest sample stays below this level (dB relative to full scale) holds
# nothing anyone could hear: digital silence (-inf, or -90 dBFS with 16-bit dither) or a
# muted or unplugged microphone's hiss. A recorded voice peaks tens of decibels higher.
# Noise loud enough to hear passes: the worker's voice activity detection tells it from speech.
SILENCE_PEAK_DBFS = -50.0
# The demuxers FFmpeg may pick for an upload: the containers the README names (m4a is
# mp4's "mov" demuxer, webm is "matroska"). Any other (concat playlists, image sequences,
# HLS, raw streams) is refused before its header is read.
CONTAINER_FORMATS = ("wav", "mp3", "mov", "ogg", "matroska", "flac")


@dataclass(frozen=True)
class AudioInfo:
    duration_s: float
    channels: int
    sample_rate: int
    codec: str


@dataclass(frozen=True)
class DecodedAudio:
    """Channels as rows of a float32 array at :data:`SAMPLE_RATE`."""

    channels: np.ndarray

    @property
    def duration_s(self) -> float:
        return self.channels.shape[1] / SAMPLE_RATE

    @property
    def channel_count(self) -> int:
        return self.channels.shape[0]

    def mono(self) -> np.ndarray:
        """Both parties in one track, for what needs a single signal (a clip, a mono recogniser)."""
        return self.channels.mean(axis=0, dtype=np.float32) if self.channel_count > 1 else self.channels[0]


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.0f} min" if seconds >= 60 else f"{seconds:.0f} s"


def _check_file(path: Path, max_bytes: int | None) -> None:
    if not path.is_file():
        raise AudioError(gettext_noop("No such audio file: %(path)s"), path=str(path))
    if not os.access(path, os.R_OK):
        raise AudioError(gettext_noop("The audio file cannot be read: %(path)s"), path=str(path))
    check_size(path.stat().st_size, max_bytes)


def check_size(size: int, max_bytes: int | None) -> None:
    """Refuse an empty or oversized recording from its size alone, before anything reads it."""
    if size == 0:
        raise AudioError(gettext_noop("The recording is empty (0 bytes)."))
    if max_bytes is not None and size > max_bytes:
        raise AudioError(
            gettext_noop("The recording is too large (%(size).0f MB; the limit is %(limit).0f MB)."),
            size=size / 1e6,
            limit=max_bytes / 1e6,
        )


def _open(path: Path) -> av.container.InputContainer:
    try:
        container = av.open(
            str(path),
            mode="r",
            container_options={
                # Checked by FFmpeg after probing, before the demuxer reads its header.
                "format_whitelist": ",".join(CONTAINER_FORMATS),
                "protocol_whitelist": "file",
            },
        )
    except (av.FFmpegError, UnicodeDecodeError, ValueError):
        raise AudioError(
            gettext_noop("The file is not a readable audio recording (unknown or corrupt format).")
        ) from None
    if not container.streams.audio:
        container.close()
        raise AudioError(gettext_noop("The file contains no audio."))
    return container


def _declared_duration(container: av.container.InputContainer) -> float | None:
    stream = container.streams.audio[0]
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / av.time_base
    return None


def _check_duration(duration: float, max_seconds: float) -> None:
    if duration > max_seconds:
        raise AudioError(
            gettext_noop("The recording is too long (%(duration)s; the limit is %(limit)s)."),
            duration=_minutes(duration),
            limit=_minutes(max_seconds),
        )


def _too_long_to_decode(max_seconds: float) -> AudioError:
    """Decoding was stopped at the limit: how much longer the recording is, nobody read."""
    return AudioError(
        gettext_noop("The recording is too long: it goes on past the limit of %(limit)s."), limit=_minutes(max_seconds)
    )


def probe_audio(
    path: str | os.PathLike,
    *,
    max_seconds: float = DEFAULT_MAX_SECONDS,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> AudioInfo:
    """Validate an upload from its headers and first packets, without decoding it all.

    Cheap enough for a web request: it catches renamed non-audio files, empty files,
    files over the length or size limit, codecs FFmpeg cannot decode and cut-off WAV
    files. Only a recording without a declared duration (a browser's MediaRecorder
    WebM) is counted through, frame by frame, up to `max_seconds`. Silence needs every sample
    (:func:`is_silent`); noise without a voice shows only when the audio is searched
    for speech (:func:`transcription.vad.speech_regions`).
    """
    path = Path(path)
    _check_file(path, max_bytes)
    with _open(path) as container:
        stream = container.streams.audio[0]
        codec = stream.codec_context.name
        rate = stream.codec_context.sample_rate or stream.rate or 0
        channels = stream.codec_context.channels
        if rate < MIN_SOURCE_RATE or channels < 1:
            raise AudioError(
                gettext_noop("Unsupported audio format (%(codec)s, %(rate)s Hz, %(channels)s channels)."),
                codec=codec,
                rate=rate,
                channels=channels,
            )
        duration = _declared_duration(container)
        if duration is None:
            duration = _counted_duration(container, stream, max_seconds)
            if duration > max_seconds:
                raise _too_long_to_decode(max_seconds)
        elif not _decodes(container, stream):
            duration = 0.0
        if duration <= 0:
            raise AudioError(NO_SAMPLES)
        _check_duration(duration, max_seconds)
        if container.format.name == "wav":
            _check_wav_complete(path)
        return AudioInfo(duration_s=round(duration, 3), channels=channels, sample_rate=rate, codec=codec)


def _decode_frames(container, stream):
    try:
        yield from container.decode(stream)
    except av.FFmpegError:
        raise AudioError(
            gettext_noop("The recording is corrupt: its %(codec)s audio cannot be decoded."),
            codec=stream.codec_context.name,
        ) from None


def _decodes(container, stream) -> bool:
    return next(_decode_frames(container, stream), None) is not None


def _counted_duration(container, stream, max_seconds: float) -> float:
    seconds = 0.0
    for frame in _decode_frames(container, stream):
        seconds += frame.samples / frame.sample_rate
        if seconds > max_seconds:
            break
    return seconds


def _check_wav_complete(path: Path) -> None:
    """FFmpeg sizes a cut-off WAV from the bytes present; its data chunk says what was meant."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        handle.seek(12)  # after "RIFF" <size> "WAVE"
        while True:
            header = handle.read(8)
            if len(header) < 8:
                return
            chunk_id, chunk_size = header[:4], int.from_bytes(header[4:], "little")
            if chunk_id == b"data":
                present = size - handle.tell()
                streaming = chunk_size in (0, 0xFFFFFFFF)  # written before the length was known
                if not streaming and present < TRUNCATION_TOLERANCE * chunk_size:
                    raise AudioError(
                        gettext_noop("The recording is truncated: only %(percent)d%% of its audio data is present."),
                        percent=present * 100 // chunk_size,
                    )
                return
            handle.seek(chunk_size + (chunk_size & 1), os.SEEK_CUR)


def is_silent(
    path: str | os.PathLike, *, threshold_dbfs: float = SILENCE_PEAK_DBFS, max_seconds: float = DEFAULT_MAX_SECONDS
) -> bool | None:
    """Whether no sample of the recording, in any channel, reaches `threshold_dbfs`.

    Decoding stops at the first audible frame (False), or after `max_seconds` of audio
    whatever the header declares: then the first `max_seconds` were silent and more
    follows, which only a whole decode can settle (None). True means the recording
    ended, silent, within `max_seconds`. A web request passes a short prefix, so a
    compressed hour of silence costs it no more than that prefix; the worker's bounded
    decode and its speech detection settle the rest. No resampling (15 silent minutes:
    0.3 s as WAV, 1.7 s as 48 kHz Opus; ``benchmarks/silence_check_speed.py``).
    Call it after :func:`probe_audio`, which holds the declared length and size limits.
    """
    floor = 10 ** (threshold_dbfs / 20)
    # Same rate and layout: only the sample format changes, to floats where full scale is 1.0.
    to_float = av.AudioResampler(format="flt")
    heard_s = 0.0
    with _open(Path(path)) as container:
        stream = container.streams.audio[0]
        for frame in _decode_frames(container, stream):
            if heard_s >= max_seconds:
                return None
            heard_s += frame.samples / frame.sample_rate
            frame.pts = None  # as in decode_audio: broken pts must not stop the resampler
            for out in to_float.resample(frame):
                samples = out.to_ndarray()
                if samples.size and max(samples.max(), -samples.min()) >= floor:
                    return False
    return True


def decode_audio(
    path: str | os.PathLike,
    *,
    max_seconds: float = DEFAULT_MAX_SECONDS,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> DecodedAudio:
    """Decode the whole first audio stream to 16 kHz float32, one row per channel.

    More than two channels are folded into stereo by FFmpeg's resampler: a call has
    two parties, and anything else is a mixing desk this product does not model.
    Decoding stops, with the "too long" refusal, one second past `max_seconds` even
    when the header announced less: the header is the file's claim, not a bound.
    """
    info = probe_audio(path, max_seconds=max_seconds, max_bytes=max_bytes)
    layout = "mono" if info.channels == 1 else "stereo"
    resampler = av.AudioResampler(format="fltp", layout=layout, rate=SAMPLE_RATE)
    chunks: list[np.ndarray] = []
    decoded_samples = 0
    limit = int((max_seconds + 1) * SAMPLE_RATE)
    with _open(Path(path)) as container:
        stream = container.streams.audio[0]
        for frame in _decode_frames(container, stream):
            frame.pts = None  # the resampler re-times; broken pts must not stop it
            for out in resampler.resample(frame):
                chunks.append(out.to_ndarray())
                decoded_samples += out.samples
            if decoded_samples > limit:
                raise _too_long_to_decode(max_seconds)
        for out in resampler.resample(None):
            chunks.append(out.to_ndarray())
    if not chunks:
        raise AudioError(NO_SAMPLES)
    samples = np.ascontiguousarray(np.concatenate(chunks, axis=1), dtype=np.float32)
    audio = DecodedAudio(channels=samples)
    if audio.duration_s < TRUNCATION_TOLERANCE * info.duration_s:
        raise AudioError(
            gettext_noop(
                "The recording is truncated: %(decoded).1f s of the %(announced).1f s "
                "its header announces could be decoded."
            ),
            decoded=audio.duration_s,
            announced=info.duration_s,
        )
    _check_duration(audio.duration_s, max_seconds)
    return audio
