"""Promises in every grammatical form, and concrete times in the forms people say them.

A promise is the agent or the company committing to an action later, whoever the
grammatical subject: "we", a colleague, the object itself in the passive, an
impersonal "si". A description of how a process usually works is not one
(../shared/specs/default-rubrics.md, "Promise").
"""

import pytest

from tests.feedback.scoring.builders import call, result

PROMISES_WITH_TIMES = [
    ("en", "I'll be calling you at twenty to five."),
    ("en", "You'll hear from me at half four."),
    ("en", "Expect a call from me at ten past three."),
    ("it", "Mi faccio sentire io verso le cinque e mezza."),
    ("it", "Ci sentiamo alle sei meno un quarto."),
    ("en", "Your new router will be dispatched to you by Wednesday."),
    ("en", "The complaint will be closed and the credit applied before the 14th of March."),
    ("en", "An engineer is booked to come out on the 3rd, between eight and twelve."),
    ("en", "The courier's going to collect the parcel first thing Thursday."),
    ("en", "I'll ring you back at twenty past three to confirm."),
    ("en", "Someone from billing will phone you at half past ten tomorrow."),
    ("en", "You'll have the paperwork by end of business Friday at the latest."),
    ("en", "We're sending a replacement handset out on the twenty-third."),
    ("en", "The refund will be looked at and processed by close of play on Monday."),
    ("it", "La sua richiesta verrà evasa entro giovedì."),
    ("it", "Il rimborso sarà accreditato entro il 15 marzo."),
    ("it", "Il tecnico passerà da lei alle tre e mezza di domani."),
    ("it", "Si procederà alla sostituzione del contatore entro la fine della settimana."),
    ("it", "La chiamo io alle cinque meno un quarto per darle conferma."),
    ("it", "Il pacco le verrà riconsegnato in prima mattinata di martedì."),
    ("it", "Il corriere passa a ritirarlo domani verso le undici."),
    ("it", "Entro il primo pomeriggio di lunedì la pratica verrà chiusa."),
    ("it", "Le sarà inviata una nuova carta entro dieci giorni lavorativi."),
    ("en", "Once it's paid, your line will be working again within two hours."),
    ("it", "Appena il pagamento risulta, la riattivazione viene fatta entro due giorni lavorativi."),
    ("it", "Il tecnico della zona, Dario, passa da lei domani tra le due e le quattro."),
]


@pytest.mark.parametrize(("language", "reply"), PROMISES_WITH_TIMES)
def test_a_passive_impersonal_or_third_person_promise_with_a_spoken_time_passes(language, reply):
    assert result(call(language, f"A: {reply}"), "commitment_time") == "pass"


PROMISES_WITHOUT_TIMES = [
    ("en", "The refund's going through shortly."),
    ("it", "Sarà contattata a breve da un collega."),
    ("it", "Le verrà data comunicazione quanto prima."),
    ("it", "Sarà nostra premura aggiornarla quanto prima."),
    ("en", "Your new router will be dispatched to you shortly."),
    ("en", "The complaint will be closed and the credit applied in due course."),
    ("en", "The courier's going to collect the parcel at some point."),
    ("en", "A technician is booked to come out, they'll confirm a slot."),
    ("it", "La sua richiesta verrà evasa quanto prima."),
    ("it", "Il tecnico passerà da lei appena possibile."),
    ("it", "Si procederà alla sostituzione del contatore a breve."),
    ("it", "Le sarà inviata una nuova carta nei prossimi giorni."),
    ("en", "Once it's paid, your line will be working again soon."),
]


@pytest.mark.parametrize(("language", "reply"), PROMISES_WITHOUT_TIMES)
def test_the_same_promises_with_a_vague_time_or_none_fail(language, reply):
    assert result(call(language, f"A: {reply}"), "commitment_time") == "fail"


PROCESS_DESCRIPTIONS = [
    ("en", "Refunds go back onto the card you paid with, it's all automatic."),
    ("en", "In these cases the replacement is normally posted out by the warehouse."),
    ("en", "When a claim is approved, the money is paid into your account."),
    ("it", "In questi casi il rimborso viene accreditato sulla prima bolletta utile."),
    ("it", "Di norma la carta nuova viene spedita all'indirizzo di residenza."),
    ("it", "Quando la pratica è approvata, l'importo viene versato sul conto."),
    # Sent to everyone, not to this customer.
    ("it", "Ma quella la manda il sistema a tutti, eh, non è che qualcuno si è scusato."),
    ("it", "Quella mail la manda il sistema a tutti i clienti."),
    ("en", "That email, the system sends it to everyone, it's a fixed text."),
    ("en", "The system sends that email to all customers."),
]


@pytest.mark.parametrize(("language", "reply"), PROCESS_DESCRIPTIONS)
def test_a_description_of_how_a_process_works_is_not_a_promise(language, reply):
    assert result(call(language, f"A: {reply}"), "commitment_time") == "na"


SPOKEN_TIMES = [
    ("en", "I'll call you back at quarter to five.", "pass"),
    ("en", "I'll call you back around half nine tomorrow.", "pass"),
    ("en", "I'll call you back on the twelfth of June.", "pass"),
    ("en", "I'll call you back by lunchtime on Tuesday.", "pass"),
    ("en", "I'll call you back at a later date.", "fail"),
    ("en", "I'll call you back sometime over the next little while.", "fail"),
    ("it", "La richiamo alle quattro e un quarto.", "pass"),
    ("it", "La richiamo verso mezzogiorno e mezzo.", "pass"),
    ("it", "La richiamo il dodici giugno.", "pass"),
    ("it", "La richiamo entro l'ora di pranzo di martedì.", "pass"),
    ("it", "La richiamo in un secondo momento.", "fail"),
    ("it", "La richiamo uno di questi giorni.", "fail"),
    ("it", "La richiamo sulle cinque e mezza.", "pass"),
    ("it", "La richiamo verso l'una.", "pass"),
    ("it", "La richiamo nel primo pomeriggio.", "pass"),
    ("it", "La richiamo in tarda mattinata.", "pass"),
    ("en", "I'll call you back early afternoon.", "pass"),
    ("en", "I'll call you back after lunch.", "pass"),
    ("en", "I'll call you back in the early days of the project.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), SPOKEN_TIMES)
def test_spoken_clock_times_and_dates_are_concrete_and_loose_ones_are_not(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "commitment_time") == expected


# The same action promised in the passive, the progressive or impersonally, with a time (pass) or a vague one (fail).
PASSIVE_AND_IMPERSONAL = [
    ("en", "A new bill is going to be issued {}."),
    ("en", "A confirmation email goes out to you {}."),
    ("en", "The paperwork should go out to you {}."),
    ("en", "An engineer will be allocated {}."),
    ("en", "The credit gets applied to your account {}."),
    ("en", "The replacement is being dispatched {}."),
    ("en", "That'll all be taken care of {}."),
    ("it", "La pratica sarà lavorata {}."),
    ("it", "La lettera le sarà spedita {}."),
    ("it", "La richiesta andrà in lavorazione {}."),
    ("it", "La pratica viene chiusa {}."),
    ("it", "La segnalazione verrà presa in carico {}."),
    ("it", "Il rimborso le viene accreditato {}."),
]
VAGUE = {"en": ["shortly", "in due course", "before long"], "it": ["quanto prima", "in tempi brevi", "a tempo debito"]}
CONCRETE = {"en": ["by Friday", "within two working days"], "it": ["entro venerdì", "entro due giorni lavorativi"]}


@pytest.mark.parametrize(
    ("language", "reply"),
    [(language, reply.format(vague)) for language, reply in PASSIVE_AND_IMPERSONAL for vague in VAGUE[language]],
)
def test_a_passive_or_impersonal_promise_with_only_a_vague_time_fails(language, reply):
    assert result(call(language, f"A: {reply}"), "commitment_time") == "fail"


@pytest.mark.parametrize(
    ("language", "reply"),
    [(language, reply.format(time)) for language, reply in PASSIVE_AND_IMPERSONAL for time in CONCRETE[language]],
)
def test_the_same_promise_with_a_concrete_time_passes(language, reply):
    assert result(call(language, f"A: {reply}"), "commitment_time") == "pass"


# A call back promised in other words, at a spoken clock time (pass) or at no time (fail).
CALLBACKS = [
    ("en", "I'll give you a ring back {}."),
    ("en", "I'll give you a call {}."),
    ("en", "Let me call you back {}."),
    ("en", "I'll buzz you back {}."),
    ("en", "I'll check in with you {}."),
    ("en", "I'll touch base with you {}."),
    ("en", "I'll be back on to you {}."),
    ("en", "I'll give you an update {}."),
    ("it", "Le ritelefono {}."),
    ("it", "Le do un colpo di telefono {}."),
    ("it", "Le faccio uno squillo {}."),
    ("it", "Le darò un colpo di telefono {}."),
    ("it", "La risento io {}."),
    ("it", "Ritorno da lei {}."),
    ("it", "Le telefono io {}."),
]
CLOCK_TIMES = {
    "en": ["at ten to five this afternoon", "at twenty past four", "at quarter to six"],
    "it": ["alle sei meno un quarto", "alle cinque meno dieci", "verso le quattro e venti"],
}
NO_TIME = {"en": "later", "it": "più tardi"}


@pytest.mark.parametrize(
    ("language", "reply"),
    [(language, reply.format(clock)) for language, reply in CALLBACKS for clock in CLOCK_TIMES[language]],
)
def test_a_callback_in_other_words_at_a_spoken_clock_time_is_a_timed_promise(language, reply):
    assert result(call(language, f"A: {reply}"), "commitment_time") == "pass"


@pytest.mark.parametrize(
    ("language", "reply"), [(language, reply.format(NO_TIME[language])) for language, reply in CALLBACKS]
)
def test_the_same_callback_with_no_time_fails(language, reply):
    assert result(call(language, f"A: {reply}"), "commitment_time") == "fail"


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("en", 'The automated email says "your return is being processed by the seller shortly".'),
        ("it", "Il messaggio automatico dice: 'la sua pratica viene lavorata quanto prima'."),
    ],
)
def test_a_promise_read_out_from_an_automatic_message_is_not_the_agents(language, reply):
    assert result(call(language, f"A: {reply}"), "commitment_time") == "na"


