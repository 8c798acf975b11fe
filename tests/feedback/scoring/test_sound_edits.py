"""Sounds compared as Whisper mishears them: its measured confusions cost half an edit, word
boundaries are no sounds, and only phrases whose words may follow each other are found."""

from __future__ import annotations

from feedback.scoring.names import sound
from feedback.scoring.sound_edits import CONFUSED_COST, CONFUSIONS, MIN_SEEN, SoundIndex, edit_cost, joined


def test_a_confusion_measured_often_costs_less_than_one_never_measured():
    assert CONFUSIONS["it"][("r", "d")] >= MIN_SEEN
    assert edit_cost("r", "d", "it") == CONFUSED_COST  # the tapped r heard as d
    assert edit_cost("d", "k", "it") == 1.0
    assert edit_cost("r", "r", "it") == 0.0


def test_a_confusion_counts_in_the_direction_it_was_measured():
    """Said v is heard m 46 times; said m heard v was not seen often enough to be cheap."""
    assert edit_cost("v", "m", "it") == CONFUSED_COST
    assert edit_cost("m", "v", "it") == 1.0


def test_a_letter_said_twice_across_a_boundary_is_one_sound():
    assert joined(("kosa", "altro")) == "kosaltro"
    assert joined(("per", "oKupa")) == "peroKupa"


def index(language: str, words: list[str], pairs: list[tuple[str, str]]) -> SoundIndex:
    sounds = sorted({sound(word, language) for word in words})
    return SoundIndex.of(sounds, {(sound(a, language), sound(b, language)) for a, b in pairs})


def heard(words: str, language: str) -> str:
    return joined([sound(word, language) for word in words.split()])


def test_a_phrase_is_found_whatever_the_boundaries_heard_with_its_cost():
    found = index("it", ["indirizzo", "email", "arrivederci"], [("indirizzo", "email")])

    near = found.near(heard("individso e mai", "it"), "it", max_cost=3)

    # r heard v (0.5); z heard s (0.5) with a d heard that was not said (1); the l lost (0.5).
    assert near == {(sound("indirizzo", "it"), sound("email", "it")): 2.5}


def test_words_that_do_not_follow_each_other_in_a_phrase_are_not_found_together():
    found = index("it", ["indirizzo", "email"], [])

    assert found.near(heard("individso e mai", "it"), "it", max_cost=3) == {}


def test_nothing_further_than_the_cost_allowed_is_found():
    found = index("en", ["completely", "understand"], [("completely", "understand")])

    assert found.near(heard("complete lee under stand", "en"), "en", max_cost=1) != {}
    assert found.near(heard("come plea to understand", "en"), "en", max_cost=1) == {}
