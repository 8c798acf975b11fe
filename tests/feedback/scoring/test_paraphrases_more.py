"""More paraphrases of the spec's cues: word order, inflections, conditionals, clauses.

Each case is a short exchange a careful grader would label as shown
(../shared/specs/default-rubrics.md); the wording is deliberately not the samples'.
"""

import pytest

from tests.feedback.scoring.builders import call, result, thread

OWNERSHIP = [
    ("en", "I'd recommend getting in touch with the retailer about the refund.", "fail"),
    ("en", "I would suggest you phone your insurer and ask them.", "fail"),
    ("en", "I'd suggest getting in touch with us again if it happens twice.", "pass"),
    ("it", "La soluzione ideale è contattare direttamente il produttore.", "fail"),
    ("it", "Per il rimborso purtroppo non posso aiutarla, se ne occupa la banca.", "fail"),
    ("it", "Non c'è nulla che possiamo fare per spostare la consegna.", "fail"),
    ("it", "Glielo sistemo io adesso, non deve chiamare nessuno.", "pass"),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), OWNERSHIP)
def test_advice_to_contact_someone_else_is_deflection(language, sentence, expected):
    assert result(call(language, f"A: {sentence}"), "ownership") == expected


PROFESSIONAL = [
    ("en", "If you had bothered to check the email, you would know.", "fail"),
    ("en", "You must realize the offer ended last week.", "fail"),
    ("en", "Missing the deadline, that's on you.", "fail"),
    ("it", "Sarebbe bastato guardare il sito per saperlo.", "fail"),
    ("it", "Basterebbe controllare la fattura.", "fail"),
    ("it", "Lei deve rendersi conto che la promozione è finita.", "fail"),
    ("it", "Mi rendo conto che la promozione è finita da poco.", "pass"),
    # Blame as a counterfactual about what the customer did not do; the same "if" about a choice is not.
    ("en", "If you'd sent us the readings when we asked, you wouldn't have had an estimate.", "fail"),
    ("en", "If you had kept the receipt, you would have got the refund.", "fail"),
    ("en", "That's down to you, not us.", "fail"),
    ("en", "Mate, you're not reading it properly.", "fail"),
    ("en", "Look, I'll explain it slowly so you get it.", "fail"),
    ("en", "If you'd like, you would not need to call again: I can set up a reminder.", "pass"),
    ("en", "If you had any trouble with the app, you would not be the first, it's been slow.", "pass"),
    ("en", "It's down to you which plan you choose.", "pass"),
    ("en", "I'll explain it again more slowly, that was a lot at once.", "pass"),
    ("it", "Se lei avesse mandato l'autolettura, questo non succedeva.", "fail"),
    ("it", "Se avesse letto le condizioni prima di partire, saprebbe che andava timbrato.", "fail"),
    ("it", "La responsabilità è anche sua, signore.", "fail"),
    ("it", "Il modem si resetta da solo, lo sanno tutti.", "fail"),
    ("it", "Glielo rispiego piano così capisce.", "fail"),
    ("it", "Se avesse ricevuto la mail, la trova nella cartella spam.", "pass"),
    ("it", "Se avesse bisogno di altro, saremmo felici di aiutarla.", "pass"),
    ("it", "Glielo rispiego con calma, erano tante informazioni insieme.", "pass"),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), PROFESSIONAL)
def test_conditional_or_indirect_condescension_is_unprofessional(language, sentence, expected):
    assert result(call(language, f"A: {sentence}"), "professional_language") == expected


COMMITMENT = [
    ("en", "A driver will pick the boiler up on Tuesday.", "pass"),
    ("en", "We'll collect the faulty unit and swap it within two weeks.", "pass"),
    ("en", "The new remote will go out to you in the coming days.", "fail"),
    ("en", "I'll send the paperwork by close of business.", "pass"),
    ("en", "Your replacement will arrive in a fortnight.", "pass"),
    ("en", "I'll ring you back at four, does that suit you?", "pass"),
    ("en", "Shall I ring you back later?", "na"),
    ("en", "Usually these take a while, but we'll let you know when it's done.", "fail"),
    ("en", "Refunds are usually sent with the next bill.", "na"),
    ("it", "Il tecnico la richiama domattina.", "pass"),
    ("it", "Le rimandiamo la fattura entro venerdì.", "pass"),
    ("it", "Ritireremo il vecchio divano il 5 del mese prossimo.", "pass"),
    ("it", "Un collega la ricontatterà alle ore 11.", "pass"),
    ("it", "La richiamo io nel pomeriggio, le va bene?", "pass"),
    ("it", "Vuole che la richiami più tardi?", "na"),
    ("it", "Di solito ci vuole qualche giorno, ma le faremo sapere presto.", "fail"),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), COMMITMENT)
