"""Quoted and reported speech is not the agent's own.

An apology or a deflection the agent reads out (an automatic message, a
colleague's note, text in quotation marks) or reports ("he wrote that…") is
someone else's; when the agent then disowns it, that is not deflection either.
"""

import pytest

from tests.feedback.scoring.builders import call, result

QUOTED_APOLOGIES = [
    ("en", 'The automatic email says "We apologise for any inconvenience caused". What\'s your postcode?'),
    ("en", "The note on the account reads: sorry, the engineer could not attend. What's your postcode?"),
    ("en", "My colleague wrote that he was sorry about the delay. What's your postcode?"),
    ("it", "Il messaggio automatico dice «Ci scusiamo per il disagio». Mi dà il codice cliente?"),
    ("it", "Nella nota c'è scritto: mi dispiace, il tecnico non è potuto venire. Mi dà il codice cliente?"),
    ("it", "Il collega ha scritto che si scusava per il ritardo. Mi dà il codice cliente?"),
    (
        "en",
        "The email we sent you says, word for word, 'We're sorry for any inconvenience, it's on hold.' What's your postcode?",
    ),
    (
        "it",
        "Glielo rileggo, dice testualmente: 'Gentile cliente, ci scusiamo per l'inconveniente'. Mi dà il codice cliente?",
    ),
    ("it", "Il messaggio dice: ‘ci scusiamo per il ritardo’. Mi dà il codice cliente?"),
]


@pytest.mark.parametrize(("language", "reply"), QUOTED_APOLOGIES)
def test_an_apology_read_out_or_reported_is_not_the_agents_empathy(language, reply):
    assert result(call(language, f"A: {reply}"), "empathy") == "fail"


OWN_APOLOGIES = [
    ("en", "The automatic email says the visit was cancelled, and I'm really sorry about that."),
    ("it", "Il messaggio automatico dice che l'intervento è annullato, e mi dispiace davvero."),
    ("it", "Il messaggio dice 'ordine in sospeso', ci scusiamo noi per l'inconveniente."),
    ("en", "The email says 'order on hold', and I'm sorry nobody explained why."),
]


@pytest.mark.parametrize(("language", "reply"), OWN_APOLOGIES)
def test_the_agents_own_apology_after_a_quote_still_counts(language, reply):
    assert result(call(language, f"A: {reply}"), "empathy") == "pass"


QUOTED_DEFLECTIONS = [
    (
        "en",
        "The previous note says \"customer needs to contact the courier directly\". That's wrong, I'll chase them myself.",
    ),
    (
        "en",
        "The system message reads: please contact your bank. Ignore that, you don't need to ring anyone, I'll sort it.",
    ),
    ("en", "My colleague wrote that you would have to call the manufacturer, but that isn't right, we handle it."),
    ("it", "Nella nota precedente c'è scritto «il cliente deve contattare il corriere». Non è così, lo sollecito io."),
    (
        "it",
        "Il messaggio automatico dice: si rivolga alla sua banca. Lasci perdere, non c'è bisogno che chiami nessuno.",
    ),
    ("it", "Il collega ha scritto che doveva chiamare il produttore, ma non è corretto, ce ne occupiamo noi."),
    (
        "en",
        "The note reads, and I'm quoting it exactly, 'not our responsibility, advised customer to contact landlord.' That was wrong, it's our meter.",
    ),
    (
        "it",
        "La nota dice, e la cito: 'non di nostra competenza, il cliente deve chiamare il corriere'. Non è così, lo chiamo io.",
    ),
]


