"""Deflection in natural phrasing: what the company cannot do, then the customer sent elsewhere to sort it out.

A transfer the agent carries out, or an offer to contact the other party on the
customer's behalf, is not deflection (../shared/specs/default-rubrics.md,
"Deflection vs transfer").
"""

import pytest

from tests.feedback.scoring.builders import call, result

DEFLECTING = [
    (
        "en",
        "We can't do anything about the meter from here, I'm afraid. You'll need to ring the network operator yourself.",
    ),
    ("en", "We don't have access to parking fines. Your best bet is to write to the council about it."),
    ("en", "That's not something we can change on our side. You're going to have to take it up with the airline."),
    ("en", "There's no way for us to reverse a card payment, so you'd have to speak to your bank."),
    ("en", "We can't sort passports out here. If I were you I'd get onto the embassy."),
    ("en", "Disputed charges are handled by the disputes team, so you'll need to give 'em a ring yourself."),
    ("en", "Disputed charges are handled by the disputes team, so you'll need to give em a ring yourself."),
    ("en", "We don't handle the installers' diary. Give them a ring yourself, the number's on the letter."),
    ("en", "The warehouse isn't ours, so just give them a call and quote the order number."),
    ("en", "That's the courier's side, you could always give them a bell."),
    ("en", "Our shop can't deal with warranty claims, so it's the manufacturer you need to speak to."),
    ("it", "Purtroppo noi sul contatore non possiamo intervenire, deve chiamare il distributore locale."),
    ("it", "Per le multe noi non abbiamo accesso, le conviene scrivere direttamente al comune."),
    ("it", "Questo dalla nostra parte non si può modificare, dovrebbe sentire la compagnia aerea."),
    ("it", "Lo storno della carta non lo possiamo fare noi, deve passare in filiale dalla sua banca."),
    ("it", "Sulle garanzie il negozio non può fare nulla, faccia riferimento al produttore."),
    ("it", "Noi non possiamo rilasciare quel documento: l'unica è andare all'ufficio anagrafe del suo comune."),
    ("it", "Senza la priorità non prenotiamo nulla: deve tornare lei dal medico di base a farla correggere."),
    ("it", "Con la ricevuta sbagliata deve ripassare in farmacia e farsela rifare."),
    ("it", "È una cosa che deve sbrigare lei con la banca, noi non possiamo bloccarla."),
]


@pytest.mark.parametrize(("language", "reply"), DEFLECTING)
def test_sending_the_customer_to_another_organisation_to_sort_it_out_is_deflection(language, reply):
    assert result(call(language, f"A: {reply}"), "ownership") == "fail"


OWNING = [
    ("en", "I'll put you through to our claims team now and stay on the line so you don't have to repeat anything."),
    ("en", "I'm transferring you now, and you can talk to the billing team directly, they already have my notes."),
    ("en", "I'll contact the network operator myself and call you back by four."),
    ("en", "The installers work for a partner, but I'll give them a ring for you now and call you back by three."),
    ("en", "Let me give them a call while you hold, so you don't have to."),
    ("en", "Would you like me to give them a ring on your behalf?"),
    ("en", "I'll check the diary and then give them a ring myself before lunch."),
    ("en", "You don't need to ring the bank at all, I'll raise it from here."),
    ("en", "You'll need to check the meter reading and read it out to me."),
    ("en", "You'll need to restart the router and give it a minute."),
    ("en", "You could try the MyNova app, or you can get the Fibre Max bundle if you'd like faster speeds."),
    ("it", "Ora la trasferisco al collega dei sinistri e resto in linea, così non deve ripetere nulla."),
    ("it", "La trasferisco subito al reparto tecnico, così può rivolgersi direttamente a loro senza ripetere nulla."),
    ("it", "Contatto io il distributore e la richiamo entro le quattro."),
    ("it", "Non c'è bisogno che lei chiami la banca, me ne occupo io da qui."),
    ("it", "Deve solo riavviare il modem e leggermi la spia che si accende."),
    ("it", "Dovrebbe controllare la lettura del contatore e dettarmela."),
    ("it", "Le conviene passare a Fibra Max, oppure può andare sull'app MyNova per il consumo."),
    ("it", "Il tecnico deve tornare dal fornitore a prendere il pezzo, poi la richiamo io entro le cinque."),
    ("it", "Deve tornare sulla pagina dell'ordine e cliccare su conferma, la guido io."),
    ("it", "È una cosa che sbrigo io con la banca entro stasera."),
]


