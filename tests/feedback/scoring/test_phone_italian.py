"""Italian phone calls, criterion by criterion, in both directions.

Each case is a short call a careful grader would label as shown
(../shared/specs/default-rubrics.md), written with other words than the samples.
"""

import pytest

from tests.feedback.scoring.builders import call, criterion, result

GREETING = [
    (["A: Buongiorno, sono Marta di LuceGas, come posso aiutarla?"], "pass"),
    (["A: Buonasera, le risponde Marta. In cosa posso esserle utile?"], "pass"),
    (["A: Salve, mi chiamo Marta e sono qui per aiutarla."], "pass"),
    (["A: Grazie per aver chiamato Banca Sole, è in linea con Marta."], "pass"),
    (["A: Buongiorno, benvenuto in TeleNova.", "A: Parla Marta, mi dica pure."], "pass"),
    (["A: Sono Marta, mi dica."], "fail"),
    (["A: Buongiorno, Assicurazioni Aurora, come posso aiutarla?"], "fail"),
    (["A: Buongiorno, TeleNova.", "C: Buongiorno, ho un problema.", "A: Sono Marta, mi spieghi pure."], "fail"),
    (["A: Buongiorno, sono Giulia di TeleNova."], "fail"),  # not the agent's own name
]


@pytest.mark.parametrize(("lines", "expected"), GREETING)
def test_greeting_needs_a_greeting_and_the_agents_name_in_the_first_turn(lines, expected):
    assert result(call("it", *lines, agent_name="Marta"), "greeting") == expected


def test_a_name_inside_the_company_name_is_not_an_introduction():
    transcript = call("it", "A: Buonasera, Farmacia San Marco, come posso aiutarla?", agent_name="Marco")
    assert result(transcript, "greeting") == "fail"


CUSTOMER_NAME = [
    ({"customer_name": "Carla Bianchi"}, ["A: Grazie, signora Bianchi, verifico subito."], "pass"),
    ({"customer_name": "Carla Bianchi"}, ["A: Certo Carla, ci penso io."], "pass"),
    ({"customer_name": "Niccolò Fabbri"}, ["A: Grazie Niccolo, controllo subito."], "pass"),
    ({}, ["C: Buongiorno, sono Mario Rossi.", "A: Buongiorno signor Rossi, mi dica."], "pass"),
    ({}, ["C: Salve, mi chiamo Elena Conti.", "A: Buongiorno, mi dica pure."], "fail"),
    ({"customer_name": "Carla Bianchi"}, ["A: Buongiorno signora, mi dica."], "fail"),
    ({"customer_name": "Rosaria D'Amico"}, ["A: Grazie, signora D'Amico, controllo subito."], "pass"),
    ({"customer_name": "Giovanna Dell’Orto"}, ["A: Certo, signora Dell'Orto, ci penso io."], "pass"),
    ({"customer_name": "Rosaria D'Amico"}, ["A: Guardi, come direbbe un amico, ci penso io."], "fail"),
    ({"customer_name": "Giovanna Dell'Orto"}, ["A: Allora, dell'orto comunale non so nulla, signora."], "pass"),
    # La particella di un cognome non è il nome detto da sola ("finisce di solito" per Vincenzo Di Renzo).
    ({"customer_name": "Vincenzo Di Renzo"}, ["A: Ecco, a che ora finisce di solito la dialisi?"], "fail"),
    ({"customer_name": "Vincenzo Di Renzo"}, ["A: Ecco, signor Di Renzo, a che ora finisce?"], "pass"),
    ({"customer_name": "Lucia De Santis"}, ["A: Certo, de visu è un'altra cosa, signora Lucia."], "pass"),
    ({}, ["C: Buongiorno, ho un problema con la bolletta.", "A: Mi dica pure."], "na"),
]


@pytest.mark.parametrize(("fields", "lines", "expected"), CUSTOMER_NAME)
def test_customer_name_any_part_of_the_known_or_introduced_name(fields, lines, expected):
    assert result(call("it", *lines, **fields), "customer_name") == expected


EMPATHY = [
    ("Mi spiace molto per l'inconveniente.", "pass"),
    ("Capisco benissimo la sua frustrazione.", "pass"),
    ("Comprendo quanto sia scomodo restare senza linea.", "pass"),
    ("Ha perfettamente ragione a segnalarlo.", "pass"),
    ("Immagino il disagio, con due bambini in casa.", "pass"),
    ("Ci scusiamo per il ritardo nella consegna.", "pass"),
    ("Dev'essere stata una brutta sorpresa trovare quell'addebito.", "pass"),
    ("Mi rendo conto che è una situazione pesante.", "pass"),
    ("La capisco, è davvero frustrante.", "pass"),
    ("Siamo davvero spiacenti per l'accaduto.", "pass"),
    ("È più che comprensibile che sia arrabbiato.", "pass"),
    ("Capisco, sono cose che fanno arrabbiare.", "pass"),
    ("Ha ragione, non doveva succedere.", "pass"),
    ("Mi metto nei suoi panni.", "pass"),
    ("Non capisco il problema, mi dà il codice?", "fail"),
    ("Va bene, certo. Mi dà il codice?", "fail"),
    ("Ho capito, mi dà il numero di contratto?", "fail"),
    ("Deve capire che la procedura è questa.", "fail"),
]


