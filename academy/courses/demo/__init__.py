"""Demo courses in Italian and English (the same courses, as Wagtail translations)."""
