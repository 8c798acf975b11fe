"""The one error the transcription engine raises for a recording it cannot use.

The engine needs no Django, so it speaks English; its messages are templates marked with
:func:`gettext_noop`, which Django's makemessages extracts, so the web layer can show them
in the user's language (:func:`transcription.messages.audio_error_message`).
"""


def gettext_noop(message: str) -> str:
    """Mark `message` for translation without translating it (makemessages extracts this name)."""
    return message


class AudioError(ValueError):
    """A recording that cannot be transcribed; the message is one line a user can act on.

    `template` is the English text with ``%(name)s`` placeholders filled from `params`,
    kept apart so a translation can be filled with the same values.
    """

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template % params)
