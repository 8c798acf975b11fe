"""The close is read in the agent's last turn, and the opening greeting never counts as the close."""

from __future__ import annotations

import pytest

from tests.feedback.scoring.builders import call, criterion

CASES = [
    (
        "it",
        [
            "A: Buongiorno, grazie per aver chiamato Fibra Italia, sono Giulia.",
            "C: Il modem non arriva da dieci giorni.",
        ],
        "fail",
    ),
    ("en", ["A: Thank you for calling Northwind, this is Sam.", "C: My router has not arrived."], "fail"),
    ("it", ["A: Buongiorno, grazie per aver chiamato, sono Giulia. Le auguro buona giornata, arrivederci."], "pass"),
    ("en", ["C: Hello.", "A: Enjoy the rest of your evening."], "pass"),
    ("it", ["C: Va bene così.", "A: Buona serata."], "pass"),
]


@pytest.mark.parametrize(("language", "lines", "expected"), CASES)
def test_the_opening_greeting_is_not_a_close(language, lines, expected):
    item = criterion(call(language, *lines), "closing")

    assert item["result"] == expected
    if expected == "pass":
        assert all(evidence["text"] in lines[-1] for evidence in item["evidence"])
