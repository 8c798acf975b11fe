from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "academy.privacy"
    label = "privacy"
    verbose_name = "Data rights"

    def ready(self) -> None:
        from academy.platform.signals import worker_starting

        from .signals import retention_schedule

        worker_starting.connect(retention_schedule, dispatch_uid="privacy-retention-schedule")
