"""The one error the transcription engine raises for a recording it cannot use."""


class AudioError(ValueError):
    """A recording that cannot be transcribed; the message is one line a user can act on."""