@pytest.mark.parametrize(("reply", "expected"), EMPATHY)
def test_empathy_counts_apology_and_acknowledgement_but_not_negated_or_bare_cues(reply, expected):
    transcript = call("it", "C: Da tre giorni sono senza internet.", f"A: {reply}")
    assert result(transcript, "empathy") == expected


OWNERSHIP = [
    ("Non è di nostra competenza, deve chiamare il numero verde del gestore.", "fail"),
    ("Purtroppo non dipende da me.", "fail"),
    ("Mi dispiace, non è compito nostro: si rivolga all'ufficio tecnico del Comune.", "fail"),
    ("Per questo deve rivolgersi direttamente al suo gestore.", "fail"),
    ("Mi spiace, ma non posso farci nulla.", "fail"),
    ("Le conviene chiamare l'assistenza del produttore.", "fail"),
    ("Non rientra nelle mie competenze.", "fail"),
    ("Per la fattura si deve rivolgere al commercialista.", "fail"),
    ("Provi a contattare direttamente il venditore.", "fail"),
    ("È il corriere che se ne occupa, non noi.", "fail"),
    ("Spetta al gestore decidere.", "fail"),
    ("Non è un problema nostro.", "fail"),
    ("Il danno in transito è responsabilità del corriere.", "fail"),
    ("La cosa migliore è chiamare direttamente il gestore.", "fail"),
    ("Le trasferisco la chiamata al reparto competente e spiego io il caso.", "pass"),
    ("Si rivolga pure a me per qualsiasi cosa, la richiamo domani.", "pass"),
    ("La passo subito al reparto tecnico e spiego io il caso al collega, così non deve ripetere niente.", "pass"),
    ("Non deve chiamare nessun altro ufficio, me ne occupo io entro oggi.", "pass"),
    ("Il tecnico deve contattare il distributore, ma lo sollecito io adesso.", "pass"),
    ("Può portarla tranquillamente dal suo meccanico di fiducia.", "pass"),
]


@pytest.mark.parametrize(("reply", "expected"), OWNERSHIP)
def test_ownership_fails_on_deflection_not_on_a_transfer_the_agent_carries_out(reply, expected):
    transcript = call("it", "C: Il contatore segna consumi sbagliati.", f"A: {reply}")
    assert result(transcript, "ownership") == expected


COMMITMENT = [
    (["A: La richiamo entro le 17 di oggi."], "pass"),
    (["A: Le invieremo la conferma via email entro 24 ore."], "pass"),
    (["A: Riceverà un sms tra dieci minuti."], "pass"),
    (["A: Il tecnico passerà domani mattina tra le nove e le undici."], "pass"),
    (["A: Le faccio sapere entro venerdì."], "pass"),
    (["A: Le mando una mail di riepilogo.", "A: Le arriva entro un'ora."], "pass"),
    (["A: Verrà ricontattata entro due giorni lavorativi."], "pass"),
    (["A: Le accreditiamo il rimborso entro il 15 marzo."], "pass"),
    (["A: Provvederemo a rimborsarla entro fine mese."], "pass"),
    (["A: Sarà mia cura richiamarla nel pomeriggio."], "pass"),
    (["A: Le arriverà la nuova bolletta a fine mese."], "pass"),
    (["A: La bolletta arriva come sempre a inizio mese."], "na"),
    (["A: La faccio richiamare da un collega."], "fail"),
    (["A: Sistemiamo tutto noi."], "fail"),
    (["A: Appena ho notizie la richiamo."], "fail"),
    (["A: Si farà sentire un tecnico."], "fail"),
    (["A: La richiameremo al più presto."], "fail"),
    (["A: Le faremo sapere appena possibile."], "fail"),
    (["A: Un tecnico la contatterà nei prossimi giorni."], "fail"),
    (["A: Le invio una mail di conferma.", "C: Va bene, grazie."], "fail"),
    (["A: Riceverà il rimborso a breve."], "fail"),
    (["A: La ricontatteremo quanto prima per fissare l'appuntamento."], "fail"),
    (["A: Il rimborso viene accreditato con la prossima fattura."], "na"),
    (["A: Di solito il rimborso le arriva in una settimana."], "na"),
    (["A: Ho già inviato la mail di conferma."], "na"),
    (["A: Vuole che la richiami domani?"], "na"),
]


