from django.apps import AppConfig


class CalibrationConfig(AppConfig):
    name = "feedback.calibration"
    label = "calibration"
    verbose_name = "Calibration"

    def ready(self) -> None:
        from feedback.reports import hooks

        from .report_links import scorecard_calibration_html
        from .selectors import scorecards_withheld_from

        hooks.withheld_scorecard_providers.append(scorecards_withheld_from)
        hooks.section_providers.append(scorecard_calibration_html)
