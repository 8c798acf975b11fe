"""The rubric list in the CMS says yes or no in the admin's language, not True or False."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_the_default_column_reads_yes_or_no(trainer, client_for):
    page = client_for(trainer).get("/cms/snippets/rubrics/rubric/").content.decode()
    text = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    assert "True" not in page and "False" not in page
    assert re.search(r"Phone call .*?\b(yes|sì)\b", text, flags=re.I)


def test_the_editor_counts_the_reports_a_rubric_scored(trainer, client_for):
    from feedback.rubrics.models import Rubric
    from tests.feedback.reports.factories import ScorecardFactory

    ScorecardFactory()
    phone = Rubric.objects.get(slug="phone")
    page = client_for(trainer).get(f"/cms/snippets/rubrics/rubric/edit/{phone.pk}/").content.decode()
    text = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    assert "1 report scored; referenced 0 times" in text and "Used 0 times" not in text