@pytest.mark.parametrize(("lines", "expected"), COMMITMENT)
def test_every_promise_needs_a_concrete_time_in_its_sentence_or_the_next(lines, expected):
    transcript = call("it", "C: Quando avrò una risposta?", *lines)
    assert result(transcript, "commitment_time") == expected


HOLD = [
    (
        ["A: Posso metterla in attesa un momento mentre verifico?", "C: Sì.", "A: Grazie per l'attesa, ho trovato."],
        "pass",
    ),
    (["A: Le dispiace attendere in linea un paio di minuti?", "C: No.", "A: Grazie della pazienza."], "pass"),
    (["A: Mi concede un attimo? Resti pure in linea.", "C: Certo.", "A: Grazie per aver atteso."], "pass"),
    (["A: La metto in attesa.", "C: Va bene.", "A: Grazie per l'attesa."], "fail"),
    (["A: Posso metterla in attesa?", "C: Sì.", "A: Allora, ho verificato."], "fail"),
    (["A: Attenda un attimo che controllo.", "C: Va bene.", "A: Ecco, ho controllato."], "fail"),
    (["A: Mi permette di metterla in attesa qualche istante?", "C: Sì.", "A: Grazie di aver aspettato."], "pass"),
    (["A: Resti in attesa un attimo che verifico.", "C: Ok.", "A: Grazie per essere rimasto in attesa."], "fail"),
    (["A: Le chiedo un attimo di pazienza mentre controllo.", "C: Ok.", "A: Eccomi."], "fail"),
    (["A: La sua pratica è in attesa di approvazione."], "na"),
    (["A: Il pagamento risulta in sospeso da lunedì."], "na"),
]


@pytest.mark.parametrize(("lines", "expected"), HOLD)
def test_hold_is_asked_as_a_permission_and_thanked_for_and_only_calls_are_held(lines, expected):
    assert result(call("it", "C: Può controllare?", *lines), "hold_etiquette") == expected


VERIFICATION = [
    (["A: Mi conferma il codice fiscale?"], "pass"),
    (["A: Per sicurezza mi dice la sua data di nascita?"], "pass"),
    (["A: Mi può indicare il numero della pratica?"], "pass"),
    (["A: Mi servono le ultime quattro cifre della carta."], "pass"),
    (["A: Qual è il numero del suo ordine?"], "pass"),
    (["A: Mi detta il CAP di residenza, per favore?"], "pass"),
    (["A: Per verificare l'identità mi servirebbe la data di nascita."], "pass"),
    (["A: Mi conferma nome e cognome dell'intestatario?"], "fail"),
    (["A: Mi conferma i suoi dati anagrafici?"], "pass"),
    (["A: Il suo codice cliente, per favore."], "pass"),
    (["C: Il mio codice cliente è 44120988.", "A: Grazie, vedo la sua scheda."], "fail"),
    (["A: Parlo con la signora Rossi?"], "fail"),
    (["A: Vedo che chiama dal numero che finisce con 47."], "fail"),
    (["A: Ho aperto la pratica, il numero è 2024 barra 18."], "fail"),
]


@pytest.mark.parametrize(("lines", "expected"), VERIFICATION)
def test_verification_asks_for_an_identifying_datum(lines, expected):
    transcript = call("it", "C: Ho un addebito che non riconosco.", *lines, requires_verification=True)
    assert result(transcript, "verification") == expected


def test_verification_is_na_when_not_required():
    transcript = call("it", "A: Mi conferma il codice fiscale?", requires_verification=False)
    assert result(transcript, "verification") == "na"


DISCOVERY = [
    ("Cosa compare sullo schermo del modem?", "pass"),
    ("Da quando ha notato il problema?", "pass"),
    ("Mi descriva cosa succede quando accende il modem.", "pass"),
    ("Mi spiega meglio cosa è successo?", "pass"),
    ("In che modo ha effettuato il pagamento?", "pass"),
    ("Perché vorrebbe disdire l'abbonamento?", "pass"),
    ("Mi dica pure, cosa è successo?", "pass"),
    ("Che tipo di problema riscontra?", "pass"),
    ("Che cosa posso fare per lei oggi?", "fail"),
    ("Come si chiama, scusi?", "fail"),
    ("Come sta oggi?", "fail"),
    ("Mi sa dire quando è successo?", "pass"),
    ("E lei cosa ha fatto a quel punto?", "pass"),
    ("Ma scusi, quando è arrivata la bolletta?", "pass"),
    ("Con chi ha parlato la prima volta?", "pass"),
    ("Come posso aiutarla?", "fail"),
    ("In cosa posso esserle utile? È corretto?", "fail"),
    ("Ha già provato a riavviare il modem?", "fail"),
    ("Mi dice il codice cliente?", "fail"),
    ("Qual è il suo codice cliente?", "fail"),
    ("Mi legge i numeri che vede sul contatore?", "fail"),
]