# Read out in other words: a colleague's answer or advice reported, a note after a colon.
QUOTED_DEFLECTIONS += [
    ("en", "My colleague's reply was that you should contact the council. That's not right, I'll do it."),
    ("it", "La risposta del collega era di rivolgersi al comune. Non è corretto, me ne occupo io."),
    ("it", "Il collega le aveva risposto di rivolgersi al distributore. Non doveva, ci penso io."),
    ("it", "La collega le ha consigliato di chiamare il gestore, ma non serve: me ne occupo io."),
    (
        "it",
        "Nota del collega: non di nostra competenza, deve rivolgersi al comune. Non è così, la prendo in carico io.",
    ),
    ("en", "My colleague had told you to ring the bank yourself. You don't need to, I'll handle it."),
    ("en", "You were advised to contact the landlord, but that was a mistake, I'm taking this on."),
    ("en", "My colleague recommended that you contact the manufacturer. There's no need, I'll handle the claim."),
    ("en", "The email you got: not our department, please contact your supplier. Ignore that, I'll sort it."),
]


@pytest.mark.parametrize(("language", "reply"), QUOTED_DEFLECTIONS)
def test_a_deflection_read_out_and_disowned_is_not_the_agents(language, reply):
    assert result(call(language, f"A: {reply}"), "ownership") == "pass"


OWN_DEFLECTIONS = [
    ("en", "The note says the parcel was delivered. You'll need to take that up with the courier yourself."),
    ("it", "La nota dice che il pacco è stato consegnato. Per questo deve rivolgersi al corriere."),
    ("en", "The note reads 'parcel delivered', so you'll need to take that up with the courier yourself."),
]


@pytest.mark.parametrize(("language", "reply"), OWN_DEFLECTIONS)
def test_the_agents_own_deflection_after_a_quote_still_fails(language, reply):
    assert result(call(language, f"A: {reply}"), "ownership") == "fail"


# A note read out word for word, in single or double quotes or after a colon, whose closing mark may be
# lost or come after the customer cut in; then disowned.
READ_WORD_FOR_WORD = [
    ("it", ["A: La nota del collega dice testualmente: 'la cliente deve rivolgersi al corriere'. Ma non è così."]),
    ("it", ["A: Nel sistema c'è scritto: 'deve contattare lei il fornitore'. È sbagliato, lo contatto io."]),
    ("it", ['A: Il messaggio automatico recita: "si rivolga alla sua banca". Non è corretto, ci penso io.']),
    ("it", ["A: La nota recita: deve rivolgersi al venditore. Questa nota è sbagliata, me ne occupo io."]),
    ("it", ["A: La nota dice testualmente: 'deve rivolgersi al corriere. Ma è sbagliato, ci penso io."]),
    (
        "it",
        [
            "A: La nota dice testualmente: 'Non è di nostra competenza,",
            "C: Come?",
            "A: deve rivolgersi al corriere'. Ma è sbagliato, ci penso io.",
        ],
    ),
    ("en", ["A: The note says, word for word: 'customer must contact the courier'. That's wrong, I'll contact them."]),
    ("en", ["A: It says, word for word, 'you'll need to ring your bank'. That's not right, I'll sort it."]),
    ("en", ["A: The system message reads: you should contact the retailer. That's wrong, we'll deal with it."]),
    ("en", ["A: The note says, word for word: 'you must contact the courier yourself. That's wrong, I'll do it."]),
]


@pytest.mark.parametrize(("language", "lines"), READ_WORD_FOR_WORD)
def test_a_note_read_word_for_word_and_disowned_is_not_the_agents_deflection(language, lines):
    assert result(call(language, *lines), "ownership") == "pass"


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        ("it", ["A: Deve rivolgersi al corriere, la nota è chiara."]),
        ("it", ["A: La nota dice testualmente: 'pratica chiusa'.", "C: Come?", "A: Deve rivolgersi al corriere."]),
        ("it", ["A: Non l'ho mai detto, ma deve rivolgersi al corriere."]),
        ("en", ["A: The note's right, you'll need to ring your bank."]),
        ("en", ["A: The note says: 'parcel delivered'.", "C: What?", "A: You'll need to contact the courier."]),
    ],
)
def test_the_agents_own_deflection_next_to_a_note_still_fails(language, lines):
    assert result(call(language, *lines), "ownership") == "fail"


