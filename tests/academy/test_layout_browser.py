"""The frame of every page in a real browser: a skip link first, a Menu button that folds the
header's links on a phone, and disabled controls that look disabled."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_the_first_key_press_reaches_the_skip_link_to_the_content(page, live_server, login, agent):
    login(page, agent)
    page.keyboard.press("Tab")
    focused = page.evaluate("() => [document.activeElement.className, document.activeElement.getAttribute('href')]")
    assert focused == ["skip-link", "#main"]
    assert page.locator(".skip-link").is_visible()


def test_on_a_phone_the_links_fold_behind_a_menu_button(page, live_server, login, agent):
    page.set_viewport_size({"width": 390, "height": 844})
    login(page, agent)
    menu, nav = page.get_by_role("button", name="Menu"), page.locator(".site-header nav")
    assert menu.is_visible() and not nav.is_visible()
    assert page.locator(".site-header").bounding_box()["height"] < 80  # one line, not three
    menu.click()
    assert nav.is_visible() and menu.get_attribute("aria-expanded") == "true"
    page.get_by_role("link", name="Reports").click()
    page.wait_for_url("**/en/reports/")


def test_on_a_desktop_the_links_show_without_a_menu(page, live_server, login, agent):
    page.set_viewport_size({"width": 1280, "height": 900})
    login(page, agent)
    assert page.locator(".site-header nav").is_visible() and not page.get_by_role("button", name="Menu").is_visible()


def test_a_disabled_button_looks_disabled(page, live_server, login, agent):
    login(page, agent)
    opacity = page.evaluate("""() => {
      const button = document.createElement('button'); button.textContent = 'Send'; button.disabled = true;
      document.querySelector('main').append(button);
      return [getComputedStyle(button).opacity, getComputedStyle(button).cursor];
    }""")
    assert float(opacity[0]) <= 0.6 and opacity[1] == "not-allowed"
