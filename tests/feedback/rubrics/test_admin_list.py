"""The rubric list in the CMS says yes or no in the admin's language, not True or False."""
import re

import pytest

pytestmark = pytest.mark.django_db


def test_the_default_column_reads_yes_or_no(trainer, client_for):
    page = client_for(trainer).get("/cms/snippets/rubrics/rubric/").content.decode()
    text = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    assert "True" not in page and "False" not in page
    assert re.search(r"Phone call .*?\b(yes|sì)\b", text, flags=re.I)
