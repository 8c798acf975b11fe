"""Security questions are identifying data too (../shared/specs/default-rubrics.md, "Verification")."""

import pytest

from tests.feedback.scoring.builders import call, result

ASKED = [
    ("en", "Before we go on, what's your mother's maiden name?"),
    ("en", "Could you give me the first line of your address?"),
    ("en", "And the answer to your security question, please."),
    ("en", "What was the name of your first pet, for security?"),
    ("it", "Prima di procedere, mi dice il nome da nubile di sua madre?"),
    ("it", "Mi può dare la risposta alla domanda di sicurezza?"),
    ("it", "Mi conferma la prima riga dell'indirizzo?"),
    ("it", "Qual è la sua città di nascita?"),
]


@pytest.mark.parametrize(("language", "reply"), ASKED)
def test_a_security_question_asked_verifies_the_caller(language, reply):
    assert result(call(language, f"A: {reply}", requires_verification=True), "verification") == "pass"


NOT_ASKED = [
    ("en", "I can see your security question is set up, you don't need to change it."),
    ("en", "Is that your mother on the line with you?"),
    ("it", "Vedo che la domanda di sicurezza è già impostata, non serve cambiarla."),
    ("it", "C'è sua madre in linea con lei?"),
]


@pytest.mark.parametrize(("language", "reply"), NOT_ASKED)
def test_mentioning_security_details_or_relatives_without_asking_does_not_verify(language, reply):
    assert result(call(language, f"A: {reply}", requires_verification=True), "verification") == "fail"


