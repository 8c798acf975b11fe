"""Shared fixtures: the three people of every permission story (owner, their
supervisor, an outsider) plus a trainer, and a CSRF-enforcing client."""

import pytest
from django.http import HttpRequest
from django.test import Client

from tests.factories import PASSWORD, AgentFactory, SupervisorFactory, TeamFactory, TrainerFactory


@pytest.fixture
def agent(db):
    return AgentFactory()


@pytest.fixture
def other_agent(db):
    return AgentFactory()


@pytest.fixture
def supervisor(db, agent):
    sup = SupervisorFactory()
    TeamFactory(agents=[agent], supervisors=[sup])
    return sup


@pytest.fixture
def other_supervisor(db, other_agent):
    sup = SupervisorFactory()
    TeamFactory(agents=[other_agent], supervisors=[sup])
    return sup


@pytest.fixture
def trainer(db):
    return TrainerFactory()


@pytest.fixture
def client_for():
    """A logged-in client that enforces CSRF like a browser would."""

    def make(user) -> Client:
        client = Client(enforce_csrf_checks=True)
        if user is not None:
            # django-axes watches every sign-in, so it needs the request (here an empty one).
            assert client.login(request=HttpRequest(), username=user.username, password=PASSWORD)
        return client

    return make


# --- Real Chromium (Debian's package) driven by Playwright, for browser tests.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def playwright_instance():
    import os

    # Playwright's sync API runs an event loop in this thread; Django's ORM calls made
    # by the test around it are still synchronous and safe.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        yield pw


@pytest.fixture
def browser_factory(playwright_instance):
    """Launch Chromium with extra arguments (e.g. a fake microphone); closed after the test."""
    launched = []

    def launch(*extra_args: str):
        browser = playwright_instance.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS + list(extra_args)
        )
        launched.append(browser)
        return browser

    yield launch
    for browser in launched:
        browser.close()


@pytest.fixture
def page(browser_factory):
    context = browser_factory().new_context(locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def login(live_server):
    """Sign `user` in through the real sign-in form of the live server."""

    def sign_in(page, user, language: str = "en"):
        page.goto(f"{live_server.url}/{language}/accounts/login/")
        page.fill("input[name=username]", user.username)
        page.fill("input[name=password]", PASSWORD)
        page.click("form.form button[type=submit]")
        page.wait_for_load_state("networkidle")

    return sign_in


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """Let `django_db(transaction=True, serialized_rollback=True)` work in browser tests.

    Migrations create data every test relies on (role groups, locales, the page trees).
    A transactional test flushes it; serialized_rollback restores it from a snapshot
    Django keeps on the connection object. Playwright's sync API switches greenlets,
    after which Django hands out fresh connection objects without that snapshot, so
    keep it on the connection class instead.
    """
    from django.db import connections

    for alias in connections:
        connection = connections[alias]
        contents = getattr(connection, "_test_serialized_contents", None)
        if contents:
            type(connection)._test_serialized_contents = contents
