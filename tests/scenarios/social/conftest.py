import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def english():
    """The tests read messages and URLs in English unless they switch language themselves."""
    with translation.override("en"):
        yield
