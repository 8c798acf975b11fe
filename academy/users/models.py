from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """An Academy user; the role comes from group membership (ask academy.users.roles)."""

    language = models.CharField(
        _("preferred language"), max_length=8, choices=[("it", "Italiano"), ("en", "English")], default="it"
    )

    def __str__(self) -> str:
        return self.get_full_name() or self.username
