"""Questions heard without their question mark: in a recording, punctuation is the recogniser's
guess from the voice's tune, so a sentence with the words of a question is asked even when Whisper
wrote a full stop; a typed sentence asks only with its "?", and a statement stays a statement."""

from __future__ import annotations

import pytest

from tests.feedback.scoring.builders import call, recorded, result

OPENING = {
    "it": ("A: Buongiorno, sono Giulia, come posso aiutarla?", "C: Mi hanno addebitato due volte l'abbonamento."),
    "en": ("A: Good morning, this is Sam, how can I help?", "C: I was charged twice for my subscription."),
}
CLOSING = {"it": "A: Grazie a lei, buona giornata.", "en": "A: Thanks for calling, have a good day."}


def conversation(language: str, *lines: str, heard: bool) -> dict:
    transcript = call(language, *OPENING[language], *lines, CLOSING[language])
    return recorded(transcript, {}) if heard else transcript


# An open question, its "?" written as a full stop, and the customer's answer.
OPEN_HEARD = [
    ("it", "A: Quando ha cambiato l'ultima volta il metodo di pagamento.", "C: Il mese scorso."),
    ("it", "A: Bene, signora, che messaggio compare sul telefono.", "C: Dice nessun servizio."),
    ("en", "A: When did you last change your payment method.", "C: Last month."),
    ("en", "A: Okay, Mrs Hale, what does the email say.", "C: That the payment failed."),
    # An interrogative that only asks makes a question of the sentence whatever follows it.
    (
        "it",
        "A: Come mai proprio adesso, se posso chiederlo, c'è qualcosa che non è andato bene.",
        "C: No, solo il lavoro.",
    ),
    ("en", "A: How come you're leaving now, if you don't mind me asking, did something go wrong.", "C: No, just work."),
    # A request to tell set off by a pause announces the question after it, whatever clauses follow.
    (
        "it",
        "A: Mi dica, quale zona le segna la centrale quando scatta, lo vede sul display o sull'app.",
        "C: Sull'app, zona sei.",
    ),
    ("it", "A: Mi ricordi, quale zona si è accesa quando è scattato, la taverna o il corridoio.", "C: La taverna."),
    ("en", "A: Remind me, which zone came up when it went off, the hall or the kitchen.", "C: The hall."),
]
# A full stop after an interrogative that opens a clause of its own and then a statement: not a question.
NOT_ASKED = [
    ("it", "A: Quando arriva il tecnico, le mando un sms.", "C: Va bene."),
    ("it", "A: Come le dicevo, il rimborso è già partito.", "C: Sì."),
    ("en", "A: When the engineer arrives, I'll text you.", "C: Okay."),
    ("en", "A: As I said, the refund has gone through.", "C: Yes."),
    ("it", "A: Come prevede il contratto, se posso ricordarlo, c'è un preavviso di trenta giorni.", "C: Va bene."),
    ("en", "A: How you cancel, if you don't mind me saying, is set out in the contract.", "C: Okay."),
    # Announced, an interrogative that may open a clause of time still asks only in one clause.
    ("it", "A: Mi dica, quando vuole, il numero del contratto.", "C: Va bene."),
    ("en", "A: Remind me, when you get a sec, the account number.", "C: Okay."),
]


@pytest.mark.parametrize(("language", "asked", "answer"), OPEN_HEARD)
def test_an_open_question_heard_with_a_full_stop_is_asked(language, asked, answer):
    assert result(conversation(language, asked, answer, heard=True), "discovery_question") == "pass"
    assert result(conversation(language, asked, answer, heard=False), "discovery_question") == "fail"


@pytest.mark.parametrize(("language", "said", "answer"), NOT_ASKED)
def test_a_statement_heard_with_a_full_stop_is_not_a_question(language, said, answer):
    assert result(conversation(language, said, answer, heard=True), "discovery_question") == "fail"


# A yes-no question whose "?" was heard as a full stop, answered with a yes or a no.
RESOLUTION = {
    "it": ("A: Le serve altro.", "A: Ho risolto tutto quello che le serviva."),
    "en": ("A: Anything else I can help you with.", "A: Have I sorted out everything you needed."),
}
ANSWERED = {
    "it": ("C: No, era solo questo.", "C: Ehm, sì, grazie mille."),
    "en": ("C: No, that's all.", "C: Um, yes, thanks."),
}
# The same words answered otherwise: a statement the customer takes in, not a question.
TAKEN_IN = {"it": "C: Perfetto, allora aspetto la mail.", "en": "C: Great, I'll look out for the email."}