PROMISE_THEN_QUESTION = [
    ("en", "I'll text you the confirmation within fifteen minutes, and which desk are you collecting from?", "pass"),
    ("en", "I'll text you the confirmation later, and which desk are you collecting from?", "fail"),
    ("en", "Shall I text you the confirmation within fifteen minutes?", "na"),
    ("en", "Do you want me to send you the form by Friday, or when would suit you?", "na"),
    ("it", "Le mando la mail entro domani, e a quale indirizzo preferisce riceverla?", "pass"),
    ("it", "Le mando la mail più tardi, e a quale indirizzo preferisce riceverla?", "fail"),
    ("it", "Vuole che le mandi la mail entro domani?", "na"),
    ("it", "Le mando la mail entro domani?", "na"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), PROMISE_THEN_QUESTION)
def test_a_promise_followed_by_a_question_of_its_own_is_still_a_promise_and_an_offer_is_not(language, reply, expected):
    """The question mark belongs to the later clause an interrogative opens (speech recognition
    often hears the promise's tail as one: "…, which message to go to?"); a question that asks
    whether to do it offers."""
    assert result(call(language, f"A: {reply}"), "commitment_time") == expected


# Someone else, or the team, will get back to the customer: a promise, vague without a time.
THIRD_PARTY_PROMISES = [
    ("en", "Someone will contact you about that{}."),
    ("en", "The team will get back to you{}."),
    ("en", "One of my colleagues will be in touch with you{}."),
    ("en", "Somebody from billing is going to get back to you{}."),
    ("en", "Your documents will be sent out to you{}."),
    ("it", "Qualcuno la ricontatterà per questo{}."),
    ("it", "Un collega la richiamerà per la pratica{}."),
    ("it", "Il team tecnico le farà sapere{}."),
    ("it", "Qualcuno dell'ufficio la contatterà{}."),
    ("it", "Le verrà inviata la documentazione{}."),
]
TIMES_AND_RESULTS = {
    "en": [("", "fail"), (" shortly", "fail"), (" tomorrow morning", "pass")],
    "it": [("", "fail"), (" a breve", "fail"), (" domani mattina", "pass")],
}


@pytest.mark.parametrize(
    ("language", "reply", "expected"),
    [
        (language, reply.format(time), expected)
        for language, reply in THIRD_PARTY_PROMISES
        for time, expected in TIMES_AND_RESULTS[language]
    ],
)
def test_a_third_party_or_passive_promise_fails_with_no_time_or_a_vague_one_and_passes_with_a_day(
    language, reply, expected
):
    assert result(call(language, f"A: {reply}"), "commitment_time") == expected


# Finding something out for the customer promises an answer later.
INVESTIGATIONS = [
    ("en", "I'll look into whether we can waive the fee{}."),
    ("en", "I'll find out whether the engineer can come earlier{}."),
    ("en", "I'll check whether the refund can be backdated{}."),
    ("en", "I'm going to ask the warehouse if it has left{}."),
    ("en", "Let me find out what happened to the order{}."),
    ("it", "Verifico se è possibile anticipare l'intervento{}."),
    ("it", "Verificherò se si può stornare la penale{}."),
    ("it", "Mi informo se il tecnico può passare prima{}."),
    ("it", "Chiedo al magazzino se il pacco è partito{}."),
    ("it", "Controllerò se il rimborso è già stato emesso{}."),
]
ANSWER_TIME = {"en": " and ring you back at ten to five", "it": " e la richiamo alle cinque meno dieci"}


@pytest.mark.parametrize(
    ("language", "reply", "expected"),
    [
        (language, reply.format(time), expected)
        for language, reply in INVESTIGATIONS
        for time, expected in (("", "fail"), (ANSWER_TIME[language], "pass"))
    ],
)
def test_finding_something_out_is_a_vague_promise_unless_an_answer_comes_at_a_time(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "commitment_time") == expected


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        ("en", ["A: I'll check if that's in stock, one moment."]),
        ("en", ["A: I'll just check if your details are right, can you confirm your postcode?"]),
        ("en", ["A: Bear with me a moment.", "A: I'll check if it's possible."]),
        ("en", ["A: Let me check whether it's gone through."]),
        ("it", ["A: Un attimo che verifico se è partito."]),
        ("it", ["A: Verifico se è arrivato il pagamento, resti in linea."]),
        ("it", ["A: Mi concede un minuto?", "C: Certo.", "A: Verifico se è possibile."]),
        ("it", ["A: Chiedo scusa se ha dovuto aspettare."]),
        ("it", ["A: Ho verificato se il pagamento era arrivato."]),
    ],
)
def test_a_check_done_while_the_customer_waits_or_already_done_is_no_promise(language, lines):
    assert result(call(language, *lines), "commitment_time") == "na"


# A call back said as what the agent can or will do, or with the subject left out; an offer asked stays an offer.
CALLBACKS_IN_OTHER_FRAMES = [
    ("en", "I can ring you back at ten to five this afternoon.", "pass"),
    ("en", "What I'll do is ring you back at quarter past nine tomorrow.", "pass"),
    ("en", "Ring you back at ten to five, then.", "pass"),
    ("en", "I'll try and phone you at half past two.", "pass"),
    ("en", "I'll ring you back at ten to five, is this the best number?", "pass"),
    ("en", "I can ring you back later.", "fail"),
    ("en", "What I'll do is ring you back once I hear from them.", "fail"),
    ("en", "I'll ring you back later, is this the best number?", "fail"),
    ("en", "Can I ring you back at ten to five this afternoon?", "na"),
    ("en", "Shall I ring you back at four, or would tomorrow be better?", "na"),
    ("en", "I can't send it before Friday.", "na"),
    ("it", "Posso richiamarla alle cinque meno dieci.", "pass"),
    ("it", "La posso richiamare verso le sei e mezza.", "pass"),
    ("it", "Quello che faccio è richiamarla alle nove e un quarto.", "pass"),
    ("it", "La richiamo domani alle dieci, questo è il numero giusto?", "pass"),
    ("it", "Posso richiamarla più tardi.", "fail"),
    ("it", "La richiamo più tardi, questo è il numero giusto?", "fail"),
    ("it", "Posso richiamarla alle cinque meno dieci?", "na"),
    ("it", "La richiamo domani, o preferisce stasera?", "na"),
    ("it", "Vuole che la richiami domani, così ha tempo?", "na"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), CALLBACKS_IN_OTHER_FRAMES)
