"""The one prompt every engine reads a window with: expected words, filler prompt, text read before."""

from __future__ import annotations

from transcription.context import CallContext
from transcription.prompt import compose_prompt, expected_words_text

CONTEXT = CallContext(agent_name="Giulia", customer_name="Anna Galli", company="Fibra Italia", vocabulary=("modem",))


def words(text: str) -> list[str]:
    """A tokenizer whose tokens are words: enough to see what goes where."""
    return text.split()


def prompt(previous: str, *, context=CONTEXT, room=20, carry=False, initial="ehm allora uhm") -> list[str]:
    return compose_prompt(
        words, room=room, initial=initial, previous_text=previous, context=context, carry_initial=carry
    )


def test_the_expected_words_are_listed_names_first():
    assert expected_words_text(CONTEXT) == "Giulia, Anna Galli, Fibra Italia, modem."
    assert expected_words_text(None) == expected_words_text(CallContext()) == ""


def test_the_expected_words_lead_then_the_fillers_then_the_text_read_before():
    assert prompt("buongiorno sono Giulia") == [
        "Giulia,",
        "Anna",
        "Galli,",
        "Fibra",
        "Italia,",
        "modem.",
        "ehm",
        "allora",
        "uhm",
        "buongiorno",
        "sono",
        "Giulia",
    ]


def test_the_expected_words_stay_before_every_window_while_the_fillers_are_pushed_out():
    long = prompt("parola " * 50)

    assert long[:6] == ["Giulia,", "Anna", "Galli,", "Fibra", "Italia,", "modem."]
    assert len(long) == 20 and "ehm" not in long


def test_carried_fillers_stay_after_the_expected_words():
    long = prompt("parola " * 50, carry=True)

    assert long[6:9] == ["ehm", "allora", "uhm"] and len(long) == 20


def test_the_expected_words_take_at_most_half_the_room():
    many = CallContext(vocabulary=tuple(f"w{n}" for n in range(30)))

    assert len(prompt("a b c d e f g h i j k l", context=many)) == 20
    assert prompt("a b c d e f g h i j k l", context=many)[-10:] == "c d e f g h i j k l".split()


def test_without_a_context_the_prompt_is_the_fillers_and_the_text_read_before():
    assert prompt("buongiorno", context=None) == ["ehm", "allora", "uhm", "buongiorno"]
    assert prompt("", context=None, initial="") == []
