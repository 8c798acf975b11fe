"""StreamField blocks of a scenario's script: what the simulated customer says, in order."""
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class CustomerTurnBlock(blocks.StructBlock):
    """One thing the customer says; the agent answers it before the next one is played."""

    text = blocks.TextBlock(label=_("What the customer says"))
    audio = DocumentChooserBlock(
        required=False, label=_("Audio clip"),
        help_text=_("Optional recording of this line (wav, mp3, ogg, m4a, webm, flac), played to the agent."),
    )

    class Meta:
        icon = "user"
        label = _("Customer turn")
