"""Issue 18, finding 9, in a real browser: the agent's pages work under the Content-Security-Policy."""

import pytest

from tests.academy.factories import EnrolmentFactory, LessonPageFactory
from tests.academy.security.test_headers import directives_of
from tests.factories import AgentFactory
from tests.feedback.reports.factories import ScorecardFactory, phone_call

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_an_agents_pages_break_no_rule_of_the_policy(page, live_server, login):
    agent = AgentFactory()
    lesson = LessonPageFactory()
    EnrolmentFactory(agent=agent, course=lesson.get_parent().specific)
    for _ in range(2):
        ScorecardFactory(agent=agent, transcript=phone_call("en"))
    refused = []
    page.on(
        "console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text else None
    )
    login(page, agent)
    for path in ["/en/", lesson.url, f"/en/reports/progress/{agent.pk}/", "/en/practice/"]:
        response = page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        assert directives_of(response.headers.get("content-security-policy", ""))["script-src"] == ["'self'"]
    page.select_option("#language", "all")  # the filter submits itself, from a script file
    page.wait_for_url("**/practice/?language=all")
    assert refused == []