def test_a_callback_stated_in_other_frames_is_a_promise_and_an_offer_asked_is_not(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "commitment_time") == expected


# First person plural with a clitic and a re- verb; a named person acting, in the present, at a time.
RESCHEDULED_OR_NAMED = [
    ("it", "Gliela riprogrammiamo a breve.", "fail"),
    ("it", "Glielo rispediamo quanto prima.", "fail"),
    ("en", "We'll get that rebooked soon.", "fail"),
    ("en", "We'll reissue it shortly.", "fail"),
    ("it", "Gliela riprogrammiamo per giovedì mattina.", "pass"),
    ("it", "La dottoressa la richiama oggi pomeriggio verso le cinque, cinque e mezza.", "pass"),
    ("it", "Il medico la richiama domani mattina.", "pass"),
    ("en", "The engineer calls you tomorrow morning.", "pass"),
    ("en", "The doctor rings you this afternoon around half five.", "pass"),
    ("en", "The nurse calls you back at five, half five.", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), RESCHEDULED_OR_NAMED)
def test_a_rescheduling_or_a_named_person_acting_is_a_promise_timed_by_what_goes_with_it(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "commitment_time") == expected


# The customer to act, a deadline of theirs, or what usually happens: no promise of the company's.
NOT_THE_COMPANYS = [
    ("it", "Se non arriva, ci richiama e si vede."),
    ("en", "If it doesn't come, give us a ring."),
    ("en", "If the doctor doesn't call, give us a ring tomorrow."),
    ("it", "Se entro domani non la chiamano, ci richiami lei."),
    ("it", "Deve fare ricorso entro trenta giorni."),
    ("en", "You have 14 days to return it."),
    ("it", "Ha quattordici giorni per restituirlo."),
    ("en", "You've got until Friday to send the form back."),
    ("it", "Di solito viene accolto."),
    ("en", "It normally clears in a couple of days."),
    ("it", "Normalmente si sblocca in un paio di giorni."),
    # A participle, then a subject that opens the next clause: no "lo spedisco io".
    ("it", "Il verbale, una volta emesso, noi non lo possiamo annullare: deve fare ricorso lei entro trenta giorni."),
    ("en", "Once the fine is issued, we can't cancel it: you have to appeal within thirty days."),
]


@pytest.mark.parametrize(("language", "reply"), NOT_THE_COMPANYS)
def test_what_the_customer_must_do_or_what_usually_happens_is_no_promise(language, reply):
    assert result(call(language, f"A: {reply}"), "commitment_time") == "na"


# Promises in further forms: "we'll have it to you", an office or the reception acting at a time.
# An ordinal is a date only when it is said as one ("by the first", "the third of May").
MORE_FORMS = [
    ("en", ["A: We'll have the quote to you by Friday."], "pass"),
    ("en", ["A: We'll have the quote to you once it's checked."], "fail"),
    ("en", ["A: Reception texts you the slot this afternoon."], "pass"),
    ("it", ["A: La segreteria la richiama lunedì verso le dieci."], "pass"),
    ("it", ["A: La segreteria la richiama a breve."], "fail"),
    ("it", ["A: Il modulo lo spedisco io entro domani."], "pass"),
    ("it", ["A: Quella mail gliela manda il sistema appena possibile."], "fail"),
    ("it", ["A: Le mando la mail entro domani a tutti e due."], "pass"),
    ("en", ["A: I'll send the email to everyone on the account by tomorrow."], "pass"),
    # Someone brought into this very call is no follow-up; a callback on this line is.
    ("en", ["A: Rather than give you a number, I'm going to bring them onto this call myself."], "na"),
    ("en", ["A: We'll call you back on this line once it's sorted."], "fail"),
    ("it", ["A: Il collega lo chiamo io e lo aggiungo a questa chiamata."], "na"),
    ("it", ["A: Il collega lo chiamo io e le faccio sapere appena possibile."], "fail"),
    # "Now" in the next sentence saying a state reached times nothing; said of the action, it does.
    (
        "en",
        [
            "A: We'll get a new bill out to you once it's been checked.",
            "C: Fine.",
            "A: Okay, the reading is saved now.",
        ],
        "fail",
    ),
    ("en", ["A: I'll send you the reset link.", "C: Okay.", "A: I'm sending it now."], "pass"),
    (
        "it",
        [
            "A: Le mandiamo la bolletta corretta appena verificata.",
            "C: Va bene.",
            "A: Bene, la lettura è registrata adesso.",
        ],
        "fail",
    ),
    ("it", ["A: Le mando il link per il reset.", "C: Va bene.", "A: Glielo mando adesso."], "pass"),
    ("en", ["A: I'll send the form myself by tomorrow."], "pass"),
    ("en", ["A: The refund will be paid on the first of March."], "pass"),
    ("en", ["A: The new card will be posted by the third."], "pass"),
    (
        "en",
        ["A: Someone will contact you once it's approved.", "A: The money goes out with the first instalment."],
        "fail",
    ),
    ("en", ["A: We'll ring you when it's ready.", "A: Please listen to the message first."], "fail"),
]


@pytest.mark.parametrize(("language", "lines", "expected"), MORE_FORMS)
def test_further_promise_forms_and_ordinal_dates(language, lines, expected):
    assert result(call(language, *lines), "commitment_time") == expected


# A promise that says its own time vaguely stays vague when the sentence's concrete time belongs to a
# clause with a condition or a future of its own; a concrete time that only sharpens it still counts.
OWN_VAGUE_TIME = [
    (
        "en",
        ["A: Your payments will restart from next Monday, and the backdated amount will be paid in due course."],
        "fail",
    ),
    ("en", ["A: If you send me the photo now, we'll get the claim reviewed once it's in."], "fail"),
    ("it", ["A: Se mi manda la foto adesso, la pratica gliela chiudiamo appena possibile."], "fail"),
    (
        "en",
        ["A: Someone will be in touch in due course.", "A: The system sends the emails out to everyone at once."],
        "fail",
    ),
    ("en", ["A: I'll call you back as soon as I can, by five at the latest."], "pass"),
    ("it", ["A: La richiamo appena posso, comunque entro le cinque."], "pass"),
    ("en", ["A: We'll refund you by Friday, and the voucher will follow."], "pass"),
    ("en", ["A: I'll text you at once when it lands."], "pass"),
]


@pytest.mark.parametrize(("language", "lines", "expected"), OWN_VAGUE_TIME)
def test_a_promise_with_its_own_vague_time_is_not_timed_by_another_clause(language, lines, expected):
    assert result(call(language, *lines), "commitment_time") == expected


# Times people name from an event already dated ("the day before", "la mattina stessa dell'intervento"),
# and a day of the month said alone after a preposition ("for the thirty-first", "per il ventotto").
TIMES_FROM_AN_EVENT = [
    ("en", ["A: You'll get a text from us the day before with his arrival slot."], "pass"),
    ("en", ["A: You'll get a text from us a while before with his arrival slot."], "fail"),
    ("en", ["A: Your engineer will ring you the morning of the visit."], "pass"),
    ("it", ["A: Le mandiamo un sms il giorno prima con la fascia oraria."], "pass"),
    ("it", ["A: Le mandiamo un sms qualche tempo prima con la fascia oraria."], "fail"),
    ("it", ["A: Il tecnico la chiamerà la mattina stessa dell'intervento."], "pass"),
    ("en", ["A: I'll book the table for the thirty-first and send the menu over."], "pass"),
    ("en", ["A: I'll book the table for the thirty-first guest and send the menu over."], "fail"),
    ("it", ["A: Le prenoto il tavolo e le mando il menù per il ventotto."], "pass"),
]


@pytest.mark.parametrize(("language", "lines", "expected"), TIMES_FROM_AN_EVENT)
def test_a_day_named_from_a_dated_event_or_by_its_number_is_concrete(language, lines, expected):
    assert result(call(language, *lines), "commitment_time") == expected


