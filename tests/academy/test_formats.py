"""One date style in both languages, British English for `en`, decimal comma in Italian."""

import datetime

import pytest
from django.utils import formats, translation

FIFTH_OF_DECEMBER = datetime.datetime(2026, 12, 5, 16, 30)


@pytest.mark.parametrize(
    "language, long, short",
    [
        ("it", "5 dicembre 2026, 16:30", "05/12/2026, 16:30"),
        ("en", "5 December 2026, 16:30", "05/12/2026, 16:30"),
    ],
)
def test_dates_read_day_month_year_in_both_languages(language, long, short):
    with translation.override(language):
        assert formats.date_format(FIFTH_OF_DECEMBER, "DATETIME_FORMAT") == long
        assert formats.date_format(FIFTH_OF_DECEMBER, "SHORT_DATETIME_FORMAT") == short
        assert formats.date_format(FIFTH_OF_DECEMBER, "DATE_FORMAT") == long.split(",")[0]


@pytest.mark.parametrize("language, figure", [("it", "1,7"), ("en", "1.7")])
def test_decimals_follow_the_language(language, figure):
    with translation.override(language):
        assert formats.localize(1.7) == figure


def test_an_italian_criterion_message_writes_its_figure_with_a_comma():
    from feedback.scoring.messages import criterion_text

    message, _ = criterion_text("dead_air", "it", "fail", "fail", "", {"value": 9.5, "limit": 8.0}, {})
    assert "9,5 s" in message and "8,0 s" in message
