"""Issue 18, finding 2: password guessing is throttled per account and per address.

An account gets a few wrong passwords, an address (many agents share an office address)
a larger allowance; past either, sign-in is refused with a clear message in the user's
language, on the site and on the CMS, until the pause ends by itself.
"""

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.test import Client, override_settings

from tests.factories import PASSWORD, AgentFactory, TrainerFactory

pytestmark = pytest.mark.django_db

SITE_SIGN_IN = "/en/accounts/login/"
CMS_SIGN_IN = "/cms/login/"


def sign_in(client: Client, username: str, password: str, *, url: str = SITE_SIGN_IN, address: str = "198.51.100.7"):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=address)


def signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


def let_the_pause_pass() -> None:
    """Every failure recorded so far becomes as old as the pause lasts."""
    for attempt in AccessAttempt.objects.all():
        attempt.attempt_time -= settings.AXES_COOLOFF_TIME
        attempt.save(update_fields=["attempt_time"])


def test_thirty_wrong_passwords_then_the_right_one_is_refused(client):
    agent = AgentFactory()
    for _ in range(30):
        sign_in(client, agent.username, "guess")
    response = sign_in(client, agent.username, PASSWORD)
    assert response.status_code == 429 and not signed_in(client)
    assert "sign-in is paused for 15 minutes" in response.content.decode()


def test_the_pause_ends_by_itself(client):
    agent = AgentFactory()
    for _ in range(settings.SIGN_IN_FAILURES_PER_ACCOUNT):
        sign_in(client, agent.username, "guess")
    assert sign_in(client, agent.username, PASSWORD).status_code == 429
    let_the_pause_pass()
    response = sign_in(client, agent.username, PASSWORD)
    assert response.status_code == 302 and signed_in(client)


def test_the_message_is_in_the_users_language(client):
    agent = AgentFactory()
    for _ in range(settings.SIGN_IN_FAILURES_PER_ACCOUNT):
        sign_in(client, agent.username, "guess", url="/it/accounts/login/")
    page = sign_in(client, agent.username, PASSWORD, url="/it/accounts/login/").content.decode()
    assert "Accesso sospeso" in page and "l'accesso è sospeso per 15 minuti" in page


def test_an_account_guessed_from_many_addresses_is_paused_everywhere(client):
    agent = AgentFactory()
    for n in range(settings.SIGN_IN_FAILURES_PER_ACCOUNT):
        sign_in(client, agent.username, "guess", address=f"203.0.113.{n + 1}")
    assert sign_in(client, agent.username, PASSWORD, address="192.0.2.99").status_code == 429


def test_an_office_address_is_paused_only_past_its_larger_allowance():
    typos = settings.SIGN_IN_FAILURES_PER_ACCOUNT - 1
    for agent in AgentFactory.create_batch(3):  # colleagues' typos add up past one account's limit
        for _ in range(typos):
            sign_in(Client(), agent.username, "typo")
    colleague, client = AgentFactory(), Client()
    assert sign_in(client, colleague.username, PASSWORD).status_code == 302 and signed_in(client)

    for n in range(settings.SIGN_IN_FAILURES_PER_ADDRESS - 3 * typos):
        sign_in(Client(), f"someone{n}", "guess")  # one try per account: only the address adds up
    assert sign_in(Client(), colleague.username, PASSWORD).status_code == 429
    elsewhere = Client()
    assert sign_in(elsewhere, colleague.username, PASSWORD, address="192.0.2.10").status_code == 302


def test_the_cms_sign_in_is_throttled_too(client):
    trainer = TrainerFactory()
    for _ in range(30):
        sign_in(client, trainer.username, "guess", url=CMS_SIGN_IN)
    response = sign_in(client, trainer.username, PASSWORD, url=CMS_SIGN_IN)
    assert response.status_code == 429 and not signed_in(client)
    assert client.get("/cms/").status_code == 302  # still sent to sign in


@override_settings(TRUSTED_PROXIES=1)
def test_behind_a_reverse_proxy_each_client_address_counts_not_the_proxys():
    agents = AgentFactory.create_batch(2)
    proxy = "127.0.0.1"
    for n in range(settings.SIGN_IN_FAILURES_PER_ADDRESS):
        Client().post(
            SITE_SIGN_IN,
            {"username": f"someone{n}", "password": "guess"},
            REMOTE_ADDR=proxy,
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, 198.51.100.7",
        )  # the client's own word, then the proxy's
    paused = Client().post(
        SITE_SIGN_IN,
        {"username": agents[0].username, "password": PASSWORD},
        REMOTE_ADDR=proxy,
        HTTP_X_FORWARDED_FOR="198.51.100.7",
    )
    other_client = Client().post(
        SITE_SIGN_IN,
        {"username": agents[1].username, "password": PASSWORD},
        REMOTE_ADDR=proxy,
        HTTP_X_FORWARDED_FOR="203.0.113.5",
    )
    assert paused.status_code == 429 and other_client.status_code == 302
