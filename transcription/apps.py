from django.apps import AppConfig


class TranscriptionConfig(AppConfig):
    """Registers the `transcribe` command and hands the engine its settings; the engine needs no Django."""

    name = "transcription"
    verbose_name = "Transcription"

    def ready(self) -> None:
        from django.conf import settings

        from transcription.config import engine_settings_set

        engine_settings_set(
            engine=settings.WHISPER_ENGINE,
            model=settings.WHISPER_MODEL,
            ct2_model=settings.WHISPER_CT2_MODEL,
            decoding=settings.WHISPER_DECODING,
        )
