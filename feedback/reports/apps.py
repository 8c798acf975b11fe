from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "feedback.reports"
    label = "reports"
    verbose_name = "Coaching reports"
