"""Data rights speak Italian: the My data page, the trainers' search and the erasure confirmation."""

import pytest

from tests.academy.privacy.factories import person_with_everything
from tests.pages import url
from tests.untranslated import italian_misses, untranslated_on

pytestmark = pytest.mark.django_db


def test_data_rights_pages_leave_nothing_in_english(agent, supervisor, trainer, client_for, settings):
    settings.TRANSCRIPT_RETENTION_DAYS = 365
    person_with_everything(agent, supervisor)
    with italian_misses() as misses:
        pages = [
            client_for(agent).get(url("privacy:my_data", "it")),
            client_for(trainer).get(url("privacy:people", "it") + f"?q={agent.username}"),
            client_for(trainer).get(url("privacy:person_erase", "it", pk=agent.pk)),
        ]
    for response in pages:
        assert response.status_code == 200
        assert not untranslated_on(response.content.decode(), misses)
