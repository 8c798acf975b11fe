from django.apps import AppConfig


class RubricsConfig(AppConfig):
    name = "feedback.rubrics"
    label = "rubrics"
    verbose_name = "Rubrics"
