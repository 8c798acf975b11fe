"""What a coaching report links to for a practice attempt: the call's recording, so that
clicking an evidence time plays that moment. Registered with feedback.reports.hooks in
ScenariosConfig.ready(), because feedback never imports scenarios."""
from django.urls import reverse


def scorecard_recording_url(scorecard) -> str | None:
    """The permission-checked recording of the attempt scored by `scorecard`, while it is kept."""
    from .models import Attempt

    attempt = Attempt.objects.filter(scorecard=scorecard).exclude(recording="").only("pk").first()
    return reverse("scenarios:attempt_recording", kwargs={"pk": attempt.pk}) if attempt else None
