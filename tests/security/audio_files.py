"""Hostile recordings the security tests upload: generated here, nothing committed."""

from __future__ import annotations

import subprocess
from pathlib import Path

FLAC_MAGIC = b"fLaC"
# STREAMINFO follows the 4-byte magic and its 4-byte block header; sample rate (20 bits),
# channels (3), bits per sample (5) and total samples (36) share the 8 bytes at offset 18.
STREAMINFO_PACKED = slice(18, 26)
TOTAL_SAMPLES_BITS = 36


def lying_flac(path: Path, *, real_seconds: float, declared_seconds: float, rate: int = 8000) -> Path:
    """A FLAC of `real_seconds` of silence whose header claims `declared_seconds`.

    Silence compresses to almost nothing, so a small file decodes to hours: a
    decompression bomb whose header hides its length from a probe.
    """
    subprocess.run(
        ["sox", "-n", "-r", str(rate), "-c", "1", "-b", "16", str(path), "trim", "0", str(real_seconds)], check=True
    )
    data = bytearray(path.read_bytes())
    assert data[:4] == FLAC_MAGIC
    packed = int.from_bytes(data[STREAMINFO_PACKED], "big")
    packed = packed >> TOTAL_SAMPLES_BITS << TOTAL_SAMPLES_BITS | int(declared_seconds * rate)
    data[STREAMINFO_PACKED] = packed.to_bytes(8, "big")
    path.write_bytes(bytes(data))
    return path


def ffconcat_playlist(path: Path, target: Path) -> Path:
    """An FFmpeg concat playlist that makes the demuxer open `target`, a file beside it."""
    path.write_text(f"ffconcat version 1.0\nfile '{target.name}'\n")
    return path
