"""The one prompt every engine reads a window with: expected words, filler prompt, text read before."""

from __future__ import annotations

import re

from feedback.scoring.messages import en, it
from transcription.context import CallContext
from transcription.prompt import CALL_PHRASES, compose_prompt, expected_words_text

CONTEXT = CallContext(agent_name="Giulia", customer_name="Anna Galli", company="Fibra Italia", vocabulary=("modem",))


def words(text: str) -> list[str]:
    """A tokenizer whose tokens are words: enough to see what goes where."""
    return text.split()


def prompt(previous: str, *, context=CONTEXT, room=20, carry=False, initial="ehm allora uhm", phrases="") -> list[str]:
    return compose_prompt(
        words,
        room=room,
        initial=initial,
        previous_text=previous,
        context=context,
        carry_initial=carry,
        phrases=phrases,
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


def test_the_call_phrases_follow_the_expected_words_before_every_window():
    phrases = "Grazie per l'attesa. Buona giornata."

    first = prompt("", phrases=phrases)
    late = prompt("parola " * 50, phrases=phrases)

    assert first == [*"Giulia, Anna Galli, Fibra Italia, modem.".split(), *phrases.split(), "ehm", "allora", "uhm"]
    assert late[:11] == [*"Giulia, Anna Galli, Fibra Italia, modem.".split(), *phrases.split()]
    assert late[11:] == ["parola"] * 9


def test_the_call_phrases_are_whole_sentences_within_half_of_what_the_expected_words_leave():
    phrases = "Grazie per l'attesa. C'è altro in cui posso aiutarla? Buona giornata."

    found = prompt("parola " * 50, phrases=phrases, room=24)  # 6 for the expected words, 9 for the phrases

    assert found[6:-9] == "Grazie per l'attesa. C'è altro in cui posso aiutarla?".split()  # not "Buona giornata."
    assert found[-9:] == ["parola"] * 9


def test_without_call_phrases_the_prompt_is_as_before():
    assert prompt("buongiorno", phrases="") == prompt("buongiorno")


def test_a_recording_without_a_call_context_is_read_without_the_call_phrases():
    assert prompt("buongiorno", context=None, phrases="Buona giornata.") == ["ehm", "allora", "uhm", "buongiorno"]
    assert prompt("buongiorno", context=CallContext(), phrases="Buona giornata.")[:2] == ["Buona", "giornata."]


def _tip_sentences(messages) -> set[str]:
    """Every sentence quoted as an example in the coaching tips of a language."""
    quoted = (
        example
        for variants in messages.MESSAGES.values()
        for _, tip in variants.values()
        for example in re.findall(r"«([^»]*)»|“([^”]*)”|\"([^\"]*)\"", tip)
    )
    return {sentence for groups in quoted for text in groups if text for sentence in _sentences(text)}


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.?!])\s+", text.strip())


def test_the_call_phrases_are_the_sentences_the_coaching_tips_teach():
    for language, messages in (("it", it), ("en", en)):
        assert set(_sentences(CALL_PHRASES[language])) <= _tip_sentences(messages), language
