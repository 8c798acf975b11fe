"""Criterion names in the admin's language (the engine names them in the transcript's)."""

from django.utils.functional import lazy
from django.utils.translation import get_language

from feedback.scoring.labels import criterion_label


def _label_in_ui_language(key: str) -> str:
    return criterion_label(key, (get_language() or "en")[:2])


criterion_display_name = lazy(_label_in_ui_language, str)
