"""What one reply decides: the conditions a live role-play branches on, read by the scoring checks."""

import pytest

from feedback.scoring.replies import CONDITIONS, decide_reply
from tests.feedback.scoring.builders import call

OPENING = {
    "it": "C: Buongiorno, aspetto un modem da dieci giorni.",
    "en": "C: Hello, I've been waiting ten days for a router.",
}


def decided(language: str, *lines: str, **fields) -> list[str]:
    return decide_reply(call(language, OPENING[language], *lines, **fields))


@pytest.mark.parametrize(
    ("language", "reply", "condition"),
    [
        ("it", "A: Guardi, le consegne non sono di mia competenza.", "ownership:fail"),
        ("en", "A: That's not my department, you'll have to call the courier.", "ownership:fail"),
        ("it", "A: Mi dispiace molto per l'attesa.", "empathy:pass"),
        ("en", "A: I'm so sorry to hear that.", "empathy:pass"),
        ("it", "A: La richiamiamo al più presto.", "commitment_time:fail"),
        ("en", "A: We'll get back to you soon.", "commitment_time:fail"),
        ("it", "A: La richiamo domani entro le dieci.", "commitment_time:pass"),
        ("en", "A: I'll call you back by 5 pm today.", "commitment_time:pass"),
        ("it", "A: Mi conferma il codice cliente?", "verification:pass"),
        ("en", "A: Can I have your account number, please?", "verification:pass"),
        ("it", "A: Si calmi, signora.", "professional_language:fail"),
        ("en", "A: Calm down, madam.", "professional_language:fail"),
    ],
)
def test_the_reply_itself_decides_what_it_says(language, reply, condition):
    assert condition in decided(language, reply)


def test_a_reply_that_says_nothing_about_a_criterion_decides_neither_result():
    assert decided("en", "A: Hello, this is Dan.", "C: Where is it?", "A: Okay.") == []
    assert decided("it", "A: Buongiorno, sono Giulia.", "C: Dov'è?", "A: Vediamo.") == []


def test_a_silent_reply_is_silence_and_nothing_else():
    assert decided("en", "A: Hello, this is Dan.", "C: Hello?") == ["silence"]
    assert decide_reply(call("it", OPENING["it"], "A:   ")) == ["silence"]


def test_the_greeting_is_decided_by_the_first_reply_only():
    assert "greeting:pass" in decided("en", "A: Good morning, this is Dan.")
    assert "greeting:fail" in decided("en", "A: What's the problem?")
    assert not {"greeting:pass", "greeting:fail"} & set(
        decided("en", "A: What's the problem?", "C: My router.", "A: Good morning, this is Dan.")
    )


def test_earlier_replies_give_the_context_a_later_reply_is_read_in():
    # The concrete time completes the earlier vague promise: the reply decides the promise is now kept.
    vague_then_time = decided(
        "it",
        "A: Buongiorno, sono Giulia. La richiamiamo al più presto.",
        "C: Al più presto quando?",
        "A: Giovedì entro le dodici.",
    )
    assert "commitment_time:pass" in vague_then_time
    # An apology said earlier does not make a later plain reply empathetic.
    assert "empathy:pass" not in decided(
        "en", "A: Hello, this is Dan, I'm so sorry.", "C: Where is it?", "A: Let me look."
    )


def test_a_hold_asked_as_a_permission_passes_and_one_imposed_fails():
    assert "hold_etiquette:pass" in decided("en", "A: Can I put you on hold for a moment?")
    assert "hold_etiquette:fail" in decided("en", "A: Please hold.")
    thanked = decided("en", "A: Can I put you on hold for a moment?", "C: Okay.", "A: Thanks for holding.")
    assert "hold_etiquette:pass" in thanked


def test_verification_is_read_even_when_the_scenario_does_not_require_it():
    assert "verification:pass" in decided("en", "A: What's your date of birth?", requires_verification=False)


def test_every_decision_is_a_known_condition():
    reply = "A: Good morning, this is Dan. I'm sorry, that's not my department. We'll call you soon. Goodbye!"
    assert set(decided("en", reply)) <= set(CONDITIONS)
