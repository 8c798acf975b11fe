"""Date and number formats of the two interface languages (settings.FORMAT_MODULE_PATH).

One date style in both: day, month in words, year ("5 dicembre 2026", "5 December 2026"), with
the time after a comma; short forms day first ("05/12/2026"). English is British: a center in
London reads 5 December, never 12/05. Numbers keep Django's separators (1,4 in Italian)."""
