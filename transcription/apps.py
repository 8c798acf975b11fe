from django.apps import AppConfig

from transcription.config import Use


def engine_load(use: Use = "recordings", **_) -> None:
    """A worker loads the engine's weights (of recordings, or of turns for a web worker hosting live
    calls) and the voice-activity model as it starts, so its first job waits for neither.

    Both are kept for the process (:func:`transcription.engine.engine_current`): every job the
    worker runs after that reuses them.
    """
    import numpy as np

    from transcription.audio import SAMPLE_RATE
    from transcription.engine import engine_current
    from transcription.vad import speech_regions

    engine_current(use).model  # noqa: B018 - loads the weights
    speech_regions(np.zeros(SAMPLE_RATE, dtype=np.float32))  # loads Silero and runs it once


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
            turn_engine=settings.WHISPER_TURN_ENGINE,
        )
        worker_starting.connect(engine_load, dispatch_uid="transcription-engine-load")