# Read out after "says," with no quotation marks, or inside curly or angle quotes, then disowned.
READ_OUT_THEN_DISOWNED = [
    (
        "en",
        "The email you got says, we're sorry for any inconvenience caused. That's just the standard template. "
        "What's the reference?",
    ),
    ("en", "The text reads “we apologise for the delay”, but that goes out to everyone. What's the reference?"),
    (
        "it",
        "Nella mail c'è scritto “ci scusiamo per il ritardo”, ma quella la manda il sistema a tutti. Mi dà il codice?",
    ),
    ("it", "Il messaggio dice «ci scusiamo per il disagio», è automatico. Mi dà il codice?"),
    ("it", "La mail dice, ci scusiamo per il disagio, ma è automatica. Mi dà il codice?"),
]


@pytest.mark.parametrize(("language", "reply"), READ_OUT_THEN_DISOWNED)
def test_an_apology_read_out_after_says_comma_or_in_curly_quotes_is_not_empathy(language, reply):
    assert result(call(language, f"A: {reply}"), "empathy") == "fail"


OWN_AFTER_READING = [
    ("en", "The email says we're sorry, and I'm sorry too, genuinely. What's the reference?"),
    ("it", "La mail è automatica, ma io mi scuso davvero per il ritardo. Mi dà il codice?"),
]


@pytest.mark.parametrize(("language", "reply"), OWN_AFTER_READING)
def test_the_agents_own_apology_beside_a_read_out_one_counts(language, reply):
    assert result(call(language, f"A: {reply}"), "empathy") == "pass"


READ_OUT_PROMISES_AND_DEFLECTIONS = [
    ("en", "The letter says, we will call you back soon. That's the template.", "commitment_time", "na"),
    ("it", "Il messaggio dice «la richiameremo a breve», ma è automatico.", "commitment_time", "na"),
    ("it", "Il messaggio è automatico, ma la richiameremo a breve.", "commitment_time", "fail"),
    ("en", "The auto-reply says, please contact your bank. Ignore that, I'll sort it.", "ownership", "pass"),
    ("it", "La mail dice «si rivolga alla sua banca», ma lo sistemo io.", "ownership", "pass"),
    # A clause of condition or time opened after "and" is the agent's own again, blame included.
    (
        "it",
        "Il sistema dice che è passato, e se il citofono non funziona è un problema suo.",
        "professional_language",
        "fail",
    ),
    ("it", "Il sistema dice che se il citofono non funziona è un problema suo.", "professional_language", "pass"),
    (
        "en",
        "The system says he called, and if your buzzer is broken that's your problem.",
        "professional_language",
        "fail",
    ),
    ("en", "The system says that if the buzzer is broken it's your problem.", "professional_language", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "key", "expected"), READ_OUT_PROMISES_AND_DEFLECTIONS)
def test_a_promise_or_a_deflection_read_out_is_not_the_agents(language, reply, key, expected):
    assert result(call(language, f"A: {reply}"), key) == expected


# An apology whose words run from the agent's "I quote" across the opening quotation mark is the
# quotation's; the agent's own apology before a quotation still counts.
ACROSS_THE_QUOTATION_MARK = [
    ("en", "The depot's note says, and I quote, 'we apologise for the delay', which isn't much use to you.", "fail"),
    ("it", "La nota del magazzino dice, e cito, 'ci scusiamo per il ritardo', che non le serve a molto.", "fail"),
    ("en", "I'm so sorry, the depot's note just says 'delivered'.", "pass"),
    ("it", "Mi dispiace davvero, la nota del magazzino dice solo 'consegnato'.", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), ACROSS_THE_QUOTATION_MARK)
def test_an_apology_running_into_a_quotation_is_the_quotations(language, reply, expected):
    told = "C: I've been waiting in all day." if language == "en" else "C: Ho aspettato tutto il giorno."
    assert result(call(language, told, f"A: {reply}"), "empathy") == expected