# Someone of the company made to act ("I'll have a fitter ring you") or named calling the customer back
# ("Giorgio la richiama", "Priya rings you back") promises; the time decides as for any promise.
ARRANGED_OR_NAMED = [
    ("en", ["A: I'll have one of our fitters ring you at ten tomorrow."], "pass"),
    ("en", ["A: I'll have one of our fitters ring you."], "fail"),
    ("en", ["A: If it suits, I can have a look at the meter readings now."], "na"),
    ("en", ["A: If we get cut off, Priya rings you back within fifteen minutes."], "pass"),
    ("en", ["A: If we get cut off, Priya rings you back as soon as she can."], "fail"),
    ("it", ["A: Se la comunicazione si interrompe, Giorgio la richiama entro un quarto d'ora."], "pass"),
    ("it", ["A: Se la comunicazione si interrompe, Giorgio la richiama appena può."], "fail"),
]


@pytest.mark.parametrize(("language", "lines", "expected"), ARRANGED_OR_NAMED)
def test_an_arranged_or_named_callback_is_a_promise(language, lines, expected):
    assert result(call(language, *lines), "commitment_time") == expected


# What only looks like a promise: the verb of a clause of time or condition ("Quando le arriva, lo
# digiti"), a hedged guess ("le arriva magari lunedì"), a noun of a verb's form ("il codice di ritiro"),
# the customer's own provider told to them across a colon. The plain promise next to each still counts.
NOT_PROMISES = [
    ("it", ["A: Quando le arriva il codice, lo inserisca nell'app e prema conferma."], "na"),
    ("en", ["A: When you get the code, pop it into the app and press confirm."], "na"),
    ("it", ["A: Il codice nuovo le arriva per sms entro un'ora. Quando lo riceve, lo inserisca nell'app."], "pass"),
    ("it", ["A: Il codice nuovo le arriva per sms. Quando lo riceve, lo inserisca nell'app."], "fail"),
    ("it", ["A: Appena arriva il pezzo la richiamo."], "fail"),
    ("it", ["A: Per posta dipende: se la imbuca oggi, le arriva magari lunedì."], "na"),
    ("it", ["A: Per posta dipende: se la imbuca oggi, le arriva lunedì."], "pass"),
    ("en", ["A: Perhaps we'll send the new one out on Monday, depending on stock."], "na"),
    ("en", ["A: We'll send the new one out on Monday."], "pass"),
    ("it", ["A: Le serve il codice di ritiro, quello che trova nella mail."], "na"),
    ("it", ["A: Le spedirò il codice di ritiro."], "fail"),
    ("it", ["A: Il guasto è del suo tecnico: deve chiamare loro per farsi mandare il pezzo."], "na"),
    ("it", ["A: Il nostro tecnico deve chiamarla entro domani."], "pass"),
]


@pytest.mark.parametrize(("language", "lines", "expected"), NOT_PROMISES)
def test_a_framing_clause_a_guess_or_a_noun_is_no_promise(language, lines, expected):
    assert result(call(language, *lines), "commitment_time") == expected


# A process word in a clause after the promise only qualifies its time; before it, it describes a
# process, up to a clause of its own where the agent promises in the first person.
QUALIFIED = [
    ("it", ["A: Il bonifico le arriva entro due giorni lavorativi, di solito anche prima."], "pass"),
    ("it", ["A: Di solito il bonifico le arriva entro due giorni lavorativi."], "na"),
    ("en", ["A: The code will reach you within ten minutes, normally quicker."], "pass"),
    ("en", ["A: Normally the code reaches you within ten minutes."], "na"),
    ("en", ["A: These usually clear within a couple of hours, and I'll ring you back at ten to five."], "pass"),
    ("en", ["A: Refunds are normally processed within a week, and they're sent with your next bill."], "na"),
    ("en", ["A: Usually, we'll send you a text when it ships."], "na"),
    ("it", ["A: Di solito si sblocca entro un paio d'ore, e io la richiamo alle cinque per conferma."], "pass"),
    ("it", ["A: Di solito il rimborso viene elaborato in una settimana, e arriva con la bolletta."], "na"),
    ("it", ["A: Di solito, noi le mandiamo un sms quando parte."], "na"),
]


@pytest.mark.parametrize(("language", "lines", "expected"), QUALIFIED)
def test_usually_after_a_promise_qualifies_its_time(language, lines, expected):
    assert result(call(language, *lines), "commitment_time") == expected


# The same action promised again later with a time times the first saying of it; another action does not.
SAID_AGAIN = [
    (
        "en",
        [
            "C: I was charged twice.",
            "A: Right, I'm refunding the second payment.",
            "C: Okay.",
            "A: Done. The refund will be back on your card in three to five working days.",
        ],
        "pass",
    ),
    (
        "en",
        [
            "C: I was charged twice.",
            "A: Right, I'm refunding the second payment.",
            "C: Okay.",
            "A: Done. The new card will be with you in three to five working days.",
        ],
        "fail",
    ),
]


@pytest.mark.parametrize(("language", "lines", "expected"), SAID_AGAIN)
def test_a_promise_said_again_later_with_a_time_is_timed(language, lines, expected):
    assert result(call(language, *lines), "commitment_time") == expected


# A hope said as the sentence's last clause ("…, hopefully", "…, speriamo") makes the clause before it
# a guess, as a "maybe" in it does; a hope in an earlier clause leaves the promise after it standing.
HOPED = [
    ("en", ["A: You'll have the new card by Friday, hopefully."], "na"),
    ("it", ["A: La nuova tessera le arriva venerdì, speriamo."], "na"),
    ("en", ["A: Hopefully that helps, and I'll send you the new card by Friday."], "pass"),
    ("it", ["A: Speriamo bene, intanto le mando la nuova tessera entro venerdì."], "pass"),
]


@pytest.mark.parametrize(("language", "lines", "expected"), HOPED)
def test_a_hope_after_a_promise_makes_it_a_guess(language, lines, expected):
    assert result(call(language, *lines), "commitment_time") == expected


# How most cases go ("in most cases", "nine times out of ten", "nella maggior parte dei casi", "il più
# delle volte") describes a process; the agent's own promise after a contrast still counts.
MOST_CASES = [
    ("en", ["A: In most cases you'll hear back within a fortnight."], "na"),
    ("en", ["A: Nine times out of ten you'll get a text from us the day before."], "na"),
    ("it", ["A: Nella maggior parte dei casi le mandiamo la risposta entro quindici giorni."], "na"),
    ("it", ["A: Il più delle volte le mandiamo un sms il giorno prima."], "na"),
    ("en", ["A: In most cases we reply within a day, but I'll call you back myself tomorrow at ten."], "pass"),
    ("it", ["A: Nella maggior parte dei casi rispondiamo in giornata, però la richiamo io domani alle dieci."], "pass"),
]


@pytest.mark.parametrize(("language", "lines", "expected"), MOST_CASES)
def test_how_most_cases_go_describes_a_process(language, lines, expected):
    assert result(call(language, *lines), "commitment_time") == expected


# Promises in more forms: received in the future progressive ("you'll be getting a call"), contact to come
# ("will be in contact", "si metterà in contatto"), a booking made ("le è stato fissato un tecnico"), what
# the customer should receive ("dovrebbe avere notizie da loro"), a future appearing ("comparirà
# sull'estratto"). Untimed they fail, timed they pass; done already, or advice to the customer, they are none.
MORE_FORMS = [
    ("en", ["A: You'll be getting a call from the engineer."], "fail"),
    ("en", ["A: Our claims handler will be in contact."], "fail"),
    ("en", ["A: You'll be getting a call from the engineer by Friday."], "pass"),
    ("it", ["A: Le è stato fissato un tecnico."], "fail"),
    ("it", ["A: Il perito si metterà in contatto con lei."], "fail"),
    ("it", ["A: Dovrebbe avere notizie da loro."], "fail"),
    ("it", ["A: Il rimborso è stato disposto e comparirà sull'estratto."], "fail"),
    ("it", ["A: Il perito si metterà in contatto con lei entro venerdì."], "pass"),
    ("it", ["A: Il perito si è messo in contatto con lei ieri."], "na"),
    ("it", ["A: Dovrebbe sentire il suo medico."], "na"),
    ("en", ["A: The claims handler was in contact with you yesterday."], "na"),
]


