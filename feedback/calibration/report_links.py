"""The report page's way into calibration: a reviewer opens a session on the report they read."""

from django.template.loader import render_to_string

from feedback.reports.selectors import user_can_review


def scorecard_calibration_html(scorecard, request) -> str:
    if request is None or scorecard.submitted_at is None or not user_can_review(request.user, scorecard):
        return ""
    return render_to_string(
        "feedback/calibration/includes/report_section.html", {"scorecard": scorecard}, request=request
    )
