"""English is British English (day first, 24-hour clock) with the one date style of academy.formats."""

from django.conf.locale.en_GB.formats import *  # noqa: F401,F403 - Django's British formats and separators

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y, H:i"
MONTH_DAY_FORMAT = "j F"