@pytest.mark.parametrize(("language", "reply"), OWNING)
def test_a_transfer_the_agent_carries_out_or_a_task_for_the_customer_is_not_deflection(language, reply):
    assert result(call(language, f"A: {reply}"), "ownership") == "pass"


# What the company does not manage, then the customer told to open the report or contact the other body themselves.
DONE_BY_THEMSELVES = [
    ("it", "Deve essere lei a contattarli, noi non gestiamo la rete."),
    ("it", "È lei che deve fare la segnalazione al comune."),
    ("en", "You're the one who needs to call them, we don't manage the network."),
    ("it", "La segnalazione va fatta da lei al comune, noi non la gestiamo."),
    ("it", "Bisogna che chiami lei il comune, noi non c'entriamo."),
    ("en", "The report has to be filed by you, we don't deal with the council."),
    ("it", "Non è una cosa che gestiamo noi, la segnalazione la deve aprire lei al comune."),
    ("it", "Noi la rete idrica non la gestiamo. La segnalazione la deve aprire lei."),
    ("it", "Noi non gestiamo i ritardi dei treni: il reclamo lo deve fare lei a Trenitalia."),
    ("it", "Non possiamo intervenire sul contatore, se ne deve occupare lei con il distributore."),
    ("it", "La denuncia la deve fare lei, noi non c'entriamo."),
    ("it", "Non è roba nostra, deve chiamarli lei."),
    ("it", "Non è gestito da noi, deve pensarci lei con il condominio."),
    ("it", "Sul rimborso dei bolli non possiamo fare nulla, deve chiederlo lei all'ente."),
    ("en", "We don't manage the street lights, so you'll need to report it to the council yourself."),
    ("en", "That's not something we handle. You'd have to contact the landlord yourself."),
    ("en", "We can't open the claim for you, you'll have to open it yourself with the insurer."),
    ("en", "We don't look after the water mains, you'll have to go down to the council offices yourself."),
    ("en", "It's not ours to deal with, you'll need to chase the courier yourself."),
]


@pytest.mark.parametrize(("language", "reply"), DONE_BY_THEMSELVES)
def test_telling_the_customer_to_open_the_report_or_contact_the_other_body_themselves_is_deflection(language, reply):
    assert result(call(language, f"A: {reply}"), "ownership") == "fail"


# The customer's own part of a task the agent carries out, or the same report opened by the agent.
THEIR_PART_OF_THE_TASK = [
    ("it", "Non è lei che deve chiamare il comune, lo faccio io."),
    ("en", "You're not the one who has to call them, I'll do it."),
    ("it", "Il modulo lo deve firmare lei, poi me lo rimanda e penso io al resto."),
    ("it", "La lettura la deve fare lei sul contatore, poi me la detta."),
    ("it", "Non è una cosa che gestiamo noi, ma la segnalazione al comune la apro io adesso."),
    ("it", "Non deve chiamare lei il distributore, lo chiamo io entro stasera."),
    ("it", "Il tecnico deve chiamare lei domani per fissare l'appuntamento."),
    ("it", "Deve solo confermare lei l'indirizzo, al resto penso io."),
    ("en", "You'll need to sign the form yourself and send it back to me, and I'll do the rest."),
    ("en", "We don't manage the street lights, but I'll report it to the council for you today."),
    ("en", "You don't need to contact the landlord yourself, I'll do it."),
    ("en", "You'll need to open the app yourself and tap settings."),
    ("en", "You'll need to take the meter reading yourself and read it out to me."),
]


@pytest.mark.parametrize(("language", "reply"), THEIR_PART_OF_THE_TASK)
def test_the_customers_own_part_of_a_task_the_agent_carries_out_is_not_deflection(language, reply):
    assert result(call(language, f"A: {reply}"), "ownership") == "pass"


