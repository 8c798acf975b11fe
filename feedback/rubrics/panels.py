"""Read-only admin panel listing a rubric's frozen versions."""
from wagtail.admin.panels import Panel

from .history import rubric_version_history


class VersionHistoryPanel(Panel):
    """Versions are written by saves, never edited: this panel only shows them."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "rubrics/panels/version_history.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["entries"] = rubric_version_history(self.instance) if self.instance.pk else []
            return context