@pytest.mark.parametrize(("language", "lines", "expected"), MORE_FORMS)
def test_promises_in_more_forms(language, lines, expected):
    assert result(call(language, *lines), "commitment_time") == expected


# "A few" hours or days is no number of them ("tra qualche ora", "in a few hours", "within a few days"):
# vague, also when said of something else in the next sentence ("a volte regge qualche ora"). A
# number, even a pair or an article, is one ("entro un'ora", "within a couple of hours").
A_FEW = [
    ("it", ["A: La richiamiamo entro qualche ora."], "fail"),
    ("it", ["A: Le mandiamo il preventivo tra qualche ora."], "fail"),
    (
        "it",
        ["A: Appena arriva il pezzo, il tecnico la richiama.", "A: Nel frattempo, a volte regge qualche ora."],
        "fail",
    ),
    ("en", ["A: We'll call you back in a few hours."], "fail"),
    ("en", ["A: You'll receive the quote within a few days."], "fail"),
    (
        "en",
        [
            "A: As soon as the part comes in, the engineer will call you back.",
            "A: If it locks again, it often restarts in a few hours.",
        ],
        "fail",
    ),
    ("it", ["A: La richiamiamo entro un'ora."], "pass"),
    ("it", ["A: Le mandiamo il preventivo tra un paio d'ore."], "pass"),
    ("it", ["A: Appena arriva il pezzo, il tecnico la richiama.", "A: Comunque entro domani."], "pass"),
    ("en", ["A: We'll call you back within a couple of hours."], "pass"),
    ("en", ["A: You'll receive the quote in an hour."], "pass"),
]


@pytest.mark.parametrize(("language", "lines", "expected"), A_FEW)
def test_a_few_hours_or_days_is_no_number_of_them(language, lines, expected):
    assert result(call(language, *lines), "commitment_time") == expected


# An action on the customer's account said with a time promises it ("I'll lift the suspension by six this
# evening", "le tolgo la sospensione entro le sei di stasera"); said without one it is done during the call.
ACCOUNT_ACTION_TIMED = [
    ("en", ["A: Since it's the first time, I'll lift the suspension by six this evening."], "pass"),
    ("en", ["A: We'll reactivate your account by tomorrow morning."], "pass"),
    ("it", ["A: Visto che è la prima volta, le tolgo la sospensione entro le sei di stasera."], "pass"),
    ("it", ["A: Le revoco il blocco entro domani mattina."], "pass"),
    ("en", ["A: Since it's the first time, I'll lift the suspension."], "na"),
    ("it", ["A: Visto che è la prima volta, le tolgo la sospensione."], "na"),
]


@pytest.mark.parametrize(("language", "lines", "expected"), ACCOUNT_ACTION_TIMED)
def test_an_action_on_the_account_said_with_a_time_is_a_promise(language, lines, expected):
    assert result(call(language, *lines), "commitment_time") == expected


# Someone of the company at the customer's door is a promise ("the rider will be at your mother's gate by
# six", "il tecnico sarà da lei entro le undici", "a tech will be out Thursday"), timed or not; the customer's own
# plan, and someone out of the office or a thing out of date, are none.
AT_THE_CUSTOMERS_DOOR = [
    ("en", "A: The rider will be at your mother's gate by six this evening.", "pass"),
    ("en", "A: Máire will be at your mam's door by quarter to eleven.", "pass"),
    ("en", "A: The engineer will be at your house soon.", "fail"),
    ("it", "A: Il rider sarà al cancello di sua madre entro le sei di stasera.", "pass"),
    ("it", "A: Il tecnico sarà da lei entro le undici.", "pass"),
    ("it", "A: Il tecnico sarà a casa sua al più presto.", "fail"),
    ("en", "A: You'll be at your house by six, won't you?", "na"),
    ("it", "A: Lei sarà a casa sua entro le sei?", "na"),
    ("en", "A: A tech will be out Thursday, sometime in the morning.", "pass"),
    ("en", "A: A tech will be out to you.", "fail"),
    ("en", "A: The manager will be out of the office tomorrow.", "na"),
    ("it", "A: Un tecnico sarà da lei giovedì mattina.", "pass"),
    ("it", "A: Il modello sarà fuori produzione da giovedì.", "na"),
]


@pytest.mark.parametrize(("language", "line", "expected"), AT_THE_CUSTOMERS_DOOR)
def test_someone_at_the_customers_door_is_a_promise(language, line, expected):
    assert result(call(language, line), "commitment_time") == expected


# A message promised in other words ("I'll flick you an email", "le giro una mail", "le butto giù due righe"),
# with a time or without one; a message the customer is asked to send is none.
A_MESSAGE_IN_OTHER_WORDS = [
    ("en", "A: I'll flick you an email by Friday.", "pass"),
    ("en", "A: I'll flick you an email once Sharon's back in.", "fail"),
    ("en", "A: I'll shoot you a text tomorrow morning.", "pass"),
    ("it", "A: Le giro una mail entro venerdì.", "pass"),
    ("it", "A: Le giro una mail appena torna Sara.", "fail"),
    ("it", "A: Le butto giù due righe domani mattina.", "pass"),
    ("en", "A: Could you flick us an email with the photos?", "na"),
    ("it", "A: Mi gira una mail con le foto?", "na"),
]


@pytest.mark.parametrize(("language", "line", "expected"), A_MESSAGE_IN_OTHER_WORDS)
def test_a_message_promised_in_other_words_is_a_promise(language, line, expected):
    assert result(call(language, line), "commitment_time") == expected


# "In the week" is during it ("later in the week, I'd say"), as "in settimana": vague. A week from now or
# within it is a time ("in a week", "within the week", "entro la settimana").
DURING_THE_WEEK = [
    ("en", ["A: I'll send you the form.", "A: Should be later in the week, I'd say."], "fail"),
    ("en", ["A: I'll send you the form in the week."], "fail"),
    ("it", ["A: Le mando il modulo.", "A: Dovrebbe essere più avanti in settimana, direi."], "fail"),
    ("it", ["A: Le mando il modulo in settimana."], "fail"),
    ("en", ["A: I'll send you the form in a week."], "pass"),
    ("en", ["A: I'll send you the form within the week."], "pass"),
    ("it", ["A: Le mando il modulo tra una settimana."], "pass"),
    ("it", ["A: Le mando il modulo entro la settimana."], "pass"),
]


@pytest.mark.parametrize(("language", "lines", "expected"), DURING_THE_WEEK)
def test_in_the_week_is_during_it_and_no_time(language, lines, expected):
    assert result(call(language, *lines), "commitment_time") == expected


# After a promise that says its own time vaguely ("we'll get the paperwork out to you shortly"), the agent's
# next sentence times it only with a time said for it ("By five at the latest", "It'll be with you by Friday");
# a report of something done ("Done, you're on the Thursday boat") or a time in a clause with a condition of
# its own ("if anyone gets seasick take the tablet the night before") dates something else.
VAGUE_THEN_ANOTHER_TIME = [
    (
        "en",
        [
            "A: We'll get the paperwork out to you shortly.",
            "C: Thursday's good. Book us on.",
            "A: Done, you're on the Thursday boat.",
        ],
        "fail",
    ),
    (
        "en",
        [
            "A: We'll get the new confirmation out to you shortly.",
            "A: Bring a hat, and if anyone gets seasick take the tablet the night before.",
        ],
        "fail",
    ),
    (
        "it",
        [
            "A: Le mandiamo le carte a breve.",
            "C: Giovedì va bene, ci prenoti.",
            "A: Fatto, siete sulla barca di giovedì.",
        ],
        "fail",
    ),
    (
        "it",
        [
            "A: Le mandiamo la conferma a breve.",
            "A: Porti un cappello, e se qualcuno soffre il mare prenda la pastiglia la sera prima.",
        ],
        "fail",
    ),
    ("en", ["A: We'll call you shortly.", "A: By five at the latest."], "pass"),
    ("en", ["A: I'll send it shortly.", "A: It'll be with you by Friday."], "pass"),
    ("it", ["A: La richiamiamo a breve.", "A: Entro le cinque al massimo."], "pass"),
    ("it", ["A: Le mando il pacco a breve.", "A: Le arriva entro venerdì."], "pass"),
    # Said without a time of its own, the promise is timed by the next sentence as before.
    ("en", ["A: We'll get the paperwork out to you.", "C: Thursday's good.", "A: Done, by Thursday then."], "pass"),
    ("it", ["A: Le mandiamo le carte.", "C: Giovedì va bene.", "A: Fatto, entro giovedì allora."], "pass"),
]


