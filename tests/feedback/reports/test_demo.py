"""The demo reports load once, and give every review page something to show."""

import pytest
from django.contrib.auth import get_user_model

from academy.platform.demo_users import demo_users_load
from feedback.reports.demo import DEMO_REPORTS, demo_reports_load
from feedback.reports.models import Dispute, Scorecard
from feedback.reports.selectors import review_queue_for

pytestmark = pytest.mark.django_db


def test_demo_reports_load_once_and_fill_the_queues():
    demo_users_load()
    assert demo_reports_load() == len(DEMO_REPORTS)
    assert demo_reports_load() == 0
    users = get_user_model().objects.in_bulk(field_name="username")
    assert Scorecard.objects.filter(agent=users["giulia"], reviewed_by=users["sara"]).exists()
    assert Dispute.objects.filter(scorecard__agent=users["marco"], status=Dispute.Status.OPEN).exists()
    queue = set(review_queue_for(users["sara"]).values_list("agent__username", flat=True))
    assert queue == {"giulia", "marco"}
    assert {s.channel for s in Scorecard.objects.filter(agent=users["emma"])} == {"phone", "social"}
