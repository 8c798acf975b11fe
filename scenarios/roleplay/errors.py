"""The one error the role-play engine raises for a scenario it cannot play.

The engine needs no Django, so it speaks English; its messages are templates marked with
:func:`gettext_noop` (extracted by makemessages), so the CMS can show them translated.
"""


def gettext_noop(message: str) -> str:
    """Mark `message` for translation without translating it."""
    return message


class ScenarioError(ValueError):
    """A malformed scenario; the message is one line naming the problem.

    `template` is the English text with ``%(name)s`` placeholders filled from `params`.
    """

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template % params)
