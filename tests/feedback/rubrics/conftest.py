import pytest
from wagtail.users.models import UserProfile

from feedback.rubrics.selectors import rubric_by_slug


def _english_admin(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def trainer(trainer):
    """The trainer reads the admin in English (Wagtail's own language preference)."""
    return _english_admin(trainer)


@pytest.fixture
def supervisor(supervisor):
    return _english_admin(supervisor)


@pytest.fixture
def phone(db):
    """The shipped phone rubric, created by the data migration."""
    return rubric_by_slug("phone")
