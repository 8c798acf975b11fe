from django.apps import AppConfig


class PlatformConfig(AppConfig):
    """The running product as a whole: task worker, demo data loader, smoke check."""

    name = "academy.platform"
    label = "platform"
    verbose_name = "Platform"