# What the company cannot do, then the quickest (or only) route is for the customer to call the other party.
QUICKEST_ROUTE = [
    ("en", "We can't change that from here, so the quickest route is for you to speak to them directly.", "fail"),
    ("en", "We can't do anything on the delivery, you'd be better off contacting the courier.", "fail"),
    ("en", "Honestly the only way is for you to ring the landlord yourself.", "fail"),
    ("en", "We can't change that from here, so the quickest route is for me to speak to them directly.", "pass"),
    ("en", "The quickest route is for you to sign the form, and I'll chase the courier myself.", "pass"),
    ("en", "The quickest route is for you to send me a photo, and I'll handle the claim with the insurer.", "pass"),
    ("it", "Noi da qui non possiamo modificarlo, la cosa più veloce è che li chiami lei direttamente.", "fail"),
    ("it", "La strada più rapida è che lei li contatti direttamente.", "fail"),
    ("it", "Conviene che si rivolga lei al corriere.", "fail"),
    ("it", "Le conviene rivolgersi direttamente alla banca.", "fail"),
    ("it", "Noi da qui non possiamo modificarlo, la cosa più veloce è che li chiami io direttamente.", "pass"),
    ("it", "La cosa più veloce è che lei firmi il modulo, poi il corriere lo sento io.", "pass"),
    ("it", "La cosa più veloce è che mi mandi una foto, poi col fornitore ci parlo io.", "pass"),
    ("en", "It'd be quicker if you called them yourself.", "fail"),
    ("en", "The fastest way to get this sorted is to ring the courier directly.", "fail"),
    ("en", "The fastest way to get this sorted is for me to ring the courier directly.", "pass"),
    ("it", "Fa prima a chiamarli lei.", "fail"),
    ("it", "Il modo più rapido è chiamare direttamente il corriere.", "fail"),
    ("it", "Le converrebbe contattare direttamente il venditore.", "fail"),
    ("it", "Il modo più rapido è che chiami io il corriere.", "pass"),
    ("it", "Il modo più rapido è che lei mi mandi la foto e io sento il corriere.", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), QUICKEST_ROUTE)
def test_the_quickest_route_being_the_customer_calling_them_is_deflection_and_the_agent_calling_is_not(
    language, reply, expected
):
    assert result(call(language, f"A: {reply}"), "ownership") == expected


