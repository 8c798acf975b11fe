from django.apps import AppConfig
from django.core import checks


class PlatformConfig(AppConfig):
    """The running product as a whole: task worker, demo data loader, smoke check, secret key."""

    name = "academy.platform"
    label = "platform"
    verbose_name = "Platform"

    def ready(self) -> None:
        from academy.platform.secret_key import check_secret_key

        checks.register(check_secret_key, checks.Tags.security, deploy=True)
