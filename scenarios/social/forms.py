from django import forms
from django.utils.translation import gettext_lazy as _

from academy.teams.selectors import agents_visible_to
from feedback.rubrics.models import Channel, Rubric

MAX_THREAD_BYTES = 1_000_000


class ThreadScoreForm(forms.Form):
    """A real social thread a trainer scores for an agent: pasted, or a .json/.txt file."""

    agent = forms.ModelChoiceField(
        label=_("Agent"),
        queryset=None,
        required=False,
        empty_label=_("Me"),
        help_text=_("Whose report it becomes."),
    )
    title = forms.CharField(label=_("Title"), max_length=255, initial=_("Social thread"))
    rubric = forms.ModelChoiceField(
        label=_("Rubric"),
        queryset=Rubric.objects.filter(channel=Channel.SOCIAL),
        required=False,
        empty_label=_("The default social rubric"),
    )
    thread = forms.CharField(
        label=_("Thread"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 12, "spellcheck": "false"}),
        help_text=_("The transcript JSON: language, channel “social”, segments with speaker, text, visibility and at."),
    )
    file = forms.FileField(
        label=_("…or a file"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".json,.txt"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agent"].queryset = agents_visible_to(user).order_by("username")

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None:
            return ""
        if upload.size > MAX_THREAD_BYTES:
            raise forms.ValidationError(_("The file is too large (at most 1 MB)."))
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise forms.ValidationError(_("The file is not UTF-8 text: upload the thread's JSON.")) from None

    def clean(self):
        data = super().clean()
        text = (data.get("thread") or "").strip() or data.get("file") or ""
        if not text.strip() and not self.errors:
            raise forms.ValidationError(_("Paste the thread or choose a file."))
        data["text"] = text
        return data
