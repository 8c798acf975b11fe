"""Admin panels of the rubric editor: row fields shown per criterion, and the read-only version history."""

import json

from wagtail.admin.panels import FieldPanel, Panel

from .history import rubric_version_history
from .rows import criteria_using_field


class CriterionFieldPanel(FieldPanel):
    """A row field (threshold, extra cues) shown only in the rows whose criterion reads it.

    Rendered hidden when the row's criterion does not use it; Wagtail's `w-rules`
    controller shows or hides it again when the trainer changes the criterion.
    """

    class BoundPanel(FieldPanel.BoundPanel):
        @property
        def attrs(self):
            keys = criteria_using_field(self.field_name)
            return {
                **self.panel.attrs,
                "data-w-rules-target": "show",
                "data-w-rules": json.dumps({self.form.add_prefix("key"): keys}),
                "hidden": self.form["key"].value() not in keys,
            }


class VersionHistoryPanel(Panel):
    """Versions are written by saves, never edited: this panel only shows them."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "rubrics/panels/version_history.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["entries"] = rubric_version_history(self.instance) if self.instance.pk else []
            return context
