"""Recordings generated for the tests with espeak-ng and sox, never hand-picked files:
spoken lines, stereo calls, and the bad inputs uploads must refuse."""

import subprocess
from pathlib import Path

VOICES = {"en": "en-gb", "it": "it"}


def spoken_wav(path: Path, text: str, *, language: str = "en", rate: int = 16000) -> Path:
    """`text` spoken by espeak-ng, resampled to `rate` Hz mono.

    sox dithers when it resamples, with fresh noise on each run unless told to repeat it (``-R``):
    without it the same text gave other samples each time, and Whisper read them differently
    (phone-en-3's customer voiced five times by benchmarks/transcribe_speed.py: 20 to 38 errors).
    """
    raw = path.with_suffix(".espeak.wav")
    subprocess.run(
        ["espeak-ng", "-v", VOICES[language], "-s", "150", "-w", str(raw), text], check=True, capture_output=True
    )
    subprocess.run(["sox", "-R", str(raw), "-r", str(rate), "-c", "1", str(path)], check=True, capture_output=True)
    raw.unlink()
    return path


def silence_wav(path: Path, seconds: float, *, channels: int = 1) -> Path:
    subprocess.run(
        ["sox", "-n", "-r", "16000", "-c", str(channels), str(path), "trim", "0", str(seconds)],
        check=True,
        capture_output=True,
    )
    return path


def padded(path: Path, source: Path, *, before: float = 0.0, after: float = 0.0) -> Path:
    subprocess.run(["sox", str(source), str(path), "pad", str(before), str(after)], check=True, capture_output=True)
    return path


def stereo_call(
    path: Path, agent_lines: list[str], customer_lines: list[str], *, language: str = "en", pause: float = 0.6
) -> Path:
    """A call with the agent on the left channel and the customer on the right, taking turns."""
    workdir = path.parent
    left, right = [], []
    for n, (agent, customer) in enumerate(zip(agent_lines, customer_lines + [""] * len(agent_lines))):
        for text, mine, other in ((agent, left, right), (customer, right, left)):
            if not text:
                continue
            clip = padded(
                workdir / f"turn{n}-{len(mine)}-{len(other)}.wav",
                spoken_wav(workdir / f"raw{n}-{len(mine)}-{len(other)}.wav", text, language=language),
                after=pause,
            )
            mine.append(clip)
            other.append(silence_wav(workdir / f"sil{n}-{len(mine)}-{len(other)}.wav", duration_seconds(clip)))
    tracks = []
    for side, clips in (("left", left), ("right", right)):
        track = workdir / f"{path.stem}-{side}.wav"
        subprocess.run(["sox", *map(str, clips), str(track)], check=True, capture_output=True)
        tracks.append(track)
    subprocess.run(["sox", "-M", *map(str, tracks), str(path)], check=True, capture_output=True)
    return path


def duration_seconds(path: Path) -> float:
    return float(subprocess.run(["soxi", "-D", str(path)], check=True, capture_output=True, text=True).stdout)


def tone_wav(path: Path, seconds: float) -> Path:
    subprocess.run(
        ["sox", "-n", "-r", "16000", "-c", "1", str(path), "synth", str(seconds), "sine", "440"],
        check=True,
        capture_output=True,
    )
    return path


def noise_wav(path: Path, seconds: float, *, volume: float = 0.3) -> Path:
    """White noise and nothing else: loud enough to hear, with no voice in it."""
    subprocess.run(
        [
            "sox",
            "-n",
            "-r",
            "16000",
            "-c",
            "1",
            "-b",
            "16",
            str(path),
            "synth",
            str(seconds),
            "whitenoise",
            "vol",
            str(volume),
        ],
        check=True,
        capture_output=True,
    )
    return path


def bad_input_corpus(directory: Path, *, too_long_seconds: float) -> dict[str, Path]:
    """Files that cannot become a transcript, each named by what makes it bad."""
    directory.mkdir(parents=True, exist_ok=True)
    text_as_wav = directory / "notes.wav"
    text_as_wav.write_text("These are meeting notes, not a recording.\n" * 50)
    empty = directory / "empty.wav"
    empty.write_bytes(b"")
    speech = spoken_wav(directory / "speech.wav", "Good morning, this is Laura from Telco, how can I help you today?")
    truncated = directory / "truncated.wav"
    data = speech.read_bytes()
    truncated.write_bytes(data[: len(data) // 3])
    return {
        "non-audio renamed .wav": text_as_wav,
        "empty": empty,
        "silent": silence_wav(directory / "silent.wav", 5.0),
        "noise only": noise_wav(directory / "noise.wav", 5.0),
        "truncated": truncated,
        "too long": silence_wav(directory / "too-long.wav", too_long_seconds),
        "unsupported type": _renamed(speech, directory / "speech.txt"),
    }


def _renamed(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes())
    return target
