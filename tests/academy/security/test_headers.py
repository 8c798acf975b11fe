"""Issue 18, finding 9: security headers.

Every page carries a Content-Security-Policy that runs this site's scripts only, never
inline ones (Wagtail's admin under /cms/ is the one relaxation, for its own inline code);
behind HTTPS (SECURE_HTTPS=true) responses also carry HSTS and every cookie is Secure.
"""

import re
import runpy
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client, override_settings

from tests.factories import PASSWORD, AgentFactory
from tests.feedback.reports.factories import ScorecardFactory, phone_call

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[3]
TEMPLATE_DIRS = [
    path
    for package in ("academy", "scenarios", "feedback", "transcription")
    for path in (ROOT / package).glob("**/templates")
]
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>|\son[a-z]+=", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"\sstyle=", re.IGNORECASE)
HTTPS_SETTINGS = [
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_PROXY_SSL_HEADER",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "LANGUAGE_COOKIE_SECURE",
]


def directives_of(header: str) -> dict[str, list[str]]:
    """A Content-Security-Policy header as its directives; their order is not part of the policy."""
    return {name: values for name, *values in (part.split() for part in header.split(";") if part.strip())}


def policy(response) -> dict[str, list[str]]:
    return directives_of(response["Content-Security-Policy"])


def settings_with(monkeypatch, tmp_path, **env: str) -> dict:
    """The HTTPS-related settings academy/settings/base.py computes from `env`."""
    monkeypatch.setenv("ACADEMY_VAR_DIR", str(tmp_path))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    computed = runpy.run_path(str(ROOT / "academy" / "settings" / "base.py"))
    return {name: computed[name] for name in HTTPS_SETTINGS}


def test_site_pages_run_no_inline_script(client):
    directives = policy(client.get("/en/accounts/login/"))
    assert directives["script-src"] == ["'self'"] and directives["default-src"] == ["'self'"]
    assert not any(value in {"'unsafe-inline'", "'unsafe-eval'"} for values in directives.values() for value in values)
    assert directives["object-src"] == ["'none'"] and directives["frame-ancestors"] == ["'self'"]
    assert directives["base-uri"] == ["'self'"] and directives["form-action"] == ["'self'"]


def test_only_wagtails_admin_may_run_its_inline_code(client):
    directives = policy(client.get("/cms/login/"))
    assert "'unsafe-inline'" in directives["script-src"] and "'unsafe-eval'" not in directives["script-src"]
    assert directives["object-src"] == ["'none'"] and directives["frame-ancestors"] == ["'self'"]


def test_no_template_holds_inline_script_or_style_attributes():
    offenders = [
        f"{path.relative_to(ROOT)}: {match.group(0).strip()}"
        for directory in TEMPLATE_DIRS
        for path in directory.rglob("*.html")
        if not path.name.endswith("_pdf.html")
        for match in [*INLINE_SCRIPT.finditer(path.read_text()), *STYLE_ATTRIBUTE.finditer(path.read_text())]
    ]
    assert TEMPLATE_DIRS and not offenders


def test_the_progress_chart_is_drawn_under_the_policy(client_for):
    agent = AgentFactory()
    for _ in range(2):
        ScorecardFactory(agent=agent, transcript=phone_call("en"))
    response = client_for(agent).get(f"/en/reports/progress/{agent.pk}/")
    page = response.content.decode()
    nonce = next(value for value in policy(response)["style-src"] if value.startswith("'nonce-"))[7:-1]
    assert f'<style type="text/css" nonce="{nonce}">' in page
    assert (
        "<script" not in page.split("<svg", 1)[1].split("</svg>", 1)[0] and " style=" not in page
    )  # no script in the chart


def test_behind_https_responses_carry_hsts_and_every_cookie_is_secure(monkeypatch, tmp_path):
    https = settings_with(monkeypatch, tmp_path, SECURE_HTTPS="true")
    agent = AgentFactory()
    with override_settings(**https):
        client = Client()
        assert client.get("/en/accounts/login/").status_code == 301  # plain HTTP is sent to HTTPS
        page = client.get("/en/accounts/login/", secure=True)
        signed_in = client.post("/en/accounts/login/", {"username": agent.username, "password": PASSWORD}, secure=True)
    assert page["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert "Content-Security-Policy" in page
    cookies = {**page.cookies, **signed_in.cookies}
    assert {settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME} <= set(cookies)
    assert all(cookie["secure"] for cookie in cookies.values())


def test_the_local_http_demo_sends_no_hsts(monkeypatch, tmp_path, client):
    with override_settings(**settings_with(monkeypatch, tmp_path, SECURE_HTTPS="false")):
        response = client.get("/en/accounts/login/")
    assert response.status_code == 200 and "Strict-Transport-Security" not in response
    assert "Content-Security-Policy" in response
