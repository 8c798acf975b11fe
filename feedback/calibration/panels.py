"""The rubric editor's read-only **Trust** tab: each automatic criterion against people's judgement."""

from wagtail.admin.panels import Panel

from .selectors import rubric_trust


class RubricTrustPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "feedback/calibration/includes/rubric_trust.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["trust"] = rubric_trust(self.instance) if self.instance.pk else []
            return context
