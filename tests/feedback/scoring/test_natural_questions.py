"""Discovery questions in natural phrasing: any open question about the problem.

An open interrogative counts wherever a speaker puts it: after openers, a title or a name
("Senta signora, come mai…?"), after a topic fronted in Italian ("Il modem cosa fa?", "E questo
da quando succede?"), or left at the end ("So the noise starts when exactly?"). Scripted
formulas, yes/no checks, requests for an identifying datum and asking the customer to say it
again do not (../shared/specs/default-rubrics.md, discovery_question).
"""

import pytest

from tests.feedback.scoring.builders import call, result

OPEN = [
    ("en", "Which light is flashing on the router?"),
    ("en", "Which day did the engineer come?"),
    ("en", "Which of the two bills looks wrong to you?"),
    ("en", "Okay, and which room is the leak in?"),
    ("en", "Right, Mrs Hale, which bit of the app crashes?"),
    ("en", "Which payment are you querying, the one in March?"),
    ("en", "And the router, what colour is the light?"),
    ("en", "Since when has it been doing that?"),
    ("en", "So the noise starts when exactly?"),
    ("en", "What happened after you restarted it?"),
    ("en", "How long has it been like this?"),
    ("en", "Whereabouts is the leak coming from?"),
    ("en", "What sort of error message do you get?"),
    ("it", "Come mai non è riuscito a pagare?"),
    ("it", "Come mai la bolletta è così alta secondo lei?"),
    ("it", "Ah, e come mai?"),
    ("it", "Com'è che si è bloccata la carta?"),
    ("it", "Il modem cosa fa quando lo accende?"),
    ("it", "E questo da quando succede?"),
    ("it", "Da quanto tempo va avanti così?"),
    ("it", "In che senso non funziona?"),
    ("it", "Che tipo di errore le compare?"),
    ("it", "Quale spia è accesa sul modem?"),
    ("it", "Lei cosa vede sullo schermo?"),
    ("it", "La perdita da dove arriva?"),
    ("it", "Cioè, in che modo si blocca?"),
    ("it", "Signora Russo, per quale motivo ha disdetto?"),
    ("it", "E poi cos'è successo?"),
    ("it", "Il problema quando è cominciato?"),
    ("it", "Dove si trova esattamente il contatore?"),
    ("it", "Come si è accorta dell'addebito?"),
    ("it", "Senta signora, come mai ha disdetto?"),
    ("it", "Lei ha pagato quanto, esattamente?"),
]


@pytest.mark.parametrize(("language", "question"), OPEN)
def test_an_open_question_about_the_problem_counts_wherever_the_interrogative_stands(language, question):
    assert result(call(language, f"A: {question}"), "discovery_question") == "pass"


NOT_OPEN = [
    ("en", "Is the light flashing?"),
    ("en", "How can I help you today?"),
    ("en", "Which is your account number?"),
    ("en", "So you said what?"),
    ("en", "Your account number is what?"),
    ("en", "The engineer who came, was he on time?"),
    ("en", "The router that we sent works?"),
    ("it", "Come posso aiutarla?"),
    ("it", "La spia è accesa?"),
    ("it", "Il modem è acceso, vero?"),
    ("it", "Qual è il suo codice cliente?"),
    ("it", "Come si chiama?"),
    ("it", "Come sta?"),
    ("it", "Il codice cliente qual è?"),
    ("it", "La sua data di nascita qual è?"),
    ("it", "Il modem è acceso?"),
    ("it", "Lei come si chiama?"),
    ("it", "Il codice che le ho dato funziona?"),
    ("it", "Ha detto cosa, scusi?"),
    ("it", "Senta signora, posso aiutarla in altro?"),
]


@pytest.mark.parametrize(("language", "question"), NOT_OPEN)
def test_a_yes_no_check_a_script_a_datum_or_a_repeat_request_is_not_discovery(language, question):
    assert result(call(language, f"A: {question}"), "discovery_question") == "fail"


