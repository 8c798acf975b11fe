"""The rubric edit form: rows validated as a whole, as the engine will read them."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm

from feedback.scoring.rubric import CRITERION_KEYS, RubricDefinition, RubricError

from .labels import criterion_display_name
from .models import Channel, Rubric
from .rows import ROW_SETTINGS, criteria_using_field
from .services import rubric_definition_from_rows


class RubricAdminForm(WagtailAdminModelForm):
    make_default = forms.BooleanField(
        label=gettext_lazy("Default for its channel"),
        required=False,
        help_text=gettext_lazy(
            "Used when a conversation of this channel is scored without naming a rubric. "
            "Ticking it here moves the default away from the channel's current default rubric."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["make_default"].initial = self.instance.is_default

    def clean(self):
        cleaned = super().clean()
        self._check_default_kept(cleaned)
        channel = cleaned.get("channel")
        rows = self.formsets["criteria"]
        if channel and rows.is_valid():
            live_forms = [
                form
                for form in rows.forms
                if form not in rows.deleted_forms and (form.instance.pk or form.has_changed())
            ]
            self._check_rows(channel, live_forms)
            if not self.errors and not any(form.errors for form in live_forms) and live_forms:
                self._check_definition(cleaned, live_forms)
        return cleaned

    def _check_default_kept(self, cleaned) -> None:
        """A channel never loses its default: the default moves only by ticking it on another rubric."""
        if not self.instance.pk:
            return
        stored = Rubric.objects.filter(pk=self.instance.pk).values("is_default", "channel").first()
        if not stored or not stored["is_default"]:
            return
        if not cleaned.get("make_default"):
            self.add_error(
                "make_default",
                _("Each channel keeps one default rubric: to change it, tick this box on another rubric."),
            )
        elif cleaned.get("channel") and cleaned["channel"] != stored["channel"]:
            self.add_error(
                "channel",
                _("This rubric is the default of its channel: make another rubric the default before moving it."),
            )

    def _check_rows(self, channel: str, row_forms) -> None:
        for form in row_forms:
            key = form.cleaned_data.get("key")
            if key not in CRITERION_KEYS[channel]:
                form.add_error(
                    "key", _("Not a criterion of the channel %(channel)s.") % {"channel": Channel(channel).label}
                )
                continue
            for field in ROW_SETTINGS:
                if key not in criteria_using_field(field) and form.cleaned_data.get(field) not in (None, ""):
                    form.add_error(
                        field,
                        _("%(criterion)s does not use this setting.") % {"criterion": criterion_display_name(key)},
                    )
            low, high = form.cleaned_data.get("min_wpm"), form.cleaned_data.get("max_wpm")
            if low is not None and high is not None and low >= high:
                form.add_error("max_wpm", _("Must be above the minimum words per minute."))

    def _check_definition(self, cleaned, row_forms) -> None:
        """Ask the engine itself whether it can score with the edited rubric."""
        draft = Rubric(
            slug=cleaned.get("slug") or "",
            name=cleaned.get("name") or "",
            channel=cleaned["channel"],
            pass_mark=cleaned.get("pass_mark") or 0,
        )
        rows = [form.instance for form in row_forms]
        try:
            RubricDefinition.from_dict(rubric_definition_from_rows(rubric=draft, rows=rows).to_dict())
        except RubricError as error:
            raise ValidationError(
                _("The scoring engine cannot use this rubric: %(reason)s") % {"reason": error}
            ) from error
