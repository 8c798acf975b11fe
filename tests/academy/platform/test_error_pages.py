"""404, 403 and 500 are the site's own pages, in the visitor's language, with a way back."""

import pytest
from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from academy.urls import handler500  # noqa: F401 - handler500 is read by Django
from academy.urls import urlpatterns as site_urlpatterns
from tests.untranslated import italian_misses, untranslated_on


def boom(request):
    raise RuntimeError("a bug")


urlpatterns = i18n_patterns(path("boom/", boom)) + site_urlpatterns

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language, heading", [("it", "Pagina non trovata"), ("en", "Page not found")])
def test_a_missing_page_says_so_in_the_visitors_language_with_the_sites_navigation(
    client_for, agent, language, heading
):
    client = client_for(agent)
    with italian_misses() as misses:
        response = client.get(f"/{language}/no-such-page/")
    page = response.content.decode()
    assert response.status_code == 404
    assert f"<h1>{heading}</h1>" in page and f'<html lang="{language}">' in page
    assert 'class="site-header"' in page and f'href="/{language}/learning/"' in page
    assert not untranslated_on(page, misses)


def test_an_anonymous_visitor_is_offered_to_sign_in(client):
    page = client.get("/it/nessuna-pagina/").content.decode()
    assert "Pagina non trovata" in page and 'href="/it/accounts/login/"' in page


def test_a_refused_action_is_the_sites_page(client_for, agent, supervisor):
    from tests.feedback.reports.factories import ScorecardFactory

    scorecard = ScorecardFactory(agent=agent, submitted=True)
    client = client_for(supervisor)
    client.get("/it/")
    response = client.post(
        f"/it/reports/{scorecard.pk}/submit/", {"csrfmiddlewaretoken": client.cookies["csrftoken"].value}
    )
    assert response.status_code == 403 and "Non consentito" in response.content.decode()


@pytest.mark.urls(__name__)
def test_a_server_error_is_the_sites_page_in_the_visitors_language(client_for, agent):
    client = client_for(agent)
    client.raise_request_exception = False
    response = client.get("/it/boom/")
    page = response.content.decode()
    assert response.status_code == 500
    assert "Si è verificato un problema" in page and 'class="site-header"' in page