# A request for a datum whose question mark speech recognition lost; the agent confirming a date asks nothing.
UNPUNCTUATED = [
    ("it", "Per sicurezza mi conferma la sua data di nascita.", "pass"),
    ("it", "Per sicurezza mi conferma il codice fiscale", "pass"),
    ("it", "Mi legge il codice cliente che trova sulla bolletta.", "pass"),
    ("en", "Could you confirm your date of birth.", "pass"),
    ("en", "For security could you confirm your date of birth", "pass"),
    ("it", "Le confermo la data dell'appuntamento.", "fail"),
    ("it", "Le confermo la data di nascita che risulta.", "fail"),
    ("it", "Le mando la conferma all'indirizzo email.", "fail"),
    ("en", "I can confirm the date of the visit.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), UNPUNCTUATED)
def test_a_request_for_a_datum_without_its_question_mark_still_verifies(language, reply, expected):
    assert result(call(language, f"A: {reply}", requires_verification=True), "verification") == expected


# A reference number of the customer's own case or booking identifies them.
REFERENCE_ASKED = [
    ("en", "Can I take the booking confirmation number, please?"),
    ("en", "What's the penalty notice number on the letter?"),
    ("en", "Could you read me the PCN number?"),
    ("en", "Have you got the confirmation number from the email?"),
    ("it", "Mi dà il numero di conferma, per favore?"),
    ("it", "Mi legge il numero del verbale?"),
    ("it", "Ha il numero di prenotazione a portata di mano?"),
    ("it", "Qual è il numero di sinistro?"),
]


@pytest.mark.parametrize(("language", "reply"), REFERENCE_ASKED)
def test_a_reference_number_of_the_customers_case_verifies_the_caller(language, reply):
    assert result(call(language, f"A: {reply}", requires_verification=True), "verification") == "pass"


# A number that identifies nothing of the customer's.
OTHER_NUMBER = [
    ("en", "What was the number of the bus you got on?"),
    ("en", "You can ring the freephone number any time. Anything else?"),
    ("it", "Può chiamare il numero verde quando vuole."),
    ("it", "Qual era il numero dell'autobus?"),
]


@pytest.mark.parametrize(("language", "reply"), OTHER_NUMBER)
def test_a_number_that_identifies_nothing_of_the_customers_does_not(language, reply):
    assert result(call(language, f"A: {reply}", requires_verification=True), "verification") == "fail"


# A datum taken down in the agent's words ("let me get…", "mi detta…"), and the codes of what the
# customer rents, owns or brought in; a code that identifies nothing of theirs is not one.
TAKEN_DOWN = [
    ("en", "Okay, let me get your account number.", "pass"),
    ("en", "Right, let me just take your postcode.", "pass"),
    ("en", "I'll just grab your date of birth first.", "pass"),
    ("en", "Could you give me the tenancy reference?", "pass"),
    ("en", "Can I grab the property reference?", "pass"),
    ("it", "Mi dice il codice dell'immobile?", "pass"),
    ("it", "Mi legge il numero della scheda di assistenza?", "pass"),
    ("it", "Allora, mi detta il CAP.", "pass"),
    ("en", "Let me check the account number I've got here.", "fail"),
    ("en", "Let me get the engineer's number for you.", "fail"),
    ("it", "Mi dice il codice dell'errore che vede sullo schermo?", "fail"),
    ("it", "Le detto io il numero del tecnico.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), TAKEN_DOWN)
def test_a_datum_taken_down_in_the_agents_words_verifies_the_caller(language, reply, expected):
    assert result(call(language, f"A: {reply}", requires_verification=True), "verification") == expected


# The customer's service named next to the code ("il codice servizio", "your supply number") identifies
# them; a number of the company's ("il numero del servizio guasti", "our service desk number") does not.
SERVICE_CODES = [
    ("it", "Per trovarla mi serve il codice impianto, me lo detta?", "pass"),
    ("it", "Mi legge il codice servizio? È in alto sulla bolletta.", "pass"),
    ("it", "Ha il numero del servizio guasti? Glielo detto io.", "fail"),
    ("en", "Could you read me the supply number from the top of your bill?", "pass"),
    ("en", "What's your service number, it's on the letter we sent?", "pass"),
    ("en", "I'll give you our service desk number, have you got a pen?", "fail"),
    ("en", "Have you got the customer service desk line handy?", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), SERVICE_CODES)
def test_a_code_named_by_the_customers_service_identifies_them(language, reply, expected):
    assert result(call(language, f"A: {reply}", requires_verification=True), "verification") == expected


# Reading the caller's number from the system asks for nothing, nor does a closed question about
# what the customer did with a datum; a datum asked in another clause, or taken up by a request
# after it, still verifies (default-rubrics.md, "Verification").
READ_OR_DONE = [
    ("en", "I can see you're calling from the number on the account, is that Mr Ward?", "fail"),
    ("en", "I can see you're calling from your mobile, could you confirm your date of birth?", "pass"),
    ("it", "Vedo che chiama dal numero di telefono sul contratto, parlo con il signor Neri?", "fail"),
    ("it", "Vedo che chiama dal cellulare, mi conferma il codice fiscale?", "pass"),
    ("it", "Vedo che manca il codice cliente, me lo può dire?", "pass"),
    ("en", "Did you use a different delivery address from your billing address?", "fail"),
    ("en", "Have you changed your email address recently?", "fail"),
    ("en", "Have you got your account number to hand?", "pass"),
    ("en", "Did you want to give me your postcode now?", "pass"),
    ("it", "Ha usato un indirizzo email diverso per l'ordine?", "fail"),
    ("it", "Ha già il codice cliente a portata di mano?", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), READ_OR_DONE)
def test_a_datum_read_from_the_system_or_what_was_done_with_it_is_not_asked_for(language, reply, expected):
    assert result(call(language, f"A: {reply}", requires_verification=True), "verification") == expected


# A datum asked with the politeness of a request ("Kindly tell me…", "Cortesemente mi dice…"), and
# the number of a quote or estimate, which identifies the customer's contract. "Thank you kindly"
# thanks, it asks nothing.
POLITE_AND_QUOTE = [
    ("en", "Kindly tell me the, um, student ID number, it's on the back of his card.", "pass"),
    ("it", "Cortesemente, il numero cliente, che lo trovo subito.", "pass"),
    ("it", "Mi dà il numero del preventivo, per favore?", "pass"),
    ("en", "Could you read me the quote number at the top of the letter?", "pass"),
    ("en", "Thank you kindly, the student ID number is on the card.", "fail"),
    ("it", "La ringrazio gentilmente, il numero cliente è sulla lettera.", "fail"),
    ("it", "Mi dà il numero dei pezzi da spedire, per favore?", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), POLITE_AND_QUOTE)
def test_a_datum_asked_politely_or_a_quote_number_verifies_the_caller(language, reply, expected):
    assert result(call(language, f"A: {reply}", requires_verification=True), "verification") == expected


# The reference on a letter ("il riferimento", as English "the reference"), a number placed by a
# longer relative clause ("il numero che trova in alto a destra sulla bolletta"), a security question
# about the customer's past ("il nome del suo primo animale"). The same words given by the agent, or
# "fare riferimento", ask nothing.
IN_OTHER_WORDS = [
    ("it", "Mi dà il riferimento che c'è sulla lettera?", "pass"),
    ("it", "Mi dice il numero che trova in alto a destra sulla bolletta?", "pass"),
    ("it", "Qual è il nome del suo primo animale?", "pass"),
    ("en", "Could you read me the reference off the letter?", "pass"),
    ("en", "Can I take the number you'll find top right on your bill?", "pass"),
    ("it", "Le ho mandato il riferimento per mail.", "fail"),
    ("it", "Le mando il numero che trova sulla bolletta.", "fail"),
    ("it", "Faccio riferimento alla lettera di ieri.", "fail"),
    ("en", "I've sent you the reference by email.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), IN_OTHER_WORDS)
def test_a_reference_or_a_number_placed_on_a_document_asked_for_verifies_the_caller(language, reply, expected):
    assert result(call(language, f"A: {reply}", requires_verification=True), "verification") == expected


# The number of a record the organisation keeps on the customer: a clinic's record or chart, a
# file, a registry entry ("il numero della cartella", "il numero di protocollo", "the record
# number"). The record handed over, or a number the agent reads off it, asks nothing.
RECORD_NUMBERS = [
    ("it", "Intanto mi dà il numero della cartella?", "pass"),
    ("it", "Mi può dire il numero del fascicolo, quello in alto sulla lettera?", "pass"),
    ("it", "Mi dà il numero di protocollo della domanda?", "pass"),
    ("en", "Can I take the record number? It's top right on the discharge sheet.", "pass"),
    ("en", "What's the file number on the letter we sent you?", "pass"),
    ("en", "Could you read me the chart number?", "pass"),
    ("it", "La cartella gliela mando per email.", "fail"),
    ("it", "Vedo il numero della cartella, è la Pepa?", "fail"),
    ("en", "I'll email you the record.", "fail"),
    ("en", "Do you have the file with you?", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), RECORD_NUMBERS)
def test_the_number_of_a_record_kept_on_the_customer_verifies_the_caller(language, reply, expected):
    assert result(call(language, f"A: {reply}", requires_verification=True), "verification") == expected


# What the customer holds with the company is numbered for them ("the cask number", "il numero della piazzola");
# counting their casks or asking about one names no datum.
HOLDINGS = [
    ("en", "Could I take the cask number? It's in the bottom corner of the certificate.", "pass"),
    ("en", "What's the mooring number, please?", "pass"),
    ("it", "Mi dà il numero della botte? È in basso sul certificato.", "pass"),
    ("it", "Qual è il numero della piazzola?", "pass"),
    ("en", "How many casks do you have with us?", "fail"),
    ("it", "Quante botti ha con noi?", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), HOLDINGS)
def test_the_number_of_what_the_customer_holds_verifies_the_caller(language, reply, expected):
    assert result(call(language, f"A: {reply}", requires_verification=True), "verification") == expected


# A code or a number given to the customer for their booking, asked back ("mi dice il codice che le ha dato
# l'app?", "could you read me the code the app gave you?"); asking whether it came or whether it works asks for none.
GIVEN_TO_THEM = [
    ("it", "Per trovare la sua corsa, mi dice il codice che le ha dato l'app?", "pass"),
    ("it", "Mi legge il numero che le abbiamo mandato per sms?", "pass"),
    ("en", "Could you read me the code the app gave you?", "pass"),
    ("en", "Could I take the number we texted you?", "pass"),
    ("it", "Le è arrivato il codice che le abbiamo mandato?", "fail"),
    ("it", "Il codice che le ha dato l'app non funziona?", "fail"),
    ("en", "Did you get the code we sent you?", "fail"),
    ("en", "Has the code the app gave you stopped working?", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), GIVEN_TO_THEM)
def test_a_code_given_to_the_customer_asked_back_verifies_the_caller(language, reply, expected):
    assert result(call(language, f"A: {reply}", requires_verification=True), "verification") == expected


# The datum on file named as the one something else is compared with ("Is the new car registered to the
# same address on Manor Street?", "allo stesso indirizzo di via Manin?") asks about the car, not for the
# datum; a request for it, or a question that has the customer say or confirm it, still does.
THE_SAME_DATUM = [
    ("en", "Is the new car registered to the same address on Manor Street?", "fail"),
    ("it", "La macchina nuova è intestata allo stesso indirizzo di via Manin?", "fail"),
    ("en", "Can you confirm your address is still 12 Manor Street?", "pass"),
    ("en", "Could you give me the address the car is registered to?", "pass"),
    ("it", "Mi conferma l'indirizzo di residenza?", "pass"),
    ("it", "Mi dà l'indirizzo email del contratto?", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), THE_SAME_DATUM)
def test_the_datum_on_file_named_as_the_same_is_not_asked_for(language, reply, expected):
    assert result(call(language, f"A: {reply}", requires_verification=True), "verification") == expected


# The number of the receipt or slip the customer was given when they left or bought something identifies their order
# ("Mi dà il numero della busta di ritiro, quello stampato sullo scontrino?", "What's the number on your receipt?");
# asking whether they kept it, or how many they have, asks for no datum.
RECEIPT = [
    ("it", "Mi dà il numero della busta di ritiro, quello stampato sullo scontrino?", "pass"),
    ("it", "Mi legge il numero sullo scontrino?", "pass"),
    ("en", "What's the number on your receipt?", "pass"),
    ("en", "Could you read me the number on your collection slip?", "pass"),
    ("it", "Ha ancora lo scontrino?", "fail"),
    ("it", "Quanti scontrini ha?", "fail"),
    ("en", "Did you keep the receipt?", "fail"),
    ("en", "How many receipts do you have?", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), RECEIPT)
def test_the_number_of_the_customers_receipt_or_slip_verifies_the_caller(language, reply, expected):
    assert result(call(language, f"A: {reply}", requires_verification=True), "verification") == expected


# A code read off what the customer holds, named in other words: letters and numbers on a card ("mi legge quelle
# lettere e numeri lunghi che stanno sulla tessera sanitaria?", "the letters and numbers on your health card"), or the
# number on the letter they were sent about their case ("What's the PPS number on the letter there?", "il numero che
# c'è sulla lettera"). Asking whether they have it, or what it says, or a meter's numbers (a reading), asks for none.
READ_OFF_WHAT_THEY_HOLD = [
    (
        "it",
        "Per trovarla mi legge quelle lettere e numeri lunghi che stanno sulla tessera sanitaria, sotto il nome?",
        "pass",
    ),
    ("it", "Mi legge il numero che c'è sulla lettera?", "pass"),
    ("en", "Can you read me the letters and numbers on your health card, under your name?", "pass"),
    ("en", "What's the PPS number on the letter there, so I'm looking at the right file?", "pass"),
    ("it", "Ha la tessera sanitaria con sé?", "fail"),
    ("it", "Cosa c'è scritto sulla lettera?", "fail"),
    ("en", "Have you got the letter there with you?", "fail"),
    ("en", "How many numbers are on the card?", "fail"),
    ("it", "Mi detta i numeri che vede sul contatore, per favore?", "fail"),
    ("en", "Can you read me the numbers on your meter?", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), READ_OFF_WHAT_THEY_HOLD)
def test_a_code_read_off_what_the_customer_holds_verifies_the_caller(language, reply, expected):
    assert result(call(language, f"A: {reply}", requires_verification=True), "verification") == expected


# The number of a licence or a prescription the customer holds ("il numero della sua licenza vecchia", "the number of
# your old licence", "the prescription number"), and a student's matricola named alone ("la matricola di Antonio"),
# identify them. Asking whether they have it, or about it, asks for none.
LICENCE_PRESCRIPTION_MATRICOLA = [
    ("it", "Per prima cosa mi dice il numero della sua licenza vecchia, quello che trova sul libretto?", "pass"),
    ("it", "Mi dice il numero della stanza e la matricola di Antonio?", "pass"),
    ("it", "Mi dice il numero della ricetta?", "pass"),
    ("en", "Can you give me the number of your old licence?", "pass"),
    ("en", "What's the prescription number?", "pass"),
    ("it", "Ha la ricetta del medico?", "fail"),
    ("it", "La licenza è scaduta?", "fail"),
    ("en", "Do you have the prescription with you?", "fail"),
    ("en", "What's the number of the office?", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), LICENCE_PRESCRIPTION_MATRICOLA)
def test_the_number_of_a_licence_or_prescription_or_a_matricola_verifies_the_caller(language, reply, expected):
    assert result(call(language, f"A: {reply}", requires_verification=True), "verification") == expected


# A number placed by what it sits next to on the customer's document ("il numero che c'è sotto il codice a barre della
# ricetta", "the number under the barcode on the prescription") is asked for; asking about the barcode is not.
PLACED_BY_A_LANDMARK = [
    ("it", "Per ritrovarla nel sistema, mi legge il numero che c'è sotto il codice a barre della ricetta?", "pass"),
    ("en", "To find you on the system, can you read me the number under the barcode on the prescription?", "pass"),
    ("it", "Il codice a barre della ricetta si legge?", "fail"),
    ("en", "Is there a barcode on the prescription?", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), PLACED_BY_A_LANDMARK)
def test_a_number_placed_by_what_it_sits_next_to_verifies_the_caller(language, reply, expected):
    assert result(call(language, f"A: {reply}", requires_verification=True), "verification") == expected
