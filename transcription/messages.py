"""The engine's messages in the active language, for the Django side only (the engine itself needs no Django)."""

from django.utils.translation import gettext

from transcription.errors import AudioError


def audio_error_message(error: AudioError) -> str:
    """`error`'s message translated into the active language, its values filled in after translation."""
    return gettext(error.template) % error.params