# Which/what + noun asking about what the customer did, and a verb of telling before an open interrogative.
OPEN_IN_OTHER_FRAMES = [
    ("en", "Which address have you been using since you moved?", "pass"),
    ("en", "Which email address have you been checking?", "pass"),
    ("en", "What model is it?", "pass"),
    ("en", "Can you tell me when it first stopped working?", "pass"),
    ("en", "Which address is it?", "fail"),
    ("en", "What postcode is that?", "fail"),
    ("en", "Can you tell me if it's still flashing?", "fail"),
    ("en", "Could you tell me whether you've restarted it?", "fail"),
    ("it", "Mi dice in che giorni passa il corriere?", "pass"),
    ("it", "Mi dice da quanto tempo succede?", "pass"),
    ("it", "Mi spiega come ha fatto l'ordine?", "pass"),
    ("it", "Mi racconta cosa è successo con il tecnico?", "pass"),
    ("it", "Quale indirizzo ha usato da quando si è trasferito?", "pass"),
    ("it", "Mi dice se ha ricevuto la mail?", "fail"),
    ("it", "Mi sa dire se il modem è acceso?", "fail"),
    ("it", "Qual è il suo indirizzo?", "fail"),
]


@pytest.mark.parametrize(("language", "question", "expected"), OPEN_IN_OTHER_FRAMES)
def test_which_noun_about_what_the_customer_did_and_an_indirect_open_question_are_discovery(
    language, question, expected
):
    assert result(call(language, f"A: {question}"), "discovery_question") == expected


# The agent offering to tell ("posso spiegarle", "per dirle") asks the customer nothing.
AGENT_TELLING = [
    ("it", "La collega la richiama domani per dirle la data nuova.", "fail"),
    ("it", "Posso spiegarle come funziona il rimborso?", "fail"),
    ("it", "Le scrivo due righe per raccontarle cosa abbiamo trovato.", "fail"),
    ("it", "Mi può spiegare cosa è successo?", "pass"),
    ("it", "Può descrivermi il rumore?", "pass"),
    ("it", "Me lo racconti dall'inizio.", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), AGENT_TELLING)
def test_the_agent_offering_to_explain_is_not_an_open_question(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "discovery_question") == expected


# A request to describe is addressed to the customer; with a subject of its own before the verb
# ("il tecnico", "the engineer") it says what someone else will do, heard or typed.
OWN_SUBJECT = [
    ("it", "Il tecnico raccontate da nei prossimi giorni.", "fail"),
    ("it", "Il tecnico le spiega tutto domani.", "fail"),
    ("it", "Il rumore me lo descriva meglio.", "pass"),
    ("it", "Per la fattura mi spieghi cosa non torna.", "pass"),
    ("en", "The engineer will tell us more once he has been.", "fail"),
    ("en", "My colleague will walk us through the new tariff.", "fail"),
    ("en", "In the meantime tell me what the display shows.", "pass"),
    ("en", "Please tell me more about the noise.", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), OWN_SUBJECT)
def test_a_request_verb_with_a_third_person_subject_asks_the_customer_nothing(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "discovery_question") == expected


# Picking with "which" one of the options said after the question ("…, X or Y?") is a closed question; an
# either/or with no interrogative is too, and so is one whose second option says when or where it holds
# ("…, o anche dopo, quando è bella calda?", "…, or when it's hot too?"). Options that only illustrate an
# open question leave it open, as do options after a time asked for ("When would suit you two best, weekdays or
# weekends?"), and so does an interrogative after "e" / "and" or other than when / where.
CHOICES = [
    ("en", "Which suits you better, Tuesday or Wednesday?", "fail"),
    ("en", "Which would suit you best, weekdays or weekends?", "fail"),
    ("en", "Would you prefer mornings or afternoons?", "fail"),
    ("it", "Quale preferisce, martedì o mercoledì?", "fail"),
    ("it", "Quale le va meglio, sabato o domenica?", "fail"),
    ("it", "Preferisce la mattina o il pomeriggio?", "fail"),
    ("en", "When would suit you two best, weekdays or weekends?", "pass"),
    ("en", "What time would you prefer: morning or afternoon?", "pass"),
    ("it", "Quando le viene meglio, in settimana o nel fine settimana?", "pass"),
    ("it", "Quando le è più comodo, di mattina o di sera?", "pass"),
    ("en", "Which suits you better?", "pass"),
    ("en", "What kind of noise is it, a hum or a click?", "pass"),
    ("it", "Che odore sente, di bruciato o di gas?", "pass"),
    ("it", "Quale giorno preferisce?", "pass"),
    ("it", "E tira male solo la mattina quando la accende, o anche dopo, quando è bella calda?", "fail"),
    ("it", "Tira male solo la mattina, o quando è calda?", "fail"),
    ("en", "Does it smoke only when you light it, or later too, when it's good and hot?", "fail"),
    ("en", "Is it just the mornings, or when it's hot too?", "fail"),
    ("it", "È la mattina o la sera, e da quando succede?", "pass"),
    ("it", "Si è rotta, o cosa è successo?", "pass"),
    ("en", "Is it the morning or the evening, and when did it start?", "pass"),
    ("en", "Did it break, or what happened?", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), CHOICES)
