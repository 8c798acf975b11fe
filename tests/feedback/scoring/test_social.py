"""Social-media threads in Italian and English: the criteria only the social rubric has,
and the ones it reads differently (greeting, customer name, closing)."""

import pytest

from tests.feedback.scoring.builders import result, thread

COMPLAINT = {
    "it": "C pub: @Azienda mi avete addebitato due volte l'abbonamento.",
    "en": "C pub: @Company you charged me twice this month.",
}


def agent_thread(language, *lines, **fields):
    return thread(language, COMPLAINT[language], *lines, **fields)


GREETING = [
    ("it", "Ciao Luca! Ci dispiace per il doppio addebito. ^GT", "pass"),
    ("it", "Gentile cliente, ci scusiamo per il disguido. ^GT", "pass"),
    ("it", "Buongiorno Luca, verifichiamo subito. ^GT", "pass"),
    ("it", "Ci dispiace molto per il doppio addebito. Ciao Luca, verifichiamo subito. ^GT", "fail"),
    ("it", "Grazie per la segnalazione, verifichiamo subito. ^GT", "fail"),
    ("en", "Hi Kate, sorry about the double charge. ^LM", "pass"),
    ("en", "Hey @kate_m, let's get this sorted. ^LM", "pass"),
    ("en", "Sorry to hear that! Hi Kate, we'll check. ^LM", "fail"),
    ("en", "Thanks for flagging this, we'll check. ^LM", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), GREETING)
def test_social_greeting_is_the_first_sentence_of_the_first_agent_message(language, reply, expected):
    assert result(agent_thread(language, f"A pub: {reply}"), "greeting") == expected


CUSTOMER_NAME = [
    ({"customer_handle": "@lucaf"}, "Ciao @lucaf, verifichiamo subito. ^GT", "pass"),
    ({"customer_name": "Luca Ferri"}, "Ciao Luca, verifichiamo subito. ^GT", "pass"),
    ({"customer_handle": "@lucaf"}, "Ciao, verifichiamo subito. ^GT", "fail"),
    ({}, "Ciao, verifichiamo subito. ^GT", "na"),
]


@pytest.mark.parametrize(("fields", "reply", "expected"), CUSTOMER_NAME)
def test_social_customer_name_counts_the_handle_too(fields, reply, expected):
    assert result(agent_thread("it", f"A pub: {reply}", **fields), "customer_name") == expected


PRIVATE_CHANNEL = [
    ("it", "A pub: Ciao, scrivici in privato il numero d'ordine e controlliamo. ^GT", "pass"),
    ("it", "A pub: Ciao, mandaci in DM la tua email, ti aiutiamo da lì. ^GT", "pass"),
    ("it", "A pub: Ciao, ci scrivi qui il tuo numero di telefono? ^GT", "fail"),
    ("it", "A pub: Ciao, qual è il tuo indirizzo email? ^GT", "fail"),
    ("it", "A pub: Ciao, ti consigliamo di cancellare il commento con il tuo IBAN. ^GT", "pass"),
    ("it", "A dm: Ciao, mi indichi il codice cliente e la data di nascita?", "pass"),
    ("it", "A pub: Ciao, ci mandi in privato il numero dell'ordine così verifichiamo? ^GT", "pass"),
    ("it", "A pub: Ciao, puoi scriverci il codice cliente qui sotto? ^GT", "fail"),
    ("it", "A pub: Ciao, ci lasci il tuo numero di cellulare così ti richiamiamo? ^GT", "fail"),
    ("it", "A pub: Ciao, ti abbiamo scritto in privato per chiederti il numero di contratto. ^GT", "pass"),
    ("en", "A pub: Hi, please DM us your order number and we'll take a look. ^LM", "pass"),
    ("en", "A pub: Hi, could you reply here with your postcode and account number? ^LM", "fail"),
    ("en", "A pub: Hi, what's the email address on your account? ^LM", "fail"),
    ("en", "A pub: Hi, please delete the post with your card number, we'll DM you. ^LM", "pass"),
    ("en", "A dm: Could you confirm your date of birth?", "pass"),
    ("en", "A pub: Hi Kate, we've sent your reference number to your email. ^LM", "pass"),
    ("en", "A pub: Hi Kate, we have your account number, no need to post it. ^LM", "pass"),
    ("en", "A pub: Hi Kate, reply with your account number and we'll look. ^LM", "fail"),
    ("it", "A pub: Ciao, ti abbiamo inviato il numero della pratica via email. ^GT", "pass"),
    ("it", "A pub: Ciao, mandaci il numero d'ordine e verifichiamo. ^GT", "fail"),
    ("en", "A pub: Hi Kate, can you pop your order number below so we can check? ^LM", "fail"),
    ("en", "A pub: Hi Kate, could you share your phone number so we can call you? ^LM", "fail"),
    ("en", "A pub: Hi Kate, please don't post your card details here, DM us instead. ^LM", "pass"),
    ("en", "A pub: Hi Kate, drop us a DM with your email address. ^LM", "pass"),
    ("en", "A pub: Hi Kate, can you post your baggage tag number here so we can trace it? ^LM", "fail"),
    ("it", "A pub: Ciao, ci scrivi il tuo codice di tracciamento? ^GT", "fail"),
]