def test_promises_in_more_forms_and_their_times(language, sentence, expected):
    assert result(call(language, f"A: {sentence}"), "commitment_time") == expected


HOLD = [
    ("en", ["A: Could you hang on a minute while I look?", "A: Thanks for waiting."], "pass"),
    ("en", ["A: If you could wait forty-eight hours before trying again, it will reset."], "na"),
    ("it", ["A: Posso farla attendere un attimo mentre controllo?", "A: Grazie per l'attesa."], "pass"),
    ("it", ["A: Aspetti un attimo prima di riprovare l'accesso, poi funziona."], "na"),
]


@pytest.mark.parametrize(("language", "lines", "expected"), HOLD)
def test_hold_means_holding_the_call(language, lines, expected):
    assert result(call(language, *lines), "hold_etiquette") == expected


QUESTIONS = [
    ("en", "discovery_question", "Would you mind telling me what happened after the update?", "pass"),
    ("it", "discovery_question", "Mi sa dire da quando succede?", "pass"),
    ("it", "discovery_question", "Mi descriva cosa vede sullo schermo.", "pass"),
    ("en", "resolution_check", "Is it working now?", "pass"),
    ("en", "resolution_check", "Did that do the trick?", "pass"),
    ("it", "resolution_check", "Adesso funziona?", "pass"),
    ("it", "closing", "Allora la saluto, stia bene.", "pass"),
    ("en", "closing", "Enjoy the rest of your evening.", "pass"),
]


@pytest.mark.parametrize(("language", "key", "sentence", "expected"), QUESTIONS)
def test_more_open_questions_resolution_checks_and_closings(language, key, sentence, expected):
    assert result(call(language, "C: Hello.", f"A: {sentence}"), key) == expected


VERIFICATION = [
    ("it", "Mi legge il codice che trova sulla bolletta?", "pass"),
    ("en", "Can you read me the digits on the back of your card?", "pass"),
    ("en", "Shall I send it to the email address on the account?", "fail"),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), VERIFICATION)
def test_verification_asks_the_customer_for_a_datum(language, sentence, expected):
    assert result(call(language, f"A: {sentence}", requires_verification=True), "verification") == expected


def test_empathy_paraphrases():
    assert result(call("en", "A: I'd be worried too if I got that letter."), "empathy") == "pass"
    assert result(call("it", "A: Al suo posto sarei preoccupato anche io."), "empathy") == "pass"
    assert result(call("it", "A: È stata un'esperienza davvero spiacevole."), "empathy") == "pass"
    assert result(call("it", "A: Posso farlo io al suo posto."), "empathy") == "fail"


def test_names_introduced_after_a_lead_in_or_before_here():
    assert (
        result(call("it", "A: Buonasera, mi presento: Carla, dell'assistenza.", agent_name="Carla"), "greeting")
        == "pass"
    )
    assert result(call("en", "A: Hello, Acme Gas, Priya at the front desk.", agent_name="Priya"), "greeting") == "pass"
    assert result(call("en", "C: Hi, Jo Tanner here.", "A: Thanks, Ms Tanner."), "customer_name") == "pass"


PRIVATE = [
    ("en", "Hi! Let us know your order number and we'll check it.", "fail"),
    ("en", "Hi! Post your order number below, or DM it if you'd rather.", "fail"),
    ("en", "Hi! DM us your order number and we'll take a look.", "pass"),
    ("it", "Ciao! Fateci sapere il numero d'ordine e controlliamo.", "fail"),
    ("it", "Ciao! Scrivici in privato il numero d'ordine e controlliamo.", "pass"),
]


@pytest.mark.parametrize(("language", "message", "expected"), PRIVATE)
def test_public_data_requests_in_more_forms(language, message, expected):
    transcript = thread(language, "[0] C pub: My parcel never came", f"[60] A pub: {message} ^AB")
    assert result(transcript, "private_channel") == expected


def test_carissima_is_a_social_greeting():
    transcript = thread("it", "[0] C pub: Ordine sbagliato", "[60] A pub: Carissima Anna, ci dispiace. ^AB")
    assert result(transcript, "greeting") == "pass"