def test_a_choice_between_named_options_is_a_closed_question(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "discovery_question") == expected


# "What happened when…" asks about events: a datum named in it is their setting, not what is asked for.
WHAT_HAPPENED = [
    ("en", "What happened when you changed your address online?", "pass"),
    ("en", "What went wrong when you typed the account number?", "pass"),
    ("it", "Cosa è successo quando ha cambiato l'indirizzo email?", "pass"),
    ("it", "Che cosa capita quando inserisce il codice cliente?", "pass"),
    ("en", "What is your address?", "fail"),
    ("en", "What's the account number?", "fail"),
    ("it", "Qual è il suo indirizzo email?", "fail"),
    ("it", "Qual è il codice cliente?", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), WHAT_HAPPENED)
def test_asking_what_happened_around_a_datum_is_discovery_and_asking_for_it_is_not(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "discovery_question") == expected


# Asking what the customer wrote asks what they did, the name its setting ("What did you put on the order form
# for the name?", "Cosa ha scritto nel modulo come nome?"); asking which name, or what their name is, asks for it.
WHAT_WAS_WRITTEN = [
    ("en", "And what did you put on the order form for the name, can you remember?", "pass"),
    ("en", "What did you write for the name?", "pass"),
    ("it", "Cosa ha scritto nel modulo come nome?", "pass"),
    ("it", "Che cosa ha messo come nome sull'ordine?", "pass"),
    ("en", "What name did you put on the form?", "fail"),
    ("en", "What did you say your name was?", "fail"),
    ("it", "Che nome ha messo nel modulo?", "fail"),
    ("it", "Qual è il suo nome?", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), WHAT_WAS_WRITTEN)
def test_asking_what_the_customer_wrote_is_discovery_and_asking_for_the_name_is_not(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "discovery_question") == expected


# After a request for a datum, "che…", "come…", "which…" says more about the datum; it is no open question.
ABOUT_THE_DATUM = [
    ("it", "Mi conferma il codice fiscale del titolare, che è suo fratello?", "fail"),
    ("it", "Mi dice il numero di polizza, come lo trova sul contratto?", "fail"),
    ("en", "Could I have the account number, which is on the letter?", "fail"),
    ("it", "Mi dice il numero di polizza, e come si è rotto il telefono?", "pass"),
    ("it", "Il modem, che luci fa?", "pass"),
    ("en", "Right, which room is it in?", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), ABOUT_THE_DATUM)
def test_a_relative_clause_about_a_datum_asked_is_not_an_open_question(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "discovery_question") == expected


# "How are you (today)?" / "Come sta?" ask after the customer's well-being; with more said after them
# in the clause they ask about the customer's situation.
COURTESY = [
    ("en", "So how are you fixed for the twelfth?", "pass"),
    ("en", "And how are you getting on with the new router?", "pass"),
    ("it", "E come va con la caldaia nuova da ieri?", "pass"),
    ("it", "Come sta andando il modem da quando l'ha riavviato?", "pass"),
    ("en", "Hello Mr Hale, how are you doing today?", "fail"),
    ("it", "Buongiorno signora, come sta oggi?", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), COURTESY)
