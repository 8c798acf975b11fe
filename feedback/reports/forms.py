"""The review queue's filter form: which agent, which kind of work, submitted when."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from academy.teams.selectors import agents_visible_to
from academy.users.models import display_name_order
from academy.users.roles import Role

from .selectors import QueueFilter, QueueState


class ReviewQueueFilterForm(forms.Form):
    agent = forms.ModelChoiceField(
        label=_("Agent"), queryset=get_user_model().objects.none(), required=False, empty_label=_("Every agent")
    )
    state = forms.ChoiceField(
        label=_("Waiting for"),
        required=False,
        choices=[
            ("", _("Review or dispute")),
            (QueueState.PENDING, _("Review")),
            (QueueState.DISPUTED, _("Open dispute")),
        ],
    )
    since = forms.DateField(label=_("Submitted from"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(label=_("Submitted until"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, data, *, user):
        super().__init__(data)
        self.fields["agent"].queryset = (
            agents_visible_to(user)
            .filter(groups__name=Role.AGENT)
            .exclude(pk=user.pk)
            .order_by(display_name_order(), "pk")
        )

    def queue_filter(self) -> QueueFilter:
        """The filter the valid fields describe; a garbled field filters nothing (and says why)."""
        if not self.is_bound:
            return QueueFilter()
        self.is_valid()  # cleaned_data keeps only the fields that are valid
        values = self.cleaned_data
        agent = values.get("agent")
        return QueueFilter(
            agent_id=agent.pk if agent else None,
            state=values.get("state") or None,
            since=values.get("since"),
            until=values.get("until"),
        )
