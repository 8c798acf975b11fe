from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .services.recordings import UPLOAD_EXTENSIONS


class UploadForm(forms.Form):
    """A recorded call and which speaker is on which channel."""

    recording = forms.FileField(
        label=_("Recorded call"),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(f".{ext}" for ext in sorted(UPLOAD_EXTENSIONS))}),
    )
    stereo_speakers = forms.ChoiceField(
        label=_("Speakers"),
        choices=[
            ("agent,customer", _("Stereo: agent on the left channel, customer on the right")),
            ("customer,agent", _("Stereo: customer on the left channel, agent on the right")),
            ("mono", _("Mono, or both voices on both channels: estimate the speakers, I will check them")),
        ],
        initial="agent,customer",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["recording"].help_text = _(
            "wav, mp3, m4a, ogg, webm or flac; up to %(mb)d MB and %(min)d minutes."
        ) % {
            "mb": settings.MAX_UPLOAD_BYTES // 1_000_000,
            "min": settings.MAX_RECORDING_SECONDS // 60,
        }
