"""StreamField blocks of a scenario's script: what the simulated customer says, and how they react.

A line without reactions is followed by the next line of the script (a linear script is a
chain); reactions send the call elsewhere when the agent's reply meets their conditions.
The script is validated as a whole on save (unknown targets, cycles that never end,
unreachable lines) by the same rules the role-play engine applies to an imported file.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StreamBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from feedback.scoring.labels import criterion_label
from feedback.scoring.replies import CONDITIONS, SILENCE


def condition_choices() -> list[tuple[str, str]]:
    """The conditions a reaction can wait for, named in the editor's language."""
    language = "it" if (get_language() or "en").startswith("it") else "en"
    choices = []
    for condition in CONDITIONS:
        if condition == SILENCE:
            choices.append((condition, str(_("The agent says nothing (silence)"))))
            continue
        key, result = condition.split(":")
        verdict = _("met") if result == "pass" else _("missed")
        choices.append((condition, f"{criterion_label(key, language)}: {verdict} ({condition})"))
    return choices


class ReactionBlock(blocks.StructBlock):
    """When the agent's reply meets every condition, the customer says the line named by `goto`."""

    when = blocks.MultipleChoiceBlock(
        choices=condition_choices,
        required=False,
        label=_("When the agent's reply…"),
        help_text=_("Every condition chosen must hold. None: always (put it last)."),
    )
    goto = blocks.CharBlock(max_length=60, label=_("…the customer says line"), help_text=_("The id of a line."))

    class Meta:
        icon = "redirect"
        label = _("Reaction")


class CustomerTurnBlock(blocks.StructBlock):
    """One thing the customer says; the agent answers it before the next one is played."""

    line_id = blocks.CharBlock(
        required=False,
        max_length=60,
        label=_("Line id"),
        help_text=_("How reactions name this line (e.g. 'protest'). Empty: its number in the script."),
    )
    text = blocks.TextBlock(label=_("What the customer says"))
    hint = blocks.TextBlock(
        required=False,
        label=_("Hint"),
        help_text=_("Help the agent may ask for while answering this line."),
    )
    audio = DocumentChooserBlock(
        required=False,
        label=_("Audio clip"),
        help_text=_(
            "Optional recording of this line (wav, mp3, ogg, m4a, webm, flac), played to the agent. "
            "Without one, the line is spoken by the server's voice."
        ),
    )
    reactions = blocks.ListBlock(
        ReactionBlock(),
        default=[],
        min_num=0,
        label=_("Reactions"),
        help_text=_(
            "Checked in order after the agent's reply; the first that holds picks the next line. "
            "When none holds, the next line of the script follows."
        ),
    )
    ends_call = blocks.BooleanBlock(
        required=False,
        label=_("The call ends here when no reaction holds"),
        help_text=_("Instead of going on to the next line of the script."),
    )

    class Meta:
        icon = "user"
        label = _("Customer turn")


class ScriptBlock(blocks.StreamBlock):
    """The customer's script, refused on save when the call could not be played."""

    customer_turn = CustomerTurnBlock()

    def clean(self, value):
        value = super().clean(value)
        from .services.scripts import script_problem  # services import the blocks' module for its values

        problem = script_problem([child.value for child in value if child.block_type == "customer_turn"])
        if problem:
            raise StreamBlockValidationError(non_block_errors=ErrorList([ValidationError(problem)]))
        return value