@pytest.mark.parametrize(("language", "lines", "expected"), VAGUE_THEN_ANOTHER_TIME)
def test_a_vague_promise_is_not_timed_by_a_next_sentence_that_dates_something_else(language, lines, expected):
    assert result(call(language, *lines), "commitment_time") == expected


# After the customer is sent to someone else in the same sentence, what "they" will do is that someone's doing,
# not the agent's promise: no promise is made (na). The same "they" with nobody to send the customer to, and the
# agent's own "we'll" after sending them, are promises without a time.
SENT_TO_SOMEONE_ELSE = [
    ("en", "Your best bet is to give Tas Freight a bell yourself, they'll sort a claim for you quick smart.", "na"),
    ("en", "You'd want to ring the courier yourself, they'll get back to you.", "na"),
    (
        "it",
        "La cosa migliore è chiamare lei il corriere, sono bravissimi, le sistemeranno il reclamo in un attimo.",
        "na",
    ),
    ("it", "Le conviene chiamare lei il corriere, le faranno sapere loro.", "na"),
    ("en", "I've logged it with our warehouse team, they'll sort a claim for you.", "fail"),
    ("en", "You'd want to ring the courier yourself, and we'll get back to you.", "fail"),
    ("it", "Ho segnalato tutto al magazzino, le sistemeranno il reclamo.", "fail"),
    ("it", "Le conviene chiamare lei il corriere, e intanto le faremo sapere noi.", "fail"),
]


@pytest.mark.parametrize(("language", "line", "expected"), SENT_TO_SOMEONE_ELSE)
def test_what_the_one_the_customer_is_sent_to_will_do_is_no_promise_of_the_agent(language, line, expected):
    assert result(call(language, f"A: {line}"), "commitment_time") == expected


# A "now" that opens the sentence before a comma ("Adesso, appena il furgone rientra, …", "Now, once the van's back,
# …") leads into what the agent goes on to say and times nothing; said in the promise's clause it does ("La richiamo
# adesso", "I'll ring you back now").
NOW_AS_AN_OPENER = [
    ("it", "Adesso, appena il furgone rientra, la faccio richiamare dal collega.", "fail"),
    ("en", "Now, once the van's back, I'll get the driver to ring you.", "fail"),
    ("it", "La richiamo adesso.", "pass"),
    ("en", "I'll ring you back now, before the shop shuts.", "pass"),
]


@pytest.mark.parametrize(("language", "line", "expected"), NOW_AS_AN_OPENER)
def test_a_now_that_opens_the_sentence_times_no_promise(language, line, expected):
    assert result(call(language, f"A: {line}"), "commitment_time") == expected


# "Subito", "straight away" after an awaited event earlier in the sentence ("appena arriva il forcellino…", "as soon
# as the part's in…") is straight after that event, whose day nobody knows: the promise has no time. Said before the
# event or alone it is now, and a real time with the event still times it.
STRAIGHT_AFTER_AN_EVENT = [
    ("it", "Appena arriva il forcellino la chiamo io, e gliela monto subito, lo regoliamo e la può provare.", "fail"),
    ("it", "Appena arriva il pezzo la richiamo subito.", "fail"),
    ("en", "As soon as the hanger's in I'll ring you, and fit it straight away.", "fail"),
    ("en", "Once the van's back I'll send it over right away.", "fail"),
    ("it", "La richiamo subito.", "pass"),
    ("it", "Gliela monto subito, e appena arriva il forcellino la chiamo.", "pass"),
    ("it", "Appena arriva il pezzo la richiamo, domani entro le dieci.", "pass"),
    ("en", "I'll send it over right away.", "pass"),
    ("en", "I'll fit it straight away, and as soon as the hanger arrives I'll ring you.", "pass"),
]


@pytest.mark.parametrize(("language", "line", "expected"), STRAIGHT_AFTER_AN_EVENT)
def test_straight_away_after_an_awaited_event_is_no_time(language, line, expected):
    assert result(call(language, f"A: {line}"), "commitment_time") == expected


# The agent's side coming to the customer ("passiamo da lei quanto prima", "we'll come round to yours as soon as we
# can") is a visit promised, timed by what goes with it; a "now" that only says where things stand ("La squadra è su
# a Lorica adesso", "The crew's up at the farm now") times no promise that says its own time vaguely.
WE_COME_ROUND = [
    (
        "it",
        "La squadra è su a Lorica adesso, passiamo da lei quanto prima a mettere un telo e vedere la scossalina.",
        "fail",
    ),
    ("it", "Passiamo da lei quanto prima.", "fail"),
    ("it", "Veniamo da lei appena possibile.", "fail"),
    ("it", "Passo da lei domani entro le dieci.", "pass"),
    ("it", "La squadra è su a Lorica adesso, passiamo da lei domani entro le dieci.", "pass"),
    ("it", "Passiamo da lei.", "na"),
    ("en", "The crew's up at the farm now, we'll come round to yours as soon as we can to put a tarp on.", "fail"),
    ("en", "We'll come round as soon as we can.", "fail"),
    ("en", "The crew's up at the farm now, we'll come round to yours tomorrow by ten.", "pass"),
]


@pytest.mark.parametrize(("language", "line", "expected"), WE_COME_ROUND)
def test_the_agents_side_coming_round_is_a_visit_timed_by_what_goes_with_it(language, line, expected):
    assert result(call(language, f"A: {line}"), "commitment_time") == expected


# Everyday and regional words for "soon" ("now-now" and "just now" in South Africa, "any time now", "a momenti", "tra
# un pochino", "da un momento all'altro") are vague, their "now" no time; "now", "adesso" alone, or a real time said
# with them, still time the promise.
REGIONAL_SOON = [
    ("en", "I've put it through as urgent, the driver will swop it now-now, he's finishing in La Lucia.", "fail"),
    ("en", "I'll ring you back just now.", "fail"),
    ("en", "The driver will swop it any time now.", "fail"),
    ("en", "The driver will swop it now.", "pass"),
    ("en", "I'll swap it now-now, by four at the latest.", "pass"),
    ("it", "Il tecnico glielo sostituisce a momenti.", "fail"),
    ("it", "Glielo spedisco tra un pochino.", "fail"),
    ("it", "Il tecnico glielo sostituisce adesso.", "pass"),
    ("it", "Il tecnico glielo sostituisce a momenti, entro le quattro.", "pass"),
]


@pytest.mark.parametrize(("language", "line", "expected"), REGIONAL_SOON)
def test_everyday_and_regional_words_for_soon_are_vague(language, line, expected):
    assert result(call(language, f"A: {line}"), "commitment_time") == expected


# Something got ready for the customer to collect ("Il cane glielo preparo pronto per domani alle diciotto", "alle sei
# lo trova già pronto davanti al cancello", "You'll find him ready at the gate at six") is a promise, timed by what
# goes with it; a present-tense "le preparo" with no time is done now, and what usually happens promises nothing.
READY_FOR_THEM = [
    ("it", "Il cane glielo preparo pronto per domani alle diciotto, con le sue cose.", "pass"),
    ("it", "Ha ragione, il ritiro è alle sei, ma alle sei lo trova già pronto davanti al cancello.", "pass"),
    ("it", "Lo trova già pronto davanti al cancello.", "na"),
    ("it", "Le preparo Argo con il guinzaglio e la ciotola.", "na"),
    ("it", "Di solito lo trova pronto alle sei.", "na"),
    ("en", "You're right, pick-up's at six, but at six you'll find him ready at the gate.", "pass"),
    ("en", "You'll find him ready at the gate.", "fail"),
    ("en", "I'll have him ready for you tomorrow at six, with his things.", "pass"),
    ("en", "Usually you'll find them ready by six.", "na"),
]