@pytest.mark.parametrize(("language", "line", "expected"), PRIVATE_CHANNEL)
def test_private_channel_fails_only_when_data_is_asked_for_in_public(language, line, expected):
    assert result(agent_thread(language, line), "private_channel") == expected


def test_reply_length_counts_public_messages_only():
    long_text = "Ciao Luca, " + "verifichiamo con il reparto pagamenti e ti aggiorniamo. " * 6 + "^GT"
    assert result(agent_thread("it", f"A pub: {long_text}"), "reply_length") == "fail"
    assert result(agent_thread("it", "A pub: Ciao Luca, verifichiamo. ^GT"), "reply_length") == "pass"
    assert result(agent_thread("it", f"A dm: {long_text}"), "reply_length") == "na"


TONE = [
    ("it", "Ciao Luca, GRAZIE per la pazienza. ^GT", "fail"),
    ("it", "Ciao Luca! Ci pensiamo noi! ^GT", "fail"),
    ("it", "Ciao Luca!! Verifichiamo. ^GT", "fail"),
    ("it", "Ciao Luca! Il problema è sulla linea ADSL, verifichiamo. ^GT", "pass"),
    ("en", "Hi Kate, we're REALLY sorry. ^LM", "fail"),
    ("en", "Hi Kate! We'll check your IBAN payment now. ^LM", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), TONE)
def test_tone_fails_on_shouting_capitals_or_repeated_exclamation_marks(language, reply, expected):
    assert result(agent_thread(language, f"A pub: {reply}"), "tone") == expected


SIGNATURE = [
    ("Ciao Luca, verifichiamo. ^GT", "pass"),
    ("Ciao Luca, verifichiamo. - Giada", "pass"),
    ("Ciao Luca, verifichiamo. – Giada Tosi", "pass"),
    ("Ciao Luca, verifichiamo. – Marco", "fail"),
    ("Ciao Luca, verifichiamo.", "fail"),
]


@pytest.mark.parametrize(("reply", "expected"), SIGNATURE)
def test_every_public_message_ends_with_a_signature(reply, expected):
    assert result(agent_thread("it", f"A pub: {reply}", agent_name="Giada"), "signature") == expected


def test_signature_is_na_without_public_agent_messages():
    assert result(agent_thread("it", "A dm: Ciao Luca, verifichiamo."), "signature") == "na"


RESPONSE_TIME = [
    (["[0] C pub: Non funziona nulla.", "[200] A pub: Ciao, verifichiamo. ^GT"], "pass"),
    (
        [
            "[0] C pub: Non funziona nulla.",
            "[200] A pub: Ciao. ^GT",
            "[300] C pub: E allora?",
            "[700] A pub: Fatto. ^GT",
        ],
        "fail",
    ),
    (["C pub: Non funziona nulla.", "A pub: Ciao, verifichiamo. ^GT"], "na"),
]


@pytest.mark.parametrize(("lines", "expected"), RESPONSE_TIME)
def test_each_reply_comes_within_five_minutes_of_the_customer_message(lines, expected):
    assert result(thread("it", *lines), "response_time") == expected


SOCIAL_CLOSING = [
    ("it", "Fatto, siamo a disposizione per qualsiasi cosa. ^GT", "pass"),
    ("it", "Fatto, grazie per la pazienza. ^GT", "pass"),
    ("it", "Ti aggiorniamo domani sul rimborso. ^GT", "fail"),
    ("it", "Fatto! Facci sapere se funziona. ^GT", "pass"),
    ("en", "Done. We're here if you need anything else. ^LM", "pass"),
    ("en", "Done. Give us a shout if anything else comes up. ^LM", "pass"),
    ("en", "We'll update you tomorrow about the refund. ^LM", "fail"),
]


@pytest.mark.parametrize(("language", "last", "expected"), SOCIAL_CLOSING)
def test_social_closing_thanks_says_goodbye_or_offers_further_help(language, last, expected):
    assert result(agent_thread(language, f"A pub: {last}"), "closing") == expected
