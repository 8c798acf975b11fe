"""How long the silence check (transcription.audio.is_silent) takes on a 15-minute recording,
the longest an upload may be:

- the worst case, a silent recording, decoded to its end (the whole bound, as the worker
  may), and as far as the upload request reads it (UPLOAD_SCAN_SECONDS), in each container
  the upload form and the browser recorder produce;
- a call with a voice in its first seconds, where decoding stops at the first audible frame;
- a decompression bomb: a FLAC of an hour of silence whose header claims ten seconds,
  and how soon the decode for Whisper refuses it.

    .venv/bin/python benchmarks/silence_check_speed.py [--minutes 15] [--runs 3]

The audio is generated with espeak-ng, sox and PyAV in a temporary directory; prints the median
wall-clock and CPU seconds (CPU time shows the cost on a busy machine).
"""

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report_speed import ROOT, timed  # noqa: E402

sys.path.insert(0, str(ROOT))
from scenarios.conf import DEFAULTS  # noqa: E402
from tests.security.audio_files import lying_flac  # noqa: E402
from tests.transcription.conftest import encode, join, silence, speak  # noqa: E402
from transcription.audio import SILENCE_PEAK_DBFS, decode_audio, is_silent, probe_audio  # noqa: E402
from transcription.errors import AudioError  # noqa: E402

SCAN_SECONDS = DEFAULTS["UPLOAD_SCAN_SECONDS"]

# (container, codec, file suffix, sample rate): what uploads and MediaRecorder clips arrive as.
FORMATS = [
    ("wav", "pcm_s16le", "wav", 16000),
    ("webm", "libopus", "webm", 48000),
    ("ogg", "libopus", "ogg", 48000),
    ("mp3", "libmp3lame", "mp3", 16000),
    ("mp4", "aac", "m4a", 16000),
    ("flac", "flac", "flac", 16000),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=15.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="silence-bench-") as tmp:
        tmp = Path(tmp)
        quiet = silence(tmp / "quiet.wav", args.minutes * 60)
        recordings = {
            f"silent {suffix} ({rate // 1000} kHz {codec})": encode(
                quiet, tmp / f"silent.{suffix}", container=container, codec=codec, rate=rate
            )
            for container, codec, suffix, rate in FORMATS
        }
        voice = speak(tmp / "voice.wav", "Good morning, this is Laura from Telco, how can I help you today?")
        recordings["voice first, then silence (wav)"] = join(tmp / "call.wav", voice, quiet)

        bound = args.minutes * 60 + 30  # room for the voice before the silence
        print(
            f"is_silent (loudest sample below {SILENCE_PEAK_DBFS:.0f} dBFS) on {args.minutes:g} minutes, "
            f"median of {args.runs} runs: whole bound | the upload request's first {SCAN_SECONDS} s; probe_audio"
        )
        for name, path in recordings.items():
            wall, cpu, silent = timed(lambda: is_silent(path, max_seconds=bound), args.runs)
            scan_wall, scan_cpu, scanned = timed(lambda: is_silent(path, max_seconds=SCAN_SECONDS), args.runs)
            probe_wall, _cpu, _info = timed(lambda: probe_audio(path, max_seconds=bound), args.runs)
            print(
                f"  {name:38s} silent={silent!s:5s}  {wall:5.2f} s wall, {cpu:5.2f} s CPU | "
                f"request: silent={scanned!s:5s} {scan_wall:5.2f} s wall, {scan_cpu:5.2f} s CPU  "
                f"(probe {probe_wall:.2f} s, {path.stat().st_size / 1e6:.1f} MB)"
            )

        bomb = lying_flac(tmp / "bomb.flac", real_seconds=3600, declared_seconds=10)
        scan_wall, _cpu, scanned = timed(lambda: is_silent(bomb, max_seconds=SCAN_SECONDS), args.runs)
        refusal_wall, _cpu, refusal = timed(lambda: _refusal(bomb, bound), args.runs)
        print(
            f"bomb: 1 h of silence announced as 10 s ({bomb.stat().st_size / 1e6:.1f} MB FLAC): request scan "
            f"silent={scanned} in {scan_wall:.2f} s; decode for Whisper refused in {refusal_wall:.2f} s ({refusal})"
        )


def _refusal(path: Path, max_seconds: float) -> str:
    try:
        decode_audio(path, max_seconds=max_seconds)
    except AudioError as error:
        return str(error)
    return "not refused"


if __name__ == "__main__":
    main()
