"""The customer's voice for a line the trainer did not record: espeak-ng, offline, on the server.

Plain Python. A line is synthesised once: the caller caches the file under :func:`voice_key`,
which changes with the text, the language and the voice settings. Failure is an ordinary
outcome (no espeak-ng, a crash, a timeout): the call then shows the caption only.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

ESPEAK_VOICES = {"it": "it", "en": "en-gb"}
WORDS_PER_MINUTE = 160
TIMEOUT_S = 10


class VoiceError(RuntimeError):
    """The line could not be synthesised."""


def voice_key(text: str, language: str) -> str:
    """A name for the synthesised line that changes whenever its sound would."""
    spec = f"espeak-ng|{ESPEAK_VOICES[language]}|{WORDS_PER_MINUTE}|{text}"
    return hashlib.sha256(spec.encode()).hexdigest()[:32]


def synthesize(text: str, language: str, out: Path) -> None:
    """Write `text` spoken in `language` to the WAV file `out`."""
    if shutil.which("espeak-ng") is None:
        raise VoiceError("espeak-ng is not installed")
    try:
        subprocess.run(
            ["espeak-ng", "-v", ESPEAK_VOICES[language], "-s", str(WORDS_PER_MINUTE), "-w", str(out), text],
            check=True,
            capture_output=True,
            timeout=TIMEOUT_S,
        )
    except (OSError, subprocess.SubprocessError) as error:
        raise VoiceError(f"espeak-ng failed: {error}") from None
    if not out.is_file() or out.stat().st_size <= 44:
        raise VoiceError("espeak-ng wrote no audio")
