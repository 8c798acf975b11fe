"""Each role's main pages as the demo fills them, for the browser checks (overflow at phone width,
untranslated strings, accessibility scan) and for the screenshots a reviewer looks at."""

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from feedback.reports.models import Scorecard

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
DEMO_PASSWORD = "academy-demo"
WIDTHS = {"desktop": 1280, "phone": 390}
ROLES = {"agent": "giulia", "supervisor": "sara", "trainer": "tommaso"}


def demo_load() -> None:
    """The demo, plus a result a supervisor changed (the report's audit table shows)."""
    from feedback.reports.services import scorecard_override_criterion

    call_command("load_demo", stdout=open("/dev/null", "w"))
    people = {user.username: user for user in get_user_model().objects.filter(username__in=["giulia", "sara"])}
    submitted = Scorecard.objects.filter(agent=people["giulia"], submitted_at__isnull=False).order_by("pk").first()
    scorecard_override_criterion(
        scorecard=submitted,
        user=people["sara"],
        criterion="closing",
        result="pass",
        reason="La chiusura c'è: il saluto finale è stato trascritto male.",
    )


def _url(name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def role_pages(role: str, language: str) -> list[str]:
    """The pages a person of `role` works on most, home first (paths under `language`)."""
    User = get_user_model()
    people = {user.username: user for user in User.objects.filter(username__in=ROLES.values())}
    giulia = people["giulia"]
    submitted = Scorecard.objects.filter(agent=giulia, submitted_at__isnull=False).order_by("pk").first()
    pages = {
        "agent": [
            _url("home", language),
            _url("courses:my_learning", language),
            _url("scenarios:practice", language),
            _url("reports:index", language),
            _url("reports:scorecard_detail", language, pk=submitted.pk),
        ],
        "supervisor": [
            _url("home", language),
            _url("reports:review_queue", language),
            _url("reports:scorecard_detail", language, pk=submitted.pk),
            _url("courses:team_progress", language),
            _url("scenarios:practice", language),
        ],
        "trainer": [
            _url("home", language),
            _url("reports:review_queue", language),
            _url("scenarios:practice", language),
        ],
    }
    return pages[role]


# What the page does on the browser side: how far it reaches past the window, and which elements do.
OVERFLOW_JS = """() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll('body *')].filter(e => {
    const box = e.getBoundingClientRect();
    return box.width > 0 && box.right > width + 1 && getComputedStyle(e).position !== 'fixed';
  }).slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : ''));
  return {scroll: document.documentElement.scrollWidth, width, wide};
}"""

AXE_RUN_JS = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
}"""


def sign_in(page, base_url: str, username: str, language: str) -> None:
    page.goto(f"{base_url}/{language}/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("form.form button[type=submit]")
    page.wait_for_load_state("networkidle")
