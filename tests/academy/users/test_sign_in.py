"""Signing in lands people on their own home page, in their own language."""

import pytest

from tests.factories import PASSWORD, AgentFactory

pytestmark = pytest.mark.django_db


def test_signing_in_opens_the_home_page_in_the_users_language(client):
    agent = AgentFactory(language="it")
    response = client.post("/en/accounts/login/", {"username": agent.username, "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/it/"
    assert response.cookies["django_language"].value == "it"
    assert "Il mio percorso" in client.get("/it/").content.decode()


def test_a_requested_page_wins_over_the_home_page(client):
    agent = AgentFactory(language="it")
    response = client.post(
        "/en/accounts/login/", {"username": agent.username, "password": PASSWORD, "next": "/en/learning/"}
    )
    assert response["Location"] == "/en/learning/"


def test_a_wrong_password_is_refused_with_a_message(client):
    agent = AgentFactory()
    response = client.post("/en/accounts/login/", {"username": agent.username, "password": "wrong"})
    assert response.status_code == 200 and "correct username and password" in response.content.decode()
