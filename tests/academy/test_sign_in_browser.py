"""Signing in and out in a real browser."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_an_agent_signs_in_and_out(page, live_server, login, agent):
    login(page, agent)
    assert str(agent) in page.inner_text("header")
    page.click("form.logout button")
    page.wait_for_url("**/accounts/login/**")
