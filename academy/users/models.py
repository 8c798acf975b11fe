from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Func, Value
from django.db.models.functions import Coalesce, Concat, Lower, NullIf, Trim
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """An Academy user; the role comes from group membership (ask academy.users.roles)."""

    language = models.CharField(
        _("preferred language"), max_length=8, choices=[("it", "Italiano"), ("en", "English")], default="it"
    )

    def __str__(self) -> str:
        return self.get_full_name() or self.username


def display_name_order(prefix: str = "") -> Func:
    """What `str(user)` shows (full name, else username), lower-cased, as SQL: lists of agents are
    ordered by it in the database, so that a page of them can be cut there."""
    full_name = Trim(Concat(f"{prefix}first_name", Value(" "), f"{prefix}last_name"))
    return Lower(Coalesce(NullIf(full_name, Value("")), f"{prefix}username"))
