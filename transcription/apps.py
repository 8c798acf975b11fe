from django.apps import AppConfig


def engine_load(**_) -> None:
    """A worker loads the engine's weights as it starts, so its first recording waits for none.

    The engine is kept for the process (:func:`transcription.engine.engine_current`): every
    job the worker runs after that reuses it.
    """
    from transcription.engine import engine_current

    engine_current().model  # noqa: B018 - loads the weights


class TranscriptionConfig(AppConfig):
    """Registers the `transcribe` command and hands the engine its settings; the engine needs no Django."""

    name = "transcription"
    verbose_name = "Transcription"

    def ready(self) -> None:
        from django.conf import settings

        from academy.platform.signals import worker_starting
        from transcription.config import engine_settings_set

        engine_settings_set(
            engine=settings.WHISPER_ENGINE,
            model=settings.WHISPER_MODEL,
            ct2_model=settings.WHISPER_CT2_MODEL,
            decoding=settings.WHISPER_DECODING,
        )
        worker_starting.connect(engine_load, dispatch_uid="transcription-engine-load")
