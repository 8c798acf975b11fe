"""The product on PostgreSQL: every migration applies (pytest-django migrated this database),
none is missing, and the demo loads twice and its people's pages answer."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import translation

from academy.platform.demo_users import DEMO_USERS
from feedback.reports.models import Scorecard
from scenarios.models import ScenarioPage

pytestmark = pytest.mark.django_db


def test_the_database_is_postgresql_and_no_migration_is_missing():
    assert connection.vendor == "postgresql"
    call_command("makemigrations", check=True, dry_run=True, verbosity=0)
    call_command("migrate", check=True, verbosity=0)  # exits non-zero when a migration is unapplied


def test_the_demo_loads_twice_and_each_demo_person_s_pages_answer(client):
    call_command("load_demo", verbosity=0)
    counts = (get_user_model().objects.count(), ScenarioPage.objects.count(), Scorecard.objects.count())
    call_command("load_demo", verbosity=0)
    assert (get_user_model().objects.count(), ScenarioPage.objects.count(), Scorecard.objects.count()) == counts
    assert counts[1] >= 8 and counts[2] > 0

    for person in DEMO_USERS:
        client.force_login(get_user_model().objects.get(username=person.username))
        with translation.override(person.language):
            pages = [
                reverse("home"),
                reverse("courses:my_learning"),
                reverse("scenarios:practice"),
                reverse("reports:index"),
            ]
            if person.role.value != "Agent":
                pages += [reverse("reports:review_queue"), reverse("courses:team_progress")]
        for page in pages:
            response = client.get(page)
            assert response.status_code == 200, (person.username, page, response.status_code)
