"""The rubric editor in a real browser: each row shows only what its criterion uses, and saving makes v2."""

import pytest

from feedback.rubrics.selectors import rubric_by_slug, rubric_version_latest

from .admin_forms import admin_url, criterion

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_trainer_edits_a_threshold_and_each_row_offers_only_its_own_settings(page, live_server, login, trainer):
    phone = rubric_by_slug("phone")
    login(page, trainer)
    page.goto(f"{live_server.url}{admin_url('edit', phone.pk)}")
    page.click("[role=tab]:has-text('Criteria')")
    fillers = f"#id_criteria-{phone.criteria.get(key='filler_words').sort_order}"
    greeting = f"#id_criteria-{phone.criteria.get(key='greeting').sort_order}"

    assert page.is_visible(f"{fillers}-max_per_100")
    assert page.is_hidden(f"{fillers}-max_gap_s") and page.is_hidden(f"{greeting}-max_per_100")
    assert page.is_disabled(f"{fillers}-key >> option[value=reply_length]")

    # Switching a row to another criterion brings up that criterion's thresholds instead.
    page.select_option(f"{greeting}-key", "dead_air")
    page.wait_for_selector(f"{greeting}-max_gap_s", state="visible")
    page.select_option(f"{greeting}-key", "greeting")
    page.wait_for_selector(f"{greeting}-max_gap_s", state="hidden")

    page.fill(f"{fillers}-max_per_100", "4")
    page.click("button.action-save")
    page.wait_for_url(f"**{admin_url('list')}**")

    latest = rubric_version_latest(phone)
    assert latest.number == 2
    assert criterion(latest.definition, "filler_words")["params"]["max_per_100"] == 4


def test_a_row_removed_and_added_back_offers_its_thresholds(page, live_server, login, trainer):
    phone = rubric_by_slug("phone")
    login(page, trainer)
    page.goto(f"{live_server.url}{admin_url('edit', phone.pk)}")
    page.click("[role=tab]:has-text('Criteria')")
    page.click(f"#id_criteria-{phone.criteria.get(key='talk_ratio').sort_order}-DELETE-button")

    page.click("#id_criteria-ADD")
    new_row = f"#id_criteria-{phone.criteria.count()}"
    assert page.is_hidden(f"{new_row}-max_ratio")
    page.select_option(f"{new_row}-key", "talk_ratio")
    page.fill(f"{new_row}-weight", "8")
    page.fill(f"{new_row}-max_ratio", "0.7")
    page.click("button.action-save")
    page.wait_for_url(f"**{admin_url('list')}**")

    talk_ratio = criterion(rubric_version_latest(phone).definition, "talk_ratio")
    assert talk_ratio["weight"] == 8 and talk_ratio["params"] == {"max_ratio": 0.7}