def test_how_are_you_with_more_after_it_asks_about_the_situation(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "discovery_question") == expected


# Whether anything is left to do, asked as "are we all set" / "siamo a posto" or "do you still need
# anything" / "le serve ancora qualcosa": a resolution check. The same words stated are not.
ALL_SET = [
    ("it", "Le serve ancora qualcosa o per il resto siamo a posto?", "pass"),
    ("it", "Perfetto, siamo a posto così?", "pass"),
    ("en", "Right, are we good?", "pass"),
    ("en", "Do you still need anything from me?", "pass"),
    ("it", "Siamo a posto, allora?", "pass"),
    ("en", "Are we all done then?", "pass"),
    ("it", "Perfetto, siamo a posto così.", "fail"),
    ("en", "Right, we're good, the form is in.", "fail"),
    ("it", "Siamo a posto con la fattura? Bene.", "fail"),
    ("en", "Are you done with the form? Send it over.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), ALL_SET)
def test_asking_whether_everything_is_settled_is_a_resolution_check(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "resolution_check") == expected


# "Anything else" narrowed, after a pause, to another part of the problem ("C'è altro da segnalare, altre stanze dove
# vede macchie?", "Anything else to report, any other rooms with damp?") looks for more of the trouble: no resolution
# check. Alone, narrowed to questions, or asked as a need ("Le serve altro, altri biglietti?") it still is one.
MORE_OF_THE_PROBLEM = [
    ("it", "C'è altro da segnalare, altre stanze dove vede macchie?", "fail"),
    ("it", "Altro, altre macchie sul soffitto?", "fail"),
    ("en", "Anything else to report, any other rooms with damp?", "fail"),
    ("en", "Anything else to report, any more leaks?", "fail"),
    ("it", "C'è altro?", "pass"),
    ("it", "C'è altro, altre domande?", "pass"),
    ("it", "Le serve altro, altri biglietti per il ritorno?", "pass"),
    ("en", "Anything else?", "pass"),
    ("en", "Anything else I can help with, any other questions?", "pass"),
    ("en", "Need anything else, any other tickets?", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), MORE_OF_THE_PROBLEM)
def test_anything_else_narrowed_to_more_of_the_problem_is_no_resolution_check(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "resolution_check") == expected


# "Anything else" asked with the "niente" of a question that expects a no ("Le occorre nient'altro, signora?", "Le
# serve nient'altro, già che passa il ragazzo?", "Need anything else while I've got you?"): a resolution check. The
# same words stated, negated, are not.
NOTHING_ELSE = [
    ("it", "Le occorre nient'altro, signora Capecchi?", "pass"),
    ("it", "Le serve nient'altro, già che passa il ragazzo?", "pass"),
    ("en", "Need anything else while I've got you?", "pass"),
    ("en", "Anything else I can sort for you?", "pass"),
    ("it", "Non le serve nient'altro, basta la ricetta.", "fail"),
    ("it", "Per la ricetta non serve nient'altro, solo la tessera sanitaria.", "fail"),
    ("en", "You don't need anything else, just the receipt.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), NOTHING_ELSE)
def test_nothing_else_asked_is_a_resolution_check(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "resolution_check") == expected


# A wish to hear it ("I'd love to hear a bit more about what happened", "mi interessa capire meglio
# cos'è successo") asks openly; the same wish for a datum does not. An adverb of precision before the
# interrogative ("Ma di preciso cosa fa?") still opens the question.
WISH_TO_HEAR = [
    ("en", "I'd love to hear a bit more about what happened.", "pass"),
    ("en", "I'd like to understand why it keeps dropping out.", "pass"),
    ("it", "Mi interessa capire meglio cos'è successo.", "pass"),
    ("it", "Vorrei capire come mai si spegne.", "pass"),
    ("it", "Ma di preciso cosa fa?", "pass"),
    ("en", "I'd like to know your postcode, please.", "fail"),
    ("it", "Vorrei sapere il suo codice cliente.", "fail"),
    ("it", "Mi piacerebbe sapere il suo CAP.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), WISH_TO_HEAR)
def test_a_wish_to_hear_more_is_an_open_question(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "discovery_question") == expected


# A request to tell someone else ("gli spieghi la storia del modulo", "explain to them what happened") is an
# instruction for the customer's call to them, not a question to the agent; told to the agent, it asks.
TOLD_TO_SOMEONE_ELSE = [
    ("it", "A: Chiami loro, gli spieghi la storia del modulo, e loro sbloccano la prenotazione.", "fail"),
    ("it", "A: Glielo descriva bene, al tecnico, quando passa.", "fail"),
    ("en", "A: Explain to them what happened with the form, and they'll unblock it.", "fail"),
    ("en", "A: Could you explain to the office what happened with the form?", "fail"),
    ("it", "A: Mi spieghi la storia del modulo.", "pass"),
    ("it", "A: Me lo descriva bene, il rumore.", "pass"),
    ("en", "A: Explain to me what happened with the form.", "pass"),
    ("en", "A: Could you explain what happened with the form?", "pass"),
]


@pytest.mark.parametrize(("language", "line", "expected"), TOLD_TO_SOMEONE_ELSE)
def test_a_request_to_tell_someone_else_asks_the_agent_nothing(language, line, expected):
    assert result(call(language, line), "discovery_question") == expected


# A request to tell, softened ("mi dica un po' quante famiglie ha", "mi dica un attimo cosa le hanno detto", "tell me
# a bit about how many hives you've got"), still asks an open question; softened, a request for a datum, a
# whether-question or a moment asked for is none.
SOFTENED_REQUEST = [
    ("it", "Mi dica un po' quante famiglie ha in tutto adesso e che misura usa, Dadant Blatt da dieci?", "pass"),
    ("it", "Mi dica un attimo cosa le hanno detto al telefono.", "pass"),
    ("en", "Tell me a bit about how many hives you've got now.", "pass"),
    ("en", "Tell me a little what happened.", "pass"),
    ("it", "Mi dica un po' il suo codice cliente.", "fail"),
    ("it", "Mi dica un po' se le è arrivata la mail.", "fail"),
    ("it", "Mi dia un attimo, controllo.", "fail"),
    ("en", "Tell me a bit if the email came through.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), SOFTENED_REQUEST)
def test_a_softened_request_to_tell_is_still_an_open_question(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "discovery_question") == expected


# A line of a text named as where something goes ("Cosa vuole che ci sia scritto sulla seconda riga, quella che si è
# spezzata?", "What do you want it to say on the first line?") is a place, not an address line asked for: the open
# question stands. The line asked for itself, or a line of the address, is a datum.
LINE_AS_PLACE = [
    ("it", "Comunque, cosa vuole che ci sia scritto esattamente sulla seconda riga, quella che si è spezzata?", "pass"),
    ("en", "Anyway, what do you want it to say on the first line, the one that got cut?", "pass"),
    ("it", "Cosa c'è sulla prima riga dell'indirizzo?", "fail"),
    ("it", "Qual è la seconda riga?", "fail"),
    ("en", "What's on the first line of your address?", "fail"),
    ("en", "What's the first line?", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), LINE_AS_PLACE)
def test_a_line_of_a_text_named_as_a_place_leaves_the_open_question(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "discovery_question") == expected


# A resolution check asked expecting a no ("Non le serve nient'altro?", "You don't need anything else?", "Nothing else
# you need?") still asks; the same words said as a statement ("Non posso fare altro per lei.", "There's nothing else I
# can do.") ask nothing.
NEGATED_CHECK = [
    ("it", "Non le serve nient'altro?", "pass"),
    ("it", "Non c'è altro che posso fare per lei?", "pass"),
    ("en", "You don't need anything else?", "pass"),
    ("en", "Nothing else you need?", "pass"),
    ("en", "Is there nothing else I can do for you?", "pass"),
    ("it", "Non posso fare altro per lei.", "fail"),
    ("it", "Non le serve altro, allora.", "fail"),
    ("en", "I can't do anything else for you.", "fail"),
    ("en", "There's nothing else I can do.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), NEGATED_CHECK)
def test_a_resolution_check_asked_expecting_a_no_still_asks(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "resolution_check") == expected
