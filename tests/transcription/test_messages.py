"""The engine speaks English and needs no Django; the web shows its refusals in the user's
language from the same one copy of each text, with the same values filled in."""

import ast
from pathlib import Path

import pytest
from django.utils import translation

import transcription
from transcription.audio import check_size, probe_audio
from transcription.errors import AudioError
from transcription.messages import audio_error_message


def refusal(path: Path) -> AudioError:
    with pytest.raises(AudioError) as refused:
        probe_audio(path)
    return refused.value


def engine_templates() -> list[str]:
    """Every text the engine marks with gettext_noop, read from its source."""
    templates = []
    for module in Path(transcription.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "gettext_noop" and node.args:
                templates.append(node.args[0].value)
    return templates


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "The file is not a readable audio recording (unknown or corrupt format)."),
        ("it", "Il file non è una registrazione audio leggibile (formato sconosciuto o danneggiato)."),
    ],
)
def test_a_file_that_is_not_audio_is_refused_in_the_active_language(tmp_path, language, message):
    notes = tmp_path / "notes.wav"
    notes.write_text("not audio at all")

    with translation.override(language):
        assert audio_error_message(refusal(notes)) == message


def test_the_values_are_filled_into_the_translation():
    with pytest.raises(AudioError) as refused:
        check_size(5_000_000, 2_000_000)

    with translation.override("it"):
        assert audio_error_message(refused.value) == "La registrazione è troppo grande (5 MB; il limite è 2 MB)."


def test_the_engine_itself_keeps_speaking_english_whatever_the_active_language(tmp_path):
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")

    with translation.override("it"):
        refused = refusal(empty)

    assert str(refused) == "The recording is empty (0 bytes)."


def test_every_message_of_the_engine_has_an_italian_translation():
    templates = engine_templates()

    with translation.override("it"):
        untranslated = [template for template in templates if translation.gettext(template) == template]

    assert len(templates) >= 10
    assert untranslated == []
