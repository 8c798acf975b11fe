"""Who a trainer may erase, found the way they look a person up."""

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from django.http import Http404

from academy.users.roles import user_is_trainer


def people_erasable_by(user, *, search: str = "") -> QuerySet:
    """Everyone but `user` and superusers, for a trainer; nobody for anyone else."""
    User = get_user_model()
    if not user.is_authenticated or not user_is_trainer(user):
        return User.objects.none()
    people = User.objects.exclude(pk=user.pk).exclude(is_superuser=True)
    for word in search.split():
        people = people.filter(
            Q(username__icontains=word)
            | Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
            | Q(email__icontains=word)
        )
    return people.order_by("last_name", "first_name", "username")


def person_erasable_get(*, user, pk: int):
    try:
        return people_erasable_by(user).get(pk=pk)
    except (get_user_model().DoesNotExist, ValueError, TypeError):
        raise Http404("No such person") from None
