from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from .roles import Role


class User(AbstractUser):
    """An Academy user; the role comes from group membership (see roles.Role)."""

    language = models.CharField(
        _("preferred language"), max_length=8, choices=[("it", "Italiano"), ("en", "English")], default="it"
    )

    def has_role(self, role: Role) -> bool:
        return self.groups.filter(name=role.value).exists()

    @property
    def is_agent(self) -> bool:
        return self.has_role(Role.AGENT)

    @property
    def is_trainer(self) -> bool:
        return self.is_superuser or self.has_role(Role.TRAINER)

    @property
    def is_supervisor(self) -> bool:
        return self.has_role(Role.SUPERVISOR)

    def __str__(self) -> str:
        return self.get_full_name() or self.username
