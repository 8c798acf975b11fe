"""With the real database queue and a real worker process, a finished practice shows that it
is being scored, and the inbox turns into the result by itself when the worker is done."""

import pytest
from playwright.sync_api import expect

from scenarios.models import Attempt
from tests.scenarios.social.factories import SocialScenarioFactory
from tests.scenarios.social.test_inbox_browser import PRIVATE_MOVE, reply_in_public, url
from tests.scenarios.test_worker_faults import DATABASE_TASKS, start_worker

pytestmark = [
    pytest.mark.browser,
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_the_inbox_waits_for_the_worker_then_shows_the_report_link(page, login, live_server, agent, settings, tmp_path):
    settings.TASKS = DATABASE_TASKS
    scenario = SocialScenarioFactory()
    login(page, agent, "en")
    page.goto(url(live_server, "social:scenario_detail", pk=scenario.pk))
    page.get_by_role("button", name="Open the inbox").click()
    reply_in_public(page, PRIVATE_MOVE)
    page.get_by_role("button", name="Finish and get my coaching report").click()
    expect(page.get_by_role("status").filter(has_text="Scoring your replies")).to_be_visible()

    worker = start_worker(settings.DATABASES["default"]["NAME"], tmp_path / "worker.log")
    try:
        expect(page.get_by_role("link", name="Open the report")).to_be_visible(timeout=120_000)
    finally:
        worker.kill()
        worker.wait()
    assert Attempt.objects.get(agent=agent).state == Attempt.State.READY
