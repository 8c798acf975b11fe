"""Each role's main pages in Chromium, in Italian and English, at desktop (1280 px) and phone
(390 px) width: nothing reaches past the window, Italian pages show no string the Italian catalogue
leaves in English, and axe-core finds no serious or critical accessibility violation. Each role's
home is saved as a screenshot in SCREENSHOTS_DIR (default var/screenshots, outside git) for a
reviewer: `scripts/screenshots` runs only that."""

import os
from pathlib import Path

import pytest
from django.conf import settings

from tests.screens import AXE, AXE_RUN_JS, OVERFLOW_JS, ROLES, WIDTHS, demo_load, role_pages, sign_in
from tests.untranslated import italian_misses, untranslated_on

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SCREENSHOTS = Path(os.environ.get("SCREENSHOTS_DIR", Path(settings.BASE_DIR) / "var" / "screenshots"))


@pytest.mark.parametrize("role", ROLES)
def test_each_roles_main_pages_fit_speak_the_language_and_pass_the_accessibility_scan(
    role, browser_factory, live_server
):
    assert AXE.exists(), f"{AXE} is missing: scripts/install installs axe-core (npm ci)"
    demo_load()
    browser, axe, problems = browser_factory(), AXE.read_text(), []
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for language in ("it", "en"):
        for device, width in WIDTHS.items():
            context = browser.new_context(viewport={"width": width, "height": 900}, locale=language)
            page = context.new_page()
            page.set_default_timeout(20_000)
            sign_in(page, live_server.url, ROLES[role], language)
            for number, path in enumerate(role_pages(role, language)):
                where = f"{role} {device} {path}"
                with italian_misses() as misses:
                    page.goto(live_server.url + path)
                    page.wait_for_load_state("networkidle")
                    html = page.content()
                if number == 0:
                    page.screenshot(path=SCREENSHOTS / f"{role}-home-{language}-{device}.png", full_page=True)
                reach = page.evaluate(OVERFLOW_JS)
                if reach["scroll"] > reach["width"] or reach["wide"]:
                    problems.append(f"{where}: {reach['scroll']} px wide in {reach['width']} ({reach['wide']})")
                if language == "it" and (english := untranslated_on(html, misses)):
                    problems.append(f"{where}: English on an Italian page: {sorted(english)}")
                if device == "desktop" or number == 0:  # the scan reads the same markup at both widths
                    page.evaluate(axe)
                    if violations := page.evaluate(AXE_RUN_JS):
                        problems.append(f"{where}: accessibility: {violations}")
            context.close()
    assert not problems, "\n".join(problems)
