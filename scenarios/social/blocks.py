"""StreamField blocks of a social scenario's script: what the simulated customer posts or
sends privately, when, and how they react to a public or a private answer."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

VISIBILITY_CHOICES = [("public", _("Public (a post or comment)")), ("private", _("Private (a direct message)"))]


class FollowUpBlock(blocks.StructBlock):
    """The customer's reaction to the agent's first answer to the message, by where and how it came."""

    when = blocks.ChoiceBlock(
        choices=[
            ("public", _("The agent answered in public (without inviting to a private message)")),
            ("invite", _("The agent answered in public, inviting to a private message (DM)")),
            ("private", _("The agent answered privately")),
        ],
        label=_("When"),
    )
    text = blocks.TextBlock(label=_("What the customer writes"))
    visibility = blocks.ChoiceBlock(choices=VISIBILITY_CHOICES, default="public", label=_("Where"))
    delay_seconds = blocks.IntegerBlock(
        min_value=0,
        default=20,
        label=_("Delay (seconds)"),
        help_text=_("After the agent's answer."),
    )

    class Meta:
        icon = "redirect"
        label = _("Follow-up")


class CustomerMessageBlock(blocks.StructBlock):
    """One message of the customer's script; it arrives on its own schedule."""

    text = blocks.TextBlock(label=_("What the customer writes"))
    visibility = blocks.ChoiceBlock(choices=VISIBILITY_CHOICES, default="public", label=_("Where"))
    delay_seconds = blocks.IntegerBlock(min_value=0, default=0, label=_("Delay (seconds)"))
    after = blocks.ChoiceBlock(
        choices=[
            ("previous", _("after the previous customer message arrived (or the practice started)")),
            ("reply", _("after the agent has answered the previous customer message")),
        ],
        default="previous",
        label=_("Counted from"),
    )
    follow_ups = blocks.ListBlock(
        FollowUpBlock(),
        required=False,
        default=[],
        label=_("Follow-ups"),
        help_text=_(
            "What the customer writes next, depending on the agent's first answer to this message: in public, in public with an invitation to a private message, or privately."
        ),
    )

    class Meta:
        icon = "comment"
        label = _("Customer message")


def customer_message(
    text: str, visibility: str = "public", delay: int = 0, after: str = "previous", follow_ups=()
) -> tuple:
    """One block of a script as StreamField data, for code that writes scripts (demo content, tests)."""
    return (
        "customer_message",
        {
            "text": text,
            "visibility": visibility,
            "delay_seconds": delay,
            "after": after,
            "follow_ups": [dict(follow) for follow in follow_ups],
        },
    )


def follow_up(when: str, text: str, visibility: str = "public", delay: int = 0) -> dict:
    return {"when": when, "text": text, "visibility": visibility, "delay_seconds": delay}
