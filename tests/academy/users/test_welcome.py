"""The anonymous home page says what the Academy is and how to get in, in the visitor's language."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "language, words",
    [
        ("en", "Training and coaching for contact-center agents"),
        ("it", "Formazione e coaching per gli operatori dei contact center"),
    ],
)
def test_a_visitor_who_is_not_signed_in_learns_what_the_product_is(client, language, words):
    response = client.get(f"/{language}/")
    page = response.content.decode()
    assert response.status_code == 200
    assert words in page and f'href="/{language}/accounts/login/"' in page