@pytest.mark.parametrize(("language", "line", "expected"), READY_FOR_THEM)
def test_something_got_ready_for_the_customer_to_collect_is_a_promise(language, line, expected):
    assert result(call(language, f"A: {line}"), "commitment_time") == expected


# The sentence after a promise that opens on a matter of its own, not said in the promise's sentence ("Per la
# pastiglia di stamattina, …", "As for the tablets, …"), dates that matter, not the promise; naming the promise's
# own matter ("Per il pacco, domani entro le dieci") or opening on the time itself, it still times it.
ANOTHER_MATTER = [
    (
        "it",
        "La faccio richiamare dal collega appena rientra. Per la pastiglia di stamattina, la farmacista dice di non "
        "raddoppiare la dose domani.",
        "fail",
    ),
    (
        "en",
        "I'll get the driver to ring you when he's back. As for the tablets, the pharmacist says not to double the "
        "dose tomorrow.",
        "fail",
    ),
    ("it", "Le rimando il pacco con il corriere. Per il pacco, domani entro le dieci al massimo.", "pass"),
    ("en", "I'll send the parcel back with the courier. As for the parcel, by ten tomorrow at the latest.", "pass"),
    ("it", "La faccio richiamare dal collega. Entro domani a mezzogiorno.", "pass"),
    ("en", "I'll get the driver to ring you. By noon tomorrow at the latest.", "pass"),
]


@pytest.mark.parametrize(("language", "line", "expected"), ANOTHER_MATTER)
def test_a_next_sentence_on_another_matter_does_not_time_the_promise(language, line, expected):
    assert result(call(language, f"A: {line}"), "commitment_time") == expected


# Something written into a record of the company's while the customer is on the line ("Glielo scrivo nelle note di
# consegna", "Glielo scrivo nella pratica", "I'll pop a note on the order for the driver") is done
# during the call: no promise to time. Written to the customer or sent ("Le scrivo una mail", "I'll pop it in the
# post") it is still one, timed or not.
INTO_THE_RECORD = [
    ("it", "Glielo scrivo nelle note di consegna, col suo numero e col nome della contrada.", "na"),
    ("it", "Glielo scrivo nella pratica, così il collega lo vede.", "na"),
    ("en", "I'll pop a note on the order for the driver.", "na"),
    ("en", "I'll pop your number in the notes for the driver.", "na"),
    ("it", "Le scrivo una mail.", "fail"),
    ("it", "Le scrivo una mail entro stasera.", "pass"),
    ("en", "I'll pop it in the post.", "fail"),
    ("en", "I'll pop it in the post by Friday.", "pass"),
]


@pytest.mark.parametrize(("language", "line", "expected"), INTO_THE_RECORD)
def test_something_written_into_the_record_during_the_call_is_no_promise(language, line, expected):
    assert result(call(language, f"A: {line}"), "commitment_time") == expected


# Confirming something later for the customer is a promise, timed by what is said with it ("la sospensione gliela
# confermiamo noi, nei prossimi giorni" is vague, "…entro venerdì" concrete); confirming now, in the present and with
# no time ("Le confermo che la sospensione è attiva", "I'll just confirm your address"), promises nothing.
CONFIRMED_LATER = [
    ("it", "Mandi il certificato, poi la sospensione gliela confermiamo noi, ehm, nei prossimi giorni.", "fail"),
    ("en", "Send the certificate over, then we'll confirm the suspension, um, in the next few days.", "fail"),
    ("it", "La sospensione gliela confermiamo noi entro venerdì.", "pass"),
    ("en", "We'll confirm the suspension by Friday.", "pass"),
    ("it", "Le confermo che la sospensione è attiva.", "na"),
    ("en", "I'll just confirm your address.", "na"),
]


@pytest.mark.parametrize(("language", "line", "expected"), CONFIRMED_LATER)
def test_confirming_something_later_is_a_promise(language, line, expected):
    assert result(call(language, f"A: {line}"), "commitment_time") == expected


# The day of an event said as what the agent will tell ("La ricontattiamo noi per dirle il giorno del montaggio", "to
# let you know the day of the fitting") is still to be found: no time for the promise. Said as when the agent acts
# ("La richiamo il giorno del montaggio", "We'll ring you the day of the fitting") it times it.
DAY_TOLD = [
    ("it", "La ricontattiamo noi per dirle il giorno del montaggio.", "fail"),
    ("it", "Le faremo sapere il giorno del montaggio.", "fail"),
    ("en", "We'll ring you to let you know the day of the fitting.", "fail"),
    ("it", "La richiamo il giorno del montaggio.", "pass"),
    ("it", "La ricontattiamo noi entro venerdì per dirle il giorno del montaggio.", "pass"),
    ("en", "We'll ring you the day of the fitting.", "pass"),
    ("en", "We'll ring you by Friday to let you know the day of the fitting.", "pass"),
]


@pytest.mark.parametrize(("language", "line", "expected"), DAY_TOLD)
def test_the_day_of_an_event_to_be_told_is_no_time_of_the_promise(language, line, expected):
    assert result(call(language, f"A: {line}"), "commitment_time") == expected


# Someone coming to the customer's place, said in the present with a time, is a visit promised, whoever comes ("Il
# ragazzo passa da lei domani entro mezzogiorno", "The lad comes round to yours tomorrow by noon"); without a time, as
# a habit, or to the company's place ("You can come round to ours"), it promises nothing.
COMING_TO_THEM = [
    ("it", "Il ragazzo passa da lei domani entro mezzogiorno, e paga direttamente a lui.", "pass"),
    ("en", "The lad comes round to yours tomorrow by noon, and you pay him the two pounds.", "pass"),
    ("en", "The lad's coming round to you tomorrow by noon.", "pass"),
    ("it", "Il ragazzo passa da lei.", "na"),
    ("en", "The lad pops round to yours.", "na"),
    ("it", "Di solito il postino passa da lei verso le dieci.", "na"),
    ("en", "Usually the postman comes round to yours about ten.", "na"),
    ("it", "Se passa da noi domani entro mezzogiorno glielo diamo.", "na"),
    ("en", "You can come round to ours tomorrow by noon.", "na"),
]


@pytest.mark.parametrize(("language", "line", "expected"), COMING_TO_THEM)
def test_someone_coming_to_the_customer_with_a_time_is_a_visit_promised(language, line, expected):
    assert result(call(language, f"A: {line}"), "commitment_time") == expected


# What someone of the company will do, in the agent's own words after a contrast, with a time given as the customer's
# condition ("La dottoressa dice che può capitare, ma vuole vederlo stasera: se riesce a portarlo entro le otto lo
# visita lei", "…, but she wants to see him tonight: if you can get him in by eight, she'll examine him"): a promise,
# timed by the condition's time (spec: a time anywhere in the sentence). The Italian "lei" after the verb is that
# person when the sentence opens on someone of the company of the same gender; else it is the customer addressed
# ("Il tecnico dice che va bene, ma il modulo lo porta lei in negozio entro venerdì").
RESUMED_DOER = [
    (
        "it",
        "La dottoressa dice che una reazione così può capitare, ma vuole vederlo stasera: se riesce a portarlo entro "
        "le otto lo visita lei, senza costi aggiuntivi.",
        "pass",
    ),
    (
        "en",
        "The vet says a reaction like that can happen, but she wants to see him tonight: if you can get him in by "
        "eight, she'll examine him at no extra cost.",
        "pass",
    ),
    ("en", "She'll examine him.", "fail"),
    ("it", "La dottoressa lo visiterà.", "fail"),
    ("it", "Il tecnico dice che va bene, ma il modulo lo porta lei in negozio entro venerdì.", "na"),
    ("it", "Se vuole risparmiare, il pacco lo porta lei in negozio entro venerdì.", "na"),
    ("en", "The vet says it can happen, but you'll bring him in yourself by eight.", "na"),
]


@pytest.mark.parametrize(("language", "line", "expected"), RESUMED_DOER)
def test_what_someone_of_the_company_will_do_on_the_customers_condition_is_a_promise(language, line, expected):
    assert result(call(language, f"A: {line}"), "commitment_time") == expected