@pytest.mark.parametrize(("question", "expected"), DISCOVERY)
def test_discovery_needs_an_open_question_not_a_script_or_a_yes_no_check(question, expected):
    transcript = call("it", "C: Il modem non funziona.", f"A: {question}")
    assert result(transcript, "discovery_question") == expected


RESOLUTION = [
    ("Posso fare altro per lei?", "pass"),
    ("Le serve qualcos'altro?", "pass"),
    ("Ho risposto a tutte le sue domande?", "pass"),
    ("È tutto chiaro?", "pass"),
    ("Posso aiutarla in qualcos'altro?", "pass"),
    ("Desidera altro?", "pass"),
    ("Ha altre domande?", "pass"),
    ("Va tutto bene così?", "pass"),
    ("Ci sono altre cose che vuole verificare sulla linea?", "pass"),
    ("Bene, la pratica è aperta.", "fail"),
]


@pytest.mark.parametrize(("question", "expected"), RESOLUTION)
def test_resolution_check_in_the_last_three_agent_turns(question, expected):
    transcript = call("it", "C: Grazie.", f"A: {question}", "C: No, a posto così.", "A: Grazie a lei, arrivederci.")
    assert result(transcript, "resolution_check") == expected


def test_resolution_check_asked_too_early_does_not_count():
    transcript = call(
        "it",
        "A: C'è altro in cui posso aiutarla?",
        "C: Sì, una cosa.",
        "A: Mi dica.",
        "C: La fattura.",
        "A: Ecco fatto.",
        "C: Bene.",
        "A: Perfetto.",
        "C: Ok.",
        "A: Arrivederci.",
    )
    assert result(transcript, "resolution_check") == "fail"


CLOSING = [
    ("Grazie a lei, arrivederci.", "pass"),
    ("Buona serata.", "pass"),
    ("La ringrazio per la pazienza.", "pass"),
    ("A presto!", "pass"),
    ("Buona continuazione!", "pass"),
    ("Arrivederla.", "pass"),
    ("Va bene, la pratica è aperta.", "fail"),
]


@pytest.mark.parametrize(("last", "expected"), CLOSING)
def test_closing_thanks_or_says_goodbye_in_the_last_turn(last, expected):
    assert result(call("it", "C: Va bene così.", f"A: {last}"), "closing") == expected


PROFESSIONAL = [
    ("Si calmi, per favore.", "fail"),
    ("Come le ho già detto, il tecnico arriva domani.", "fail"),
    ("Gliel'ho già spiegato due volte.", "fail"),
    ("È colpa sua se il pagamento non è passato.", "fail"),
    ("Lei non ha capito la procedura.", "fail"),
    ("Sta sbagliando lei, il modulo era un altro.", "fail"),
    ("Non mi sta ascoltando.", "fail"),
    ("Si calmi un attimo.", "fail"),
    ("Glielo ripeto per l'ultima volta.", "fail"),
    ("Come le abbiamo già scritto, serve il modulo.", "fail"),
    ("Avrebbe dovuto leggere le condizioni.", "fail"),
    ("Lei non ha ricevuto la mail di conferma?", "pass"),
    ("Il tecnico avrebbe dovuto chiamarla, mi scuso.", "pass"),
    ("Devo capire meglio il problema: quando è iniziato?", "pass"),
    ("Come le ho indicato nella mail, il pacco arriva domani.", "pass"),
    ("Quante volte è successo questo mese?", "pass"),
    ("Non è colpa sua, capita spesso.", "pass"),
    ("Stia tranquilla, ci penso io entro oggi.", "pass"),
]


@pytest.mark.parametrize(("reply", "expected"), PROFESSIONAL)
def test_professional_language_fails_on_condescending_or_blaming_words_only(reply, expected):
    assert result(call("it", "C: Non funziona ancora!", f"A: {reply}"), "professional_language") == expected


def test_tips_are_in_italian_and_quote_the_agent():
    transcript = call("it", "C: Quando arriva?", "A: La richiameremo al più presto.")
    item = criterion(transcript, "commitment_time")
    assert "La richiameremo al più presto" in item["tip"]
    assert "entro" in item["tip"]
    assert item["evidence"] == [{"speaker": "agent", "text": "La richiameremo al più presto."}]
