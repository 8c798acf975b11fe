from django.apps import AppConfig


class TranscriptionConfig(AppConfig):
    """Registers the `transcribe` command; the engine itself needs no Django."""

    name = "transcription"
    verbose_name = "Transcription"