# Told what they will receive from the company ("you'll get a text with the number") the customer is
# sent nowhere; told to get in touch with another organisation, they are.
RECEIVING = [
    ("en", "You'll get a text with the driver's number in ten minutes.", "pass"),
    ("en", "You'll get an email from our billing team by tonight.", "pass"),
    ("it", "Riceverà un sms con il numero del tecnico entro un'ora.", "pass"),
    ("en", "You'll need to get in touch with the bank yourself.", "fail"),
    ("en", "You should get onto your landlord about that.", "fail"),
    ("en", "You'll have to ring the council about that.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), RECEIVING)
def test_being_told_what_one_will_receive_is_not_being_sent_elsewhere(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "ownership") == expected


# "Contatti" as a noun, or a third person whose subject is named, sends the customer nowhere.
NOT_THE_CUSTOMER = [
    ("it", "Nel nostro servizio rientrano anche i contatti con il condominio, se ne occupa la collega.", "pass"),
    ("it", "Di norma il tecnico contatta il fornitore entro due giorni e ordina il pezzo.", "pass"),
    ("it", "Contatti il fornitore e gli chieda il pezzo.", "fail"),
    ("it", "Per il rimborso si rivolga alla banca.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), NOT_THE_CUSTOMER)
def test_contacts_as_a_noun_or_someone_elses_call_is_not_deflection(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "ownership") == expected


# The agent wanting someone of theirs to act ("voglio che la senta il dottor Ferri") sends the customer
# nowhere; the same doctor named for the customer to consult, as their own, still deflects.
ARRANGED = [
    ("it", "Voglio che la senta il dottor Ferri, che l'ha seguita dall'inizio.", "pass"),
    ("it", "Voglio che senta il dottor Ferri, il suo medico di base.", "fail"),
    ("it", "La senta il dottor Ferri, il suo medico di base.", "fail"),
    ("en", "I'd like Dr Ferri to see her, he's followed her from the start.", "pass"),
    ("en", "You'll need to speak to your own GP about her, Dr Ferri.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), ARRANGED)
def test_someone_the_agent_wants_to_act_is_not_where_the_customer_is_sent(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "ownership") == expected


# What the agent or the company cannot do, and in the same turn the customer sent to someone named, not the
# agent's side: deflection, whoever that someone is. Sent back to the agent's side, to nobody named, or offered
# something instead, the customer is not sent away.
CANNOT_THEN_SENT = [
    ("en", "I'm afraid we can't refund tickets for a moved show. You'd need to contact the promoter direct.", "fail"),
    (
        "en",
        "You'd need to contact the promoter, they have a form online. I can't help you with the refund from this end.",
        "fail",
    ),
    ("it", "Noi da qui non possiamo riaprire la pratica. Deve scrivere al liquidatore, che decide lui.", "fail"),
    ("it", "Non abbiamo modo di cambiarlo, dovrebbe contattare il promotore del concerto.", "fail"),
    ("en", "We can't change it today, but you can call us back tomorrow and we'll sort it.", "pass"),
    ("en", "I can't open the photo here, could you email it to me again?", "pass"),
    ("it", "Non possiamo spostarlo oggi, ma ci chiami domani e lo sistemiamo.", "pass"),
    ("it", "Non posso spostare l'appuntamento, però apro io una segnalazione per il tecnico.", "pass"),
    # A frame that names nobody: an opener, or a call left to the customer's convenience.
    ("it", "Non posso spostarlo oggi. Senta signora, le propongo martedì.", "pass"),
    ("it", "Purtroppo non posso fare di più, chiami pure quando vuole.", "pass"),
    ("en", "I can't change it today, but you can ring anytime.", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), CANNOT_THEN_SENT)
def test_what_cannot_be_done_then_the_customer_sent_to_someone_else_is_deflection(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "ownership") == expected


# Not the agent's side's to handle, in other words ("we're not the ones who deal with that", "non è roba
# che gestiamo noi", "ci pensa il Comune", "down to them, not us"), or the customer told to have a word
# with someone: deflection. Taken on by the agent after a contrast, or someone of the agent's side who
# takes care of it, it is not.
NOT_OURS = [
    ("en", "We're not the ones who deal with that, the bank is.", "fail"),
    ("en", "It's not something we look after here, the letting agent does.", "fail"),
    ("en", "We don't have anything to do with the meters, that's the network operator.", "fail"),
    ("en", "The refund decision is down to them, not us.", "fail"),
    ("en", "That's a matter for the Post Office, they'll have to trace it.", "fail"),
    ("en", "You'll want to have a word with your GP about that.", "fail"),
    ("it", "Non è roba che gestiamo noi, ci pensa il Comune.", "fail"),
    ("it", "Noi non abbiamo nulla a che vedere con i contatori.", "fail"),
    ("it", "Non è una cosa di cui ci occupiamo, se ne occupa la banca.", "fail"),
    ("it", "Noi lì non arriviamo, bisogna che sente la posta.", "fail"),
    ("en", "It's not something we look after here, but I'll raise it with the letting agent myself.", "pass"),
    ("en", "It's down to the courier now, and I'll chase them for you today.", "pass"),
    ("it", "Ci pensa il collega dell'amministrazione, la richiama lui.", "pass"),
    ("it", "Non è roba che gestiamo noi, però la pratica al comune la mando io oggi.", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), NOT_OURS)
def test_not_ours_to_handle_in_other_words_is_deflection_unless_the_agent_takes_it_on(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "ownership") == expected


# Asking whether the customer wants someone to act for them ("vuole che la chiami su questo numero?",
# "desidera che l'incaricato la chiami?"): that someone, the agent or a colleague, does the calling.
# Told to call themselves, even with "se vuole", the customer is still sent away.
WISH_ASKED = [
    ("it", "Vuole che la chiami su questo numero?", "pass"),
    ("it", "Desidera che l'incaricato la chiami su questo numero?", "pass"),
    ("it", "Preferisce che la contatti il perito direttamente?", "pass"),
    ("it", "Se vuole, la chiami lei, la banca, su questo numero.", "fail"),
    ("en", "Would you like me to call you on this number?", "pass"),
    ("en", "Do you want Mr Biancheri to ring you on this number?", "pass"),
    ("en", "If you want, you can ring the bank yourself on this number.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), WISH_ASKED)
def test_someone_the_customer_is_asked_to_want_calling_them_is_no_deflection(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "ownership") == expected


# A step the law asks of the customer in person at a public office, with the company's own part taken up after it
# in the sentence ("…, che però deve chiedere in prefettura, e poi noi facciamo l'asseverazione", "…, and then we'll
# do the sworn translation"), keeps the company's part: no deflection. Without the company's part, with it refused,
# or sent to another office or a bank, the customer is still sent away.
THEIR_STEP_THEN_OURS = [
    (
        "it",
        "Serve la traduzione giurata, con l'apostille sull'originale, che però deve chiedere in prefettura, e poi noi "
        "facciamo l'asseverazione.",
        "pass",
    ),
    ("it", "Deve chiedere l'apostille in prefettura, e poi noi facciamo la traduzione.", "pass"),
    (
        "en",
        "You'll need to get the apostille from the registry office yourself, and then we'll do the translation.",
        "pass",
    ),
    ("en", "You have to apply for the apostille at the registry office, then we do the translation.", "pass"),
    ("it", "Deve chiedere l'apostille in prefettura.", "fail"),
    ("it", "Deve chiedere l'apostille in prefettura, e poi noi non possiamo fare altro.", "fail"),
    ("it", "Deve chiamare l'altro ufficio, non è roba nostra.", "fail"),
    ("it", "Deve chiamare la banca, e poi noi le riattiviamo la carta.", "fail"),
    ("en", "You have to apply for the apostille at the registry office.", "fail"),
    ("en", "You'll need to ask the registry office for the apostille, then we can't do anything more.", "fail"),
    ("en", "You'll need to call your bank, and then we'll reactivate the card.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), THEIR_STEP_THEN_OURS)
def test_a_step_the_law_asks_of_the_customer_before_the_companys_part_is_no_deflection(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "ownership") == expected


# Deflection in casual words: beyond what the agent may decide ("that part's above my pay grade", "va oltre le mie
# competenze"), the customer sent on in spoken contractions ("You're gonna want to call the adjuster's office
# directly"), the call left to them ("it's on you to ring them", "tocca a lei chiamarli") or said to have to come
# from them, not the company ("they don't take calls from us, so it's gotta come from you", "da noi non le prendono,
# deve partire da lei"). Taken on after a contrast, handed over by the agent, a step of theirs before the company's
# part, a call back to the company or advice to keep something is none.
CASUAL_DEFLECTION = [
    ("en", "Honestly, that part's above my pay grade.", "fail"),
    ("it", "Guardi, questo va oltre le mie competenze.", "fail"),
    ("it", "Guardi, questo esula dalle mie competenze.", "fail"),
    ("en", "You're gonna want to call the adjuster's office directly.", "fail"),
    ("en", "It's on you to ring them.", "fail"),
    ("it", "Guardi, non è roba mia, deve sentire lei l'ufficio sinistri.", "fail"),
    ("it", "Tocca a lei chiamarli.", "fail"),
    ("en", "They don't take calls from us for that, so, you know, it's gotta come from you.", "fail"),
    ("en", "It has to come from you, not us.", "fail"),
    ("it", "Da noi le chiamate non le prendono, quindi deve partire da lei.", "fail"),
    ("it", "Deve partire da lei, non da noi.", "fail"),
    ("en", "That part's above my pay grade, but I'll get my manager to ring you today.", "pass"),
    ("it", "Va oltre le mie competenze, ma chiedo io al responsabile di richiamarla oggi.", "pass"),
    ("en", "I'm gonna put you through to the adjuster's office now, so you don't have to repeat it.", "pass"),
    ("it", "Non è roba mia, la passo subito al collega dei sinistri, così non deve ripetere niente.", "pass"),
    (
        "en",
        "You're gonna need to get the apostille from the registry office yourself, and then we'll do the translation.",
        "pass",
    ),
    ("en", "You're gonna want to keep the receipt.", "pass"),
    ("it", "Le conviene tenere lo scontrino.", "pass"),
    ("en", "It's up to you to call us back when the parcel comes.", "pass"),
    ("it", "Tocca a lei chiamarci quando arriva il pacco.", "pass"),
    ("en", "It has to come from you, as the policyholder.", "pass"),
    ("it", "La richiesta deve partire da lei, come intestataria.", "pass"),
    ("en", "The payment has to come from you, not us.", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), CASUAL_DEFLECTION)
def test_deflection_in_casual_words_is_deflection(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "ownership") == expected


# Told to write to or ring the other office themselves in casual words ("you'd have to flick them an email
# yourself", "gli mandi lei due righe per mail"): deflection. The agent doing it or offering to, or an email
# the customer will get from them, is none.
WRITE_TO_THEM_YOURSELF = [
    (
        "en",
        "Yeah look, refunds are a head office thing, you'd have to flick them an email yourself, the address is on "
        "the bottom of the website.",
        "fail",
    ),
    ("en", "You'll need to drop head office a line.", "fail"),
    ("it", "I rimborsi li fa la sede, gli mandi lei due righe per mail, l'indirizzo è in fondo al sito.", "fail"),
    ("it", "Per quello gli faccia lei uno squillo.", "fail"),
    ("en", "Refunds are a head office thing, I'll flick them an email for you now.", "pass"),
    ("en", "Would you like me to drop them a line?", "pass"),
    ("en", "Refunds are a head office thing, you'll get an email from head office.", "pass"),
    ("en", "Did you send them an email?", "pass"),
    ("it", "I rimborsi li fa la sede, gli mando io due righe per mail.", "pass"),
    ("it", "Vuole che gli mandi io una mail?", "pass"),
    ("it", "I rimborsi li fa la sede, le arriverà una mail dalla sede.", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), WRITE_TO_THEM_YOURSELF)
def test_told_to_write_to_them_yourself_in_casual_words_is_deflection(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "ownership") == expected


# Not the agent's side's to handle, in casual words: staying out of it ("noi lì non ci mettiamo becco", "we don't get
# involved in that"), little they can do about it ("non posso farci granché", "there's not much I can do about the
# boiler"), someone else's doing "not us". Deflection, unless the agent takes it on after a contrast ("…, non noi, però
# gli giro io la sua domanda adesso"); "non ci mettiamo molto" (it won't take long) and a discount they cannot give are none.
NOT_OURS_IN_CASUAL_WORDS = [
    ("it", "Io le do il suo cellulare, lo chiama lei, perché noi lì non ci mettiamo becco.", "fail"),
    ("it", "Guardi, noi non ci immischiamo.", "fail"),
    ("it", "Eh, io qui sto al centralino, per la caldaia non posso farci granché.", "fail"),
    ("en", "I'll give you his mobile, because we don't get involved in that.", "fail"),
    ("en", "We stay out of that side of things.", "fail"),
    ("en", "I'm only on the switchboard, there's not much I can do about the boiler.", "fail"),
    ("en", "I can't do a lot about the boiler, I'm afraid.", "fail"),
    ("en", "The permit's issued by the anglers' association, not us.", "fail"),
    (
        "it",
        "Il permesso lo rilascia il consorzio, non noi, però non si preoccupi: gli giro io la sua domanda adesso.",
        "pass",
    ),
    ("it", "Il permesso lo rilascia il consorzio, non noi.", "fail"),
    ("it", "Noi lì non ci mettiamo becco, però il tecnico lo chiamo io oggi.", "pass"),
    ("it", "Per la caldaia non posso farci granché, ma sollecito io il tecnico oggi.", "pass"),
    ("it", "Non ci mettiamo molto.", "pass"),
    ("it", "Non posso farle molto sconto.", "pass"),
    (
        "en",
        "The permit's issued by the anglers' association, not us, but don't worry: I'll pass your request on to them now.",
        "pass",
    ),
    ("en", "We don't get involved in that, but I'll ring him for you today.", "pass"),
    ("en", "There's not much I can do until Monday, but I'll ring you first thing.", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), NOT_OURS_IN_CASUAL_WORDS)
def test_not_ours_in_casual_words_is_deflection_unless_taken_on(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "ownership") == expected


# Told to send the other office an email themselves ("deve mandare lei una mail all'ufficio tecnico", "you'll have to
# send an email to the university's technical office"): deflection. An email to the agent's side, or one the agent
# sends, is none.
EMAIL_THE_OTHER_OFFICE = [
    ("it", "Deve mandare lei una mail all'ufficio tecnico dell'università, l'indirizzo è sul sito.", "fail"),
    ("en", "You'll have to send an email to the university's technical office, the address is on the website.", "fail"),
    ("it", "Ci deve mandare una mail al nostro ufficio tecnico.", "pass"),
    ("it", "Mi deve mandare una mail all'indirizzo che le detto.", "pass"),
    ("it", "Mando io una mail all'ufficio tecnico.", "pass"),
    ("en", "You'll need to send an email to our technical office.", "pass"),
    ("en", "I'll send an email to the technical office for you.", "pass"),
    ("en", "You'll get an email from the technical office.", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), EMAIL_THE_OTHER_OFFICE)
def test_told_to_email_the_other_office_is_deflection(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "ownership") == expected
