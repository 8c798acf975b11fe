"""Italian: Django's formats with the one date style of academy.formats (lower-case months via
the "alt. month" names, "5 dicembre 2026" rather than "Sabato 05 Dicembre 2026")."""

from django.conf.locale.it.formats import *  # noqa: F401,F403 - the rest of Django's Italian formats

DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, H:i"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y, H:i"
MONTH_DAY_FORMAT = "j E"
