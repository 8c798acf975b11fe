"""Speech recognisers behind one interface (:class:`transcription.engines.base.SpeechEngine`)."""