# A future perfect that guesses at what the customer went through ("Mannaggia, si sarà presa un colpo", "Oh no,
# you'll have had a right fright") is no passive promised nor anything the customer will receive; with a time ahead
# ("By Friday you'll have had the refund") it still promises, and a plain passive future stays a promise.
GUESSED_PAST = [
    ("it", "Mannaggia, con la pentola sul fuoco, si sarà presa un colpo.", "na"),
    ("it", "Eh, si sarà spaventata, con i bambini in macchina.", "na"),
    ("en", "Oh no, with the pot on the stove, you'll have had a right fright.", "na"),
    ("en", "You'll have been worried sick, with the kids in the car.", "na"),
    ("it", "La pratica sarà presa in carico.", "fail"),
    ("it", "Entro domani si sarà già sistemato tutto.", "pass"),
    ("en", "By Friday you'll have had the refund.", "pass"),
    ("en", "You'll have it soon.", "fail"),
]


@pytest.mark.parametrize(("language", "line", "expected"), GUESSED_PAST)
def test_a_guess_at_what_already_happened_is_no_promise(language, line, expected):
    assert result(call(language, f"A: {line}"), "commitment_time") == expected


# Someone of the company said to be at the customer's at a time ("Il ragazzo è lì da lei tra quaranta minuti, massimo",
# "The lad's there with you in forty minutes, max") is a visit promised; without a time it says where they are, and
# the agent's own "we're with you" is no one coming.
THERE_WITH_THEM = [
    ("it", "Il ragazzo è lì da lei tra quaranta minuti, massimo, sale col furgone bianco.", "pass"),
    ("it", "Il carro attrezzi è lì da lei tra un'ora.", "pass"),
    ("en", "The lad's there with you in forty minutes, max, he's coming up in the white van.", "pass"),
    ("en", "The tow truck is with you in an hour.", "pass"),
    ("it", "Il ragazzo è lì da lei.", "na"),
    ("en", "The lad's there with you.", "na"),
    ("en", "We're with you in a minute.", "na"),
]


@pytest.mark.parametrize(("language", "line", "expected"), THERE_WITH_THEM)
def test_someone_at_the_customers_at_a_time_said_is_a_visit_promised(language, line, expected):
    assert result(call(language, f"A: {line}"), "commitment_time") == expected


# Seeing about doing something for the customer, with a time ("Vediamo di rimandarle qualcosa prossimamente", "We'll
# see about sending you something soon"), promises it; without a time it is the work of the call ("Vediamo di
# sistemarla."), and seeing about something that is not done for them ("vediamo di capire") promises nothing.
SEE_ABOUT = [
    ("it", "Vediamo di rimandarle qualcosa prossimamente, intanto faccia la denuncia.", "fail"),
    ("it", "Vediamo di rimandarle le taniche entro venerdì.", "pass"),
    ("en", "We'll see about sending you something soon, in the meantime file a claim.", "fail"),
    ("en", "Let me see about getting you a new one by Friday.", "pass"),
    ("it", "Vediamo di sistemarla.", "na"),
    ("it", "Vediamo di capire cosa è successo prossimamente.", "na"),
    ("en", "Let's see about sorting it.", "na"),
    ("en", "We'll see about that soon.", "na"),
]


@pytest.mark.parametrize(("language", "line", "expected"), SEE_ABOUT)
def test_seeing_about_doing_something_with_a_time_is_a_promise(language, line, expected):
    assert result(call(language, f"A: {line}"), "commitment_time") == expected


# The customer booked in for a time ("We'll have you in Thursday at eight a.m.", "La aspettiamo giovedì alle otto")
# is a promise of the work then; "we'll get you in touch" is no booking, and "La aspettiamo in negozio" no time.
BOOKED_IN = [
    ("en", "Wicked, then we'll have you in Thursday at eight a.m., it takes about an hour.", "pass"),
    ("en", "We can squeeze you in as soon as a bay frees up.", "fail"),
    ("it", "Allora la aspettiamo giovedì alle otto, ci vuole un'oretta.", "pass"),
    ("it", "La infilo domani alle nove, prima degli altri.", "pass"),
    ("it", "La aspettiamo in negozio.", "na"),
    ("en", "You can come in Thursday at eight.", "na"),
]


@pytest.mark.parametrize(("language", "line", "expected"), BOOKED_IN)
def test_the_customer_booked_in_is_a_promise(language, line, expected):
    assert result(call(language, f"A: {line}"), "commitment_time") == expected


# "'ll" run into the word before it ("somebody'll call you", "the driver'll ring") is the same "will" as in "we'll"; in
# Italian the doer said in full promises the same way.
SPOKEN_WILL = [
    ("en", "So you're on the list, and somebody'll call you in due course with a new date.", "fail"),
    ("en", "The driver'll ring you tomorrow by ten.", "pass"),
    ("en", "Somebody'll be in the office all day.", "na"),
    ("it", "Quindi è in lista, e qualcuno la richiamerà più avanti con la nuova data.", "fail"),
]


@pytest.mark.parametrize(("language", "line", "expected"), SPOKEN_WILL)
def test_will_run_into_the_word_before_it_still_promises(language, line, expected):
    assert result(call(language, f"A: {line}"), "commitment_time") == expected


# Taking it on without saying what ("Ci pensiamo noi, va bene?", "We'll sort it, okay?") promises what the agent spells
# out later in the call: a later promise with a concrete time dates it. Said after everything else, or followed only
# by untimed promises, it stays untimed.
SPELLED_OUT_LATER = [
    (
        "it",
        [
            "A: Ci pensiamo noi, va bene? Cosa le ha detto il parroco?",
            "C: Che è libero dopo le tre.",
            "A: Bene. La richiamo io entro le sei di stasera.",
        ],
        "pass",
    ),
    (
        "en",
        [
            "A: We'll sort it, okay? What did the vicar tell you?",
            "C: He's free after three.",
            "A: Right. I'll ring you back by six tonight.",
        ],
        "pass",
    ),
    ("it", ["A: Le faccio sapere io appena la sento.", "C: Va bene.", "A: Ci pensiamo noi."], "fail"),
    ("en", ["A: I'll let you know once I hear from her.", "C: Okay.", "A: We'll sort it."], "fail"),
    (
        "it",
        [
            "A: Ci pensiamo noi, va bene? Cosa le ha detto?",
            "C: Che è libero dopo le tre.",
            "A: Bene. La richiamo io appena posso.",
        ],
        "fail",
    ),
    (
        "en",
        [
            "A: We'll sort it, okay? What did he tell you?",
            "C: He's free after three.",
            "A: Right. I'll ring you back as soon as I can.",
        ],
        "fail",
    ),
]


@pytest.mark.parametrize(("language", "lines", "expected"), SPELLED_OUT_LATER)
def test_taking_it_on_is_dated_by_what_the_agent_spells_out_later(language, lines, expected):
    assert result(call(language, *lines), "commitment_time") == expected


# A time in an offer of more help ("Anything else I can do for you today?", "C'è altro che posso fare per lei oggi?")
# is the offer's, this call: it times no promise before it, in its sentence or the one before. A time said for the
# promise before the offer still times it.
OFFER_TIME = [
    ("en", ["A: I'll chase it up with the depot.", "C: Okay.", "A: Anything else I can do for you today?"], "fail"),
    ("en", ["A: I'll chase it up with the depot, anything else I can do for you today?"], "fail"),
    ("it", ["A: Le faccio sapere io.", "C: Va bene.", "A: C'è altro che posso fare per lei oggi?"], "fail"),
    ("it", ["A: Sollecito io il magazzino e le faccio sapere, posso fare altro per lei oggi?"], "fail"),
    (
        "en",
        ["A: I'll chase it up with the depot.", "C: Okay.", "A: By four today. Anything else I can do for you?"],
        "pass",
    ),
    (
        "it",
        ["A: Le faccio sapere io.", "C: Va bene.", "A: Entro le quattro di oggi. Posso fare altro per lei?"],
        "pass",
    ),
]


@pytest.mark.parametrize(("language", "lines", "expected"), OFFER_TIME)
def test_a_time_in_an_offer_of_more_help_times_no_promise(language, lines, expected):
    assert result(call(language, *lines), "commitment_time") == expected