@pytest.mark.parametrize("language", ["it", "en"])
@pytest.mark.parametrize("which", [0, 1])
def test_a_question_heard_with_a_full_stop_and_answered_yes_or_no_was_asked(language, which):
    line, answer = RESOLUTION[language][which], ANSWERED[language][which]
    assert result(conversation(language, line, answer, heard=True), "resolution_check") == "pass"
    assert result(conversation(language, line, answer, heard=False), "resolution_check") == "fail"
    assert result(conversation(language, line, TAKEN_IN[language], heard=True), "resolution_check") == "fail"


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_sentence_before_another_of_the_same_turn_is_not_taken_as_answered(language):
    line = RESOLUTION[language][1] + (
        " Il rimborso arriva domani." if language == "it" else " The refund lands tomorrow."
    )
    assert result(conversation(language, line, ANSWERED[language][1], heard=True), "resolution_check") == "fail"


DATUM_ASKED = {"it": "A: Qual è il suo codice cliente.", "en": "A: What's your account number."}
DATUM_ANSWER = {"it": "C: Quattro quattro uno due.", "en": "C: Four four one two."}


def verification(language: str, line: str, *, heard: bool) -> str:
    transcript = conversation(language, line, DATUM_ANSWER[language], heard=heard)
    return result({**transcript, "requires_verification": True}, "verification")


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_datum_asked_with_an_interrogative_heard_with_a_full_stop_verifies(language):
    assert verification(language, DATUM_ASKED[language], heard=True) == "pass"
    assert verification(language, DATUM_ASKED[language], heard=False) == "fail"


# A datum said alone, its "?" heard as a full stop, is asked for; with a verb it says something about the datum.
DATUM_ALONE = {
    "it": ("A: Codice cliente.", "A: Data di nascita."),
    "en": ("A: Member number.", "A: Right, date of birth."),
}
DATUM_TOLD = {"it": "A: Il codice cliente è sulla bolletta.", "en": "A: Your member number is on the card."}


@pytest.mark.parametrize("language", ["it", "en"])
@pytest.mark.parametrize("which", [0, 1])
def test_a_datum_said_alone_heard_with_a_full_stop_verifies(language, which):
    assert verification(language, DATUM_ALONE[language][which], heard=True) == "pass"
    assert verification(language, DATUM_ALONE[language][which], heard=False) == "fail"
    assert verification(language, DATUM_TOLD[language], heard=True) == "fail"


# A hold asked by its words of permission, its "?" heard as a full stop, and the customer's yes; a hold
# only stated gets the same yes and asks nothing.
HOLD_ASKED = {
    "it": "A: Posso metterla in attesa un paio di minuti mentre controllo.",
    "en": "A: Can I put you on hold for a couple of minutes while I check.",
}
HOLD_STATED = {
    "it": "A: La metto in attesa un paio di minuti mentre controllo.",
    "en": "A: I'll put you on hold for a couple of minutes while I check.",
}
HOLD_YES = {"it": "C: Sì, certo.", "en": "C: Yes, sure."}
HOLD_OTHER = {"it": "C: Faccia pure con calma.", "en": "C: Take your time."}
HOLD_THANKS = {
    "it": "A: Grazie per l'attesa, ho trovato il problema.",
    "en": "A: Thanks for holding, I've found the problem.",
}


def hold(language: str, line: str, answer: str, *, heard: bool) -> str:
    return result(conversation(language, line, answer, HOLD_THANKS[language], heard=heard), "hold_etiquette")


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_hold_asked_heard_with_a_full_stop_and_answered_yes_asks_permission(language):
    assert hold(language, HOLD_ASKED[language], HOLD_YES[language], heard=True) == "pass"
    assert hold(language, HOLD_ASKED[language], HOLD_YES[language], heard=False) == "fail"
    assert hold(language, HOLD_ASKED[language], HOLD_OTHER[language], heard=True) == "fail"
    assert hold(language, HOLD_STATED[language], HOLD_YES[language], heard=True) == "fail"
