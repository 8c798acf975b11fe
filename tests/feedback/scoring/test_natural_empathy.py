"""Empathy in the agent's own words: an acknowledgement of the customer's situation with no stock phrase.

An evaluative word of hardship about what the customer went through, a "who
wouldn't…" generalisation, or a remark that they were treated badly counts
(../shared/specs/default-rubrics.md, "Empathy — acknowledgement"). Bare
"ok, certo, right" and evaluations of things that are not the customer's
situation (the weather, the agent's own screen) do not.
"""

import pytest

from tests.feedback.scoring.builders import call, result

COMPLAINT = {
    "en": "C: The heating's been off since Friday and nobody has come round.",
    "it": "C: Il riscaldamento è spento da venerdì e non è passato nessuno.",
}

ACKNOWLEDGED = [
    ("en", "Four days in the cold with small kids, anybody would be fed up by now. Let me look at the booking."),
    ("en", "Having to chase us three times for a simple visit is a real hassle, and I'll get it moving."),
    ("en", "That's no way to be treated after paying for a service plan. Let me see what went wrong."),
    ("en", "Honestly, being left without heat over a weekend sounds miserable. Let me pull up the job."),
    ("en", "You've had a rotten few days with this. I'll check the engineer's diary."),
    ("en", "Nobody should have to sit in a cold house waiting for a call back. Let me find out why."),
    ("en", "I can only imagine the weekend you've had. Let me look."),
    ("en", "Right, that's a proper nightmare for you. Let me look at it."),
    ("it", "Quattro giorni al freddo con i bambini, chiunque avrebbe perso la pazienza. Vediamo la pratica."),
    ("it", "Dover richiamare tre volte per lo stesso guasto è davvero una bella seccatura, adesso controllo."),
    ("it", "Restare senza riscaldamento per un fine settimana è pesantissimo, guardo subito."),
    ("it", "Eh, è proprio una scocciatura, mi lasci controllare l'intervento."),
    ("it", "Non è il modo di trattare un cliente che paga un contratto di assistenza. Vediamo cosa è successo."),
    ("it", "Lei ha tutte le ragioni di essere stufo, adesso ci guardo."),
    ("it", "Nessuno dovrebbe restare al freddo ad aspettare una telefonata. Vediamo perché."),
    ("it", "Immagino che weekend avrà passato, guardo subito."),
    ("it", "Sarà esasperata, e lo capisco. Controllo l'intervento."),
]


@pytest.mark.parametrize(("language", "reply"), ACKNOWLEDGED)
def test_an_acknowledgement_of_the_customers_situation_in_own_words_is_empathy(language, reply):
    assert result(call(language, COMPLAINT[language], f"A: {reply}"), "empathy") == "pass"


NOT_ACKNOWLEDGED = [
    ("en", "Ok, right. What's the postcode?"),
    ("en", "Sure. The traffic was awful getting in this morning, so bear with me while the system loads."),
    ("en", "Right, my screen is being a nightmare today. What's the account number?"),
    ("en", "Anyone can book a visit online, you know, it's on the website."),
    ("en", "The new app is much less annoying than the old one. What's the postcode?"),
    ("it", "Ok, certo. Mi dà il codice cliente?"),
    ("it", "Va bene. Il traffico stamattina era terribile, quindi il sistema è lento, abbia pazienza."),
    ("it", "Allora, il mio computer oggi è una tragedia. Mi dà il codice cliente?"),
    ("it", "Chiunque può prenotare un intervento dal sito, è semplice."),
    ("it", "La nuova app è molto meno fastidiosa della vecchia. Mi dà il codice cliente?"),
]


@pytest.mark.parametrize(("language", "reply"), NOT_ACKNOWLEDGED)
def test_bare_assent_or_evaluating_other_things_is_not_empathy(language, reply):
    assert result(call(language, COMPLAINT[language], f"A: {reply}"), "empathy") == "fail"


TOLD = {
    "en": "C: I've just done a double shift at the hospital, I can't bring the cat in at nine.",
    "it": "C: Ho appena fatto un turno doppio in ospedale, alle nove non riesco a portare il gatto.",
}

ECHOED = [
    ("en", "Double shifts are, er, exhausting, so let's find you a later slot."),
    ("en", "Coming off a double shift and then dashing to the vet would be a real slog. What time suits?"),
    ("en", "Being stuck at the hospital all night and then the vet at nine is nobody's idea of fun."),
    ("en", "After a night at the hospital that's the last thing you need. What time suits?"),
    ("it", "Un turno doppio in ospedale è sfiancante, cerchiamo un orario più comodo."),
    ("it", "Dopo un turno doppio, correre dal veterinario alle nove: una giornata proprio storta. Vediamo."),
    ("it", "Dopo una notte in ospedale è proprio l'ultima cosa che ci voleva. Vediamo un altro orario."),
]


@pytest.mark.parametrize(("language", "reply"), ECHOED)
def test_calling_hard_what_the_customer_just_told_is_empathy(language, reply):
    assert result(call(language, TOLD[language], f"A: {reply}"), "empathy") == "pass"


NOT_ECHOED = [
    ("en", "Our booking system is exhausting today. What time suits you?"),
    ("en", "Are double shifts exhausting? What time suits you?"),
    ("en", "A double shift is not exhausting if you're used to it. What time suits you?"),
    ("it", "Il nostro gestionale oggi è sfiancante. Che orario preferisce?"),
    ("it", "Un turno doppio è sfiancante? Che orario preferisce?"),
    ("it", "Un turno doppio non è sfiancante, ci si abitua. Che orario preferisce?"),
]


@pytest.mark.parametrize(("language", "reply"), NOT_ECHOED)
def test_the_same_judgement_of_something_else_asked_or_denied_is_not_empathy(language, reply):
    assert result(call(language, TOLD[language], f"A: {reply}"), "empathy") == "fail"


OWNED_OR_SAID_OTHERWISE = [
    ("en", "The sensor got knocked during our repair, so that's on us and there's no charge."),
    ("en", "Our mistake, the order was never confirmed with the supplier."),
    ("en", "Flights pulled hours before a wedding, then rebooking alone: that's a lot to deal with."),
    ("en", "A bill like that landing on the mat would keep anyone awake, so let's look at it."),
    ("it", "È colpa nostra, il pezzo è partito sbagliato dal magazzino."),
    ("it", "Abbiamo sbagliato noi a non avvisarla del ritardo."),
    ("it", "Con la caldaia in blocco tutte le mattine, non è una situazione da lasciar correre."),
    ("it", "Dopo un turno di notte, presentarsi alle nove per un esame è davvero chiedere troppo."),
]


@pytest.mark.parametrize(("language", "reply"), OWNED_OR_SAID_OTHERWISE)
def test_owning_the_fault_or_a_set_phrase_of_hardship_is_empathy(language, reply):
    told = {
        "en": "C: The heating's been off since Friday and I had a night shift before the exam at nine.",
        "it": "C: Il riscaldamento è spento da venerdì e ho fatto il turno di notte prima dell'esame alle nove.",
    }
    assert result(call(language, told[language], f"A: {reply}"), "empathy") == "pass"


NOT_OWNED = [
    ("en", "The sensor got knocked when you dropped it, so that's on you, I'm afraid."),
    ("en", "It's not our mistake, the order was confirmed with the supplier."),
    ("it", "Non è colpa nostra, il pezzo è partito giusto dal magazzino."),
    ("it", "Non abbiamo sbagliato noi, la consegna era fissata per oggi."),
]


@pytest.mark.parametrize(("language", "reply"), NOT_OWNED)
def test_fault_denied_or_put_on_the_customer_is_not_empathy(language, reply):
    assert result(call(language, COMPLAINT[language], f"A: {reply}"), "empathy") == "fail"


# The customer's situation acknowledged in the agent's own words: what it means to them, where it leaves
# them, what anyone would feel, a worry called fair (customer's line, agent's reply).
IN_OWN_WORDS = [
    (
        "en",
        "The boiler's been off for a week and I've got a newborn.",
        "A week with no heating and a newborn in the house, that's a lot to carry.",
    ),
    (
        "en",
        "I've been trying to get this sorted for a month.",
        "A month of chasing us is far too long, and I'm going to fix it now.",
    ),
    (
        "en",
        "I missed my daughter's recital waiting for the engineer.",
        "Missing your daughter's recital because of us, that's not something I can undo.",
    ),
    (
        "en",
        "I had to take a day off work for nothing.",
        "Losing a day's pay for a visit that never happened, I'd be fuming too.",
    ),
    ("en", "I've called four times.", "Four calls and still no answer, you shouldn't have had to chase us like that."),
    (
        "en",
        "I need the car for the hospital run.",
        "I know how much you rely on the car, especially with the hospital appointments.",
    ),
    ("en", "It's my mum's pension.", "I know how important this money is for your mum."),
    (
        "en",
        "I've got no internet and I work from home.",
        "Working from home with no connection, that really puts you in a bind.",
    ),
    ("en", "I've been waiting in since eight.", "You've given up your whole day for this, and that's not fair on you."),
    ("en", "My flight was cancelled and I'm stuck.", "Being stranded at an airport is the worst, I'm on it."),
    (
        "en",
        "My dad's in hospital and the bill is in his name.",
        "That's a lot to be dealing with on top of your dad being in hospital.",
    ),
    ("en", "I'm so tired of this.", "You sound worn out, and I don't blame you one bit."),
    ("en", "I'm worried I'll be charged twice.", "That's a completely fair worry to have."),
    (
        "it",
        "Sono senza acqua calda da una settimana con due bambini.",
        "Una settimana senza acqua calda con due bambini piccoli, non dev'essere facile.",
    ),
    ("it", "Ho chiamato quattro volte.", "Quattro telefonate e nessuna risposta, anch'io sarei furioso."),
    (
        "it",
        "Ho perso una giornata di lavoro per il tecnico.",
        "Perdere una giornata di lavoro per niente è una cosa che fa arrabbiare chiunque.",
    ),
    ("it", "È la pensione di mia madre.", "So quanto sono importanti questi soldi per sua madre."),
    (
        "it",
        "Lavoro da casa e non ho internet.",
        "Lavorando da casa, restare senza connessione la mette davvero in difficoltà.",
    ),
    ("it", "Ho aspettato a casa tutto il giorno.", "Ha perso tutta la giornata ad aspettarci, e non è giusto."),
    ("it", "Mio padre è in ospedale.", "Con suo padre in ospedale ha già abbastanza pensieri, a questo ci penso io."),
    ("it", "Sono stufa.", "La sento proprio esausta, e ha tutto il diritto di esserlo."),
    ("it", "Il volo è stato cancellato.", "Restare bloccati in aeroporto è la cosa peggiore, me ne occupo subito."),
    ("it", "Sono stanco di chiamare.", "Anch'io mi sarei arrabbiato al posto suo."),
    ("it", "Non ho il riscaldamento.", "Senza riscaldamento con questo freddo, la situazione è davvero pesante."),
    (
        "it",
        "È il terzo guasto in un mese.",
        "Tre guasti in un mese sono davvero troppi, ha perfettamente ragione a lamentarsi.",
    ),
    ("it", "Ho chiamato tre volte.", "Non avrebbe dovuto chiamare tre volte per questo."),
    ("it", "Ho paura che mi addebitino due volte.", "È una preoccupazione più che legittima."),
]


@pytest.mark.parametrize(("language", "told", "reply"), IN_OWN_WORDS)
def test_the_customers_situation_acknowledged_in_the_agents_own_words_is_empathy(language, told, reply):
    assert result(call(language, f"C: {told}", f"A: {reply}"), "empathy") == "pass"


# A stock or partial phrase that is not the agent's empathy: "sorry?" asking to repeat, an apology made by
# someone else or named as a thing, a judgement inside a question or of the agent's own side, a
# comprehension check, an exclamation that blames the customer.
NOT_THE_AGENTS_EMPATHY = [
    ("it", "Il pacco non è mai arrivato.", "Che fastidio le dà, scusi, un giorno di ritardo?"),
    ("en", "The parcel never came.", "Did you get the email where we apologise for the delay?"),
    ("it", "Il pacco non è mai arrivato.", "Ha ricevuto la mail in cui ci scusiamo per il ritardo?"),
    ("en", "The parcel never came.", "What a mess you've made of the address."),
    ("en", "The parcel never came.", "I'm sorry? What did you say the order was?"),
    ("en", "The parcel never came.", "Sorry? Which order?"),
    ("en", "The parcel never came.", "The automatic email apologises for the delay, that's all I can tell you."),
    ("en", "The parcel never came.", 'It says "we apologise for any inconvenience" on the tracking page.'),
    ("en", "The parcel never came.", "So I understand you want a refund, is that right?"),
    ("en", "The parcel never came.", "Do you understand that the courier needs a signature?"),
    ("en", "The parcel never came.", "Is that really so frustrating?"),
    ("en", "The parcel never came.", "How is that my problem, sorry?"),
    ("en", "The parcel never came.", "Why is it so hard to wait another day?"),
    ("en", "The parcel never came.", "It's annoying for us too when people give the wrong address."),
    ("en", "The parcel never came.", "My colleague already apologised to you last week."),
    ("en", "The parcel never came.", "You got an apology email, didn't you?"),
    ("en", "The parcel never came.", "Can you imagine how many calls we get about this?"),
    ("en", "The parcel never came.", "Sorry? Which parcel?"),
    ("en", "The parcel never came.", "Did you get our apology email?"),
    ("it", "Il pacco non è mai arrivato.", "Che pasticcio ha combinato con l'indirizzo!"),
    ("it", "Il pacco non è mai arrivato.", "Scusi? Quale ordine?"),
    ("it", "Il pacco non è mai arrivato.", "Come scusi? Che ordine?"),
    (
        "it",
        "Il pacco non è mai arrivato.",
        'Nella mail automatica c\'è scritto "ci scusiamo per il disagio", più di così non posso.',
    ),
    ("it", "Il pacco non è mai arrivato.", "La mail automatica si scusa per il ritardo, è tutto quello che c'è."),
    ("it", "Il pacco non è mai arrivato.", "Il collega le ha già chiesto scusa la settimana scorsa."),
    ("it", "Il pacco non è mai arrivato.", "La lettera le porge le scuse dell'azienda, più di così."),
    ("it", "Il pacco non è mai arrivato.", "Quindi capisco bene che lei vuole il rimborso?"),
    ("it", "Il pacco non è mai arrivato.", "Che fastidio le dà aspettare un giorno?"),
    ("it", "Il pacco non è mai arrivato.", "Capisce che il corriere non può entrare?"),
    ("it", "Il pacco non è mai arrivato.", "È fastidioso anche per noi quando i clienti sbagliano indirizzo."),
    ("it", "Il pacco non è mai arrivato.", "Si rende conto di quante chiamate riceviamo?"),
    ("it", "Il pacco non è mai arrivato.", "Lei ha diritto a un rimborso, se lo chiede."),
    ("it", "Il pacco non è mai arrivato.", "Il corriere si scusa ma non può fare altro."),
]


@pytest.mark.parametrize(("language", "told", "reply"), NOT_THE_AGENTS_EMPATHY)
def test_a_stock_phrase_asked_reported_or_turned_on_the_customer_is_not_empathy(language, told, reply):
    assert result(call(language, f"C: {told}", f"A: {reply}"), "empathy") == "fail"


# The near-misses the other way: an apology or acknowledgement before a question, an apology as a noun.
BEFORE_A_QUESTION_OR_AS_A_NOUN = [
    ("en", "The parcel never came.", "What a nightmare, when was it due?"),
    ("it", "Il pacco non è mai arrivato.", "Che disagio, da quando lo aspetta?"),
    ("en", "The parcel never came.", "I'm so sorry about that, can I take the order number?"),
    ("it", "Il pacco non è mai arrivato.", "Le chiedo scusa, mi dà il numero d'ordine?"),
    ("en", "The parcel never came.", "Sorry to hear that, when did it start?"),
    ("en", "The parcel never came.", "That must have been frustrating, right?"),
    ("en", "The parcel never came.", "I understand, can I take your order number?"),
    ("en", "The parcel never came.", "Oh no, when was it due?"),
    ("en", "The parcel never came.", "My apologies for that. Which address was it going to?"),
    ("en", "The parcel never came.", "Apologies, that should never happen."),
    ("en", "The parcel never came.", "I do apologise for the trouble."),
    ("en", "The parcel never came.", "We'd like to apologise for the delay."),
    ("en", "The parcel never came.", "You deserve an apology for this."),
    ("en", "The parcel never came.", "It's really annoying for you, I know."),
    ("en", "The parcel never came.", "That's a fair question, let me check."),
    ("it", "Il pacco non è mai arrivato.", "Capisco, e quando doveva arrivare?"),
    ("it", "Il pacco non è mai arrivato.", "Mi dispiace per il disagio, mi dà il numero d'ordine?"),
    ("it", "Il pacco non è mai arrivato.", "Che brutta sorpresa, da quando lo aspetta?"),
    ("it", "Il pacco non è mai arrivato.", "Dev'essere stato un bel fastidio, vero?"),
    ("it", "Il pacco non è mai arrivato.", "Le chiedo scusa a nome dell'azienda."),
    ("it", "Il pacco non è mai arrivato.", "Scusi per il ritardo nel risponderle."),
    ("it", "Il pacco non è mai arrivato.", "Accetti le nostre scuse."),
    ("it", "Il pacco non è mai arrivato.", "Le porgo le mie scuse."),
    ("it", "Il pacco non è mai arrivato.", "Scusa per l'attesa, ora guardo."),
]


@pytest.mark.parametrize(("language", "told", "reply"), BEFORE_A_QUESTION_OR_AS_A_NOUN)
def test_empathy_said_before_a_question_or_an_apology_made_as_a_noun_still_counts(language, told, reply):
    assert result(call(language, f"C: {told}", f"A: {reply}"), "empathy") == "pass"


# What the customer would have had to go through, judged a waste in the agent's own words; the same
# judgement of something neutral or of the agent's own side is not empathy.
WOULD_HAVE_BEEN = [
    (
        "it",
        "Avrei dovuto girare tutti i negozi.",
        "Farsi il giro dei negozi dopo il lavoro sarebbe stato proprio tempo buttato.",
        "pass",
    ),
    (
        "it",
        "Mi hanno detto di andare in sede.",
        "Andare fino in sede per una firma sarebbe stata una perdita di tempo.",
        "pass",
    ),
    ("it", "Dovevo rifare la coda.", "Rifare la coda sarebbe stata una fatica inutile.", "pass"),
    ("it", "Dovevo andare in sede.", "Sarebbe stato un viaggio a vuoto.", "pass"),
    (
        "en",
        "They said I'd need to go to the branch.",
        "Having to queue for that would have been a complete waste of your afternoon.",
        "pass",
    ),
    ("en", "I'd have had to drive over.", "Driving all the way over there would have been a wasted trip.", "pass"),
    ("en", "I'd have had to drive over.", "That would have been a real waste of your time.", "pass"),
    ("it", "Avrei dovuto girare tutti i negozi.", "Sarebbe stato più semplice per noi.", "fail"),
    ("it", "Avrei dovuto girare tutti i negozi.", "Farlo online sarebbe stato più veloce.", "fail"),
    ("it", "Avrei dovuto girare tutti i negozi.", "Sarebbe stato tempo perso per noi.", "fail"),
    ("en", "I'd have had to drive over.", "It would have been easier for us.", "fail"),
    ("en", "I'd have had to drive over.", "Doing it online would have been quicker.", "fail"),
    ("en", "I'd have had to drive over.", "That would have been a waste of our time.", "fail"),
]


@pytest.mark.parametrize(("language", "told", "reply", "expected"), WOULD_HAVE_BEEN)
def test_what_the_customer_would_have_wasted_judged_in_the_conditional_is_empathy(language, told, reply, expected):
    assert result(call(language, f"C: {told}", f"A: {reply}"), "empathy") == expected


# The agent's own vivid acknowledgement: a situation that would rattle anyone, one that wears the
# customer down, "the last thing on your mind", a colloquial "bless him" or "poverino".
VIVID = [
    ("en", "Two hours on the hard shoulder, that would rattle anybody. Let me look."),
    ("en", "That would put anyone on edge. Let me check the booking."),
    ("en", "Honestly, that's wearing, week after week. Let me check."),
    ("en", "Paperwork must be the last thing on your mind right now. I'll look at it."),
    ("en", "Oh, bless him. Let me see what I can do."),
    ("en", "Oh bless your heart. Let me check the booking."),
    ("en", "Oh no, poor thing. Let me look into it."),
    ("it", "Un'ora al telefono, farebbe perdere la pazienza a chiunque. Vediamo."),
    ("it", "Questo metterebbe in agitazione chiunque. Controllo la pratica."),
    ("it", "È una situazione che logora, lo capisco. Guardo subito."),
    ("it", "È una situazione che pesa, guardo subito la pratica."),
    ("it", "Con un bambino malato la bolletta dev'essere l'ultimo dei suoi pensieri. Guardo io."),
    ("it", "Oh, poverino. Vediamo cosa si può fare."),
    ("en", "That'd test the patience of a saint. Let me check."),
    ("en", "Honestly, that would shake anybody up. Let me look."),
    ("it", "Farebbe perdere la pazienza a un santo. Guardo subito."),
    ("it", "Una cosa così farebbe saltare i nervi a chiunque. Vediamo."),
    ("it", "Per me è inaccettabile che l'abbiano lasciata al freddo. Guardo subito."),
]


@pytest.mark.parametrize(("language", "reply"), VIVID)
def test_a_vivid_acknowledgement_in_the_agents_own_words_is_empathy(language, reply):
    assert result(call(language, COMPLAINT[language], f"A: {reply}"), "empathy") == "pass"


# The same words said of the company's own side, of a thing, or asked of the customer.
VIVID_ELSEWHERE = [
    ("en", "Yeah, the system being down is a right pain for us an' all. What's the reference?"),
    ("en", "It's a nuisance for us as well, to be honest. What's the reference?"),
    ("en", "Would the delay rattle anybody in your household? What is the reference?"),
    ("en", "It wears the cable down over time, so we replace it. What's the reference?"),
    ("en", "Bless you. What's the reference?"),
    ("it", "Guardi, anche per noi è una bella seccatura quando il sistema si blocca. Mi dà il codice?"),
    ("it", "È una seccatura anche per noi. Mi dà il codice?"),
    ("it", "Anche per noi è una situazione che pesa, il sistema è lento. Mi dà il codice?"),
    ("it", "La storia che pesa di più sulla bolletta è il riscaldamento. Mi dà il codice?"),
    ("it", "Il tecnico dice che è l'ultimo dei problemi. Mi dà il codice?"),
    ("it", "Le sembra che farebbe perdere la pazienza a chiunque? Mi dà il codice?"),
]


@pytest.mark.parametrize(("language", "reply"), VIVID_ELSEWHERE)
def test_the_same_words_about_the_agents_side_or_asked_are_not_empathy(language, reply):
    assert result(call(language, COMPLAINT[language], f"A: {reply}"), "empathy") == "fail"


# A short judgement of what the customer just told ("that's rough", "è dura"); the same adjective
# said of something to do ("hard to say", "dura da dire") is not one.
SHORT_JUDGEMENT = [
    ("en", "Oh, that's really rough.", "pass"),
    ("en", "Two hours on the motorway for nothing, that's tough.", "pass"),
    ("it", "Eh, è dura, davvero.", "pass"),
    ("it", "Tre settimane così, sarà dura eccome.", "pass"),
    ("en", "That's hard to say without seeing it.", "fail"),
    ("en", "It's tough to get a slot on Fridays.", "fail"),
    ("it", "È dura da dire senza vederlo.", "fail"),
    ("it", "La plastica è dura, non si rompe.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), SHORT_JUDGEMENT)
def test_a_short_judgement_of_the_customers_situation_is_empathy(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "empathy") == expected


# A judgement of saying or doing something is not one of the customer's situation; "should" is a
# reproach, not "anyone would feel the same".
OF_A_DOING = [
    ("en", "They're swamped this month, so it's hard to say.", "fail"),
    ("en", "Spilling tea on it is the worst thing you can do.", "fail"),
    ("it", "Con questi ritardi è dura da prevedere.", "fail"),
    ("it", "Le istruzioni le dovrebbero leggere tutti, eh.", "fail"),
    ("en", "Losing all the photos is the worst, I know.", "pass"),
    ("en", "Three weeks without the car must be hard to live with.", "pass"),
    ("it", "Una cosa così metterebbe in crisi tutti.", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), OF_A_DOING)
def test_a_judgement_of_saying_or_doing_something_is_not_empathy(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "empathy") == expected


# What the customer has just told, said back in the agent's words and acknowledged as known after it
# ("…, I know", "…, lo so"): empathy. The "I know" before the echo, or the knowing denied, only
# states a fact.
KNOWN = [
    ("en", "Since Friday with the heating off and nobody coming round, I know.", "pass"),
    ("en", "Off since Friday with nobody round to look at it, we know.", "pass"),
    ("it", "Riscaldamento spento da venerdì e nessuno che è passato, lo so.", "pass"),
    ("it", "Il riscaldamento spento da venerdì, lo so che è un pensiero.", "pass"),
    ("en", "I know, heating visits are booked on the website.", "fail"),
    ("en", "That the heating's been off since Friday, I didn't know.", "fail"),
    ("it", "Lo so, il riscaldamento si prenota dal sito.", "fail"),
    ("it", "Che il riscaldamento fosse spento da venerdì non lo sapevo.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), KNOWN)
def test_the_customers_situation_said_back_and_acknowledged_as_known_is_empathy(language, reply, expected):
    assert result(call(language, COMPLAINT[language], f"A: {reply}"), "empathy") == expected


# A compound or derivation of the customer's word said back ("tooth" / "toothache", "frigo" /
# "frigorifero") echoes it; a word that only begins with a short one ("auto" / "autostrada") does not.
COMPOUND_ECHO = [
    (
        "en",
        "C: My tooth has been killing me since Friday.",
        "A: Toothache is the worst, it keeps you up at night.",
        "pass",
    ),
    (
        "it",
        "C: Il frigo non raffredda da venerdì.",
        "A: Un frigorifero che si ferma d'estate è una bella seccatura.",
        "pass",
    ),
    ("en", "C: My car won't start this morning.", "A: The carpark traffic here is the worst today.", "fail"),
    ("it", "C: L'auto non parte da stamattina.", "A: L'autostrada oggi è una bella seccatura.", "fail"),
]


@pytest.mark.parametrize(("language", "told", "reply", "expected"), COMPOUND_ECHO)
def test_a_compound_of_the_customers_word_said_back_is_an_echo(language, told, reply, expected):
    assert result(call(language, told, reply), "empathy") == expected


OFF_FOR_WEEKS = {
    "en": "C: My broadband has been down for three weeks and I work from home.",
    "it": "C: Internet non va da tre settimane e io lavoro da casa.",
}

# Hardship said by denying its opposite ("that's no joke", "non è una cosa da niente"), a span of time
# judged long ("three weeks is a long time", "tre settimane sono tante"), worn out in a figure of speech
# ("at your wits' end", "ai limiti della pazienza"). The same words about something else, asked, or an
# idiom of time ("a long time since", "ci sono tante richieste") are not.
UNDERSTATED = [
    ("en", "Working from home with no internet, that's no joke. Let me look.", "pass"),
    ("en", "Three weeks is a long time to be without it. Let me look.", "pass"),
    ("en", "You must be at your wits' end. Let me look.", "pass"),
    ("it", "Lavorando da casa, tre settimane senza internet non sono uno scherzo. Vediamo.", "pass"),
    ("it", "Tre settimane senza internet, non è una cosa da niente. Vediamo.", "pass"),
    ("it", "Eh, tre settimane sono tante, lavorando da casa poi. Vediamo.", "pass"),
    ("it", "Sarà ai limiti della pazienza. Vediamo.", "pass"),
    ("en", "It's a long time since we had a fault like that at home. Let me look.", "fail"),
    ("en", "The form for working from home is no joke to fill in? Let me look.", "fail"),
    ("it", "Ci sono tante richieste in zona, tre settimane di attesa. Vediamo.", "fail"),
    ("it", "Il modulo per il lavoro da casa è una cosa da niente? Lo compila online.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), UNDERSTATED)
def test_hardship_understated_or_in_a_figure_of_speech_is_empathy(language, reply, expected):
    assert result(call(language, OFF_FOR_WEEKS[language], f"A: {reply}"), "empathy") == expected


LOST_DAY = {
    "en": "C: The parcel never came and I took a day off work to wait for it.",
    "it": "C: Il pacco non è mai arrivato e mi ero preso un giorno di ferie per aspettarlo.",
}

# The agent's side owning that it failed the customer ("we've let you down", "l'abbiamo delusa"), "non
# sarebbe mai dovuto succedere" as "that should never have happened", "che spreco" as "what a waste".
# Denied or promised for next time, or said of something else, it is not empathy.
LET_DOWN = [
    ("en", "We've let you down there.", "pass"),
    ("it", "L'abbiamo delusa, su questo.", "pass"),
    ("it", "Non sarebbe mai dovuto succedere.", "pass"),
    ("it", "Uffa, che spreco del suo giorno libero.", "pass"),
    ("en", "We won't let you down this time, the parcel is at the depot.", "fail"),
    ("it", "Non l'abbiamo delusa, il pacco è in deposito.", "fail"),
    ("it", "Lo spreco di carta lo evitiamo con la mail.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), LET_DOWN)
def test_owning_that_the_customer_was_let_down_is_empathy(language, reply, expected):
    assert result(call(language, LOST_DAY[language], f"A: {reply}"), "empathy") == expected


WRONG_PRINTS = {
    "en": "C: Half the school photos are of some other child, and it was her first school photo.",
    "it": "C: Metà delle foto di classe sono di un altro bambino, ed era la sua prima foto di classe.",
}

# A shame or a pity said of what was told, as a clause of its own ("that's a real shame, with it being her
# first", "peccato, proprio la sua prima foto"). One that opens a clause of blame or of the agent's side
# ("it's a shame you didn't…", "peccato che non abbia letto…") is no empathy.
A_SHAME = [
    ("en", "Oh, that's a real shame, with it being her first school photo and all.", "pass"),
    ("en", "Oh, shame, with it being her first photo.", "pass"),
    ("it", "Peccato, proprio la sua prima foto di classe.", "pass"),
    ("it", "Eh, un vero peccato, con la prima foto di classe.", "pass"),
    ("en", "It's a shame you didn't check the photos at the school.", "fail"),
    ("en", "It's a real shame we can't reprint them this week.", "fail"),
    ("it", "Peccato che non abbia controllato le foto a scuola.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), A_SHAME)
def test_a_shame_said_of_what_was_told_is_empathy(language, reply, expected):
    assert result(call(language, WRONG_PRINTS[language], f"A: {reply}"), "empathy") == expected


SEAT_TAKEN = {
    "en": "C: I've had the front-row seat for twenty years and now they say I must book online.",
    "it": "C: Ho la poltrona in prima fila da vent'anni e adesso mi dicono che devo prenotare sul sito.",
}

# A remark that talks down or blames undoes an acknowledgement in its own clause only: "Ha ragione, …, lo sanno
# tutti" backs the customer with the last clause and still acknowledges them with the first. In one clause
# ("What a mess you've made of the address") it is no empathy, nor is denying the company's fault ("that's not
# really on us"), while "that's not on" judges what was told.
UNDONE_IN_ITS_CLAUSE = [
    ("it", "Ha ragione, signore, quella prima fila è sua da vent'anni, lo sanno tutti.", "pass"),
    ("en", "You're right, as I said before, that front row has been yours for twenty years.", "pass"),
    ("en", "That's not on, you should have had a letter first.", "pass"),
    ("en", "Well, that's not really on us, the booking moved online for everyone.", "fail"),
    ("en", "What a mess you've made of the booking.", "fail"),
    ("it", "Che pasticcio ha combinato con la prenotazione!", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), UNDONE_IN_ITS_CLAUSE)
def test_talking_down_undoes_an_acknowledgement_in_its_own_clause_only(language, reply, expected):
    assert result(call(language, SEAT_TAKEN[language], f"A: {reply}"), "empathy") == expected


TOO_SMALL = {
    "en": "C: My brother's jacket is two sizes too small and the wedding is on Saturday.",
    "it": "C: La giacca di mio fratello è di due taglie più piccola e il matrimonio è sabato.",
}

# Pity for someone of the customer's story, as a clause of its own ("Oh, the poor man, and it's you with the
# worry", "Eh, povero ragazzo, …"); "poor" of a thing, in a possessive, or in a clause that goes on to say what
# the pitied one did ("The poor man waited an hour, because you weren't in") is none.
PITY = [
    ("en", "Oh, the poor man, and it's you with the worry two days before your wedding.", "pass"),
    ("en", "Poor wee lad! We'll sort him a bigger one.", "pass"),
    ("it", "Eh, povero ragazzo, e lei con il pensiero a due giorni dal matrimonio.", "pass"),
    ("it", "Povera stella! Gliene mandiamo una più grande.", "pass"),
    ("en", "The poor man's version is cheaper.", "fail"),
    ("en", "The poor man waited an hour, because you weren't in.", "fail"),
    ("en", "The poor fit is down to the measurements.", "fail"),
    ("it", "Il povero ragazzo del corriere ha aspettato un'ora.", "fail"),
    ("it", "È un tessuto povero, quello della giacca.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), PITY)
def test_pity_for_someone_of_the_customers_story_is_empathy(language, reply, expected):
    assert result(call(language, TOO_SMALL[language], f"A: {reply}"), "empathy") == expected


NIGHT_AWAY = {
    "en": "C: He's a bit of a scaredy-cat, he wakes up at night, can he skip the night in the tent?",
    "it": "C: È un po' fifone, la notte si sveglia, può saltare la notte in tenda?",
}

# The worry made normal, as shared by many or usual at the age ("the first night away scares a lot of kids",
# "plenty of parents get nervous", "è normalissimo a otto anni", "fa paura a tanti"); what many get wrong, what
# scares animals, or a process that is normal ("it's normal for the refund to take a week") acknowledges nothing.
MADE_NORMAL = [
    ("en", "Honestly, it's perfectly normal at his age, the first night away scares a lot of kids.", "pass"),
    ("en", "Plenty of parents get nervous about it.", "pass"),
    ("it", "Eh, guardi, è normalissimo a otto anni, la prima notte fuori fa paura a tanti.", "pass"),
    ("it", "È normalissimo alla sua età.", "pass"),
    ("it", "Tanti genitori si preoccupano, glielo assicuro.", "pass"),
    ("en", "A lot of parents get the date wrong.", "fail"),
    ("en", "The fireworks scare a lot of dogs.", "fail"),
    ("en", "It's normal for the refund to take a week.", "fail"),
    ("it", "Tanti genitori sbagliano la data.", "fail"),
    ("it", "Il temporale fa paura ai cani.", "fail"),
    ("it", "È normale che il rimborso ci metta una settimana.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), MADE_NORMAL)
def test_the_worry_made_normal_as_shared_by_many_is_empathy(language, reply, expected):
    assert result(call(language, NIGHT_AWAY[language], f"A: {reply}"), "empathy") == expected


WEDDING_FERRY = {
    "en": "C: It's my grandson's wedding tomorrow at eleven, I'm the best man, and the ferry's cancelled for the wind.",
    "it": "C: Domani alle undici ho il matrimonio di mio nipote, sono il testimone, e la corsa è soppressa per il mare.",
}

# Dismay exclaimed as a clause of its own, with what the customer has just told said again ("Eh, mamma mia, il
# testimone, …", "Oh my goodness, the best man, …"), reacts to their plight; said of the agent's own day, echoing
# nothing, or with a reproach, it is no empathy.
DISMAY = [
    ("it", "Eh, mamma mia, signor Totaro, il testimone, e con questo maestrale che non molla.", "pass"),
    ("it", "Madonna santa, il matrimonio di suo nipote, proprio domani.", "pass"),
    ("en", "Oh my goodness, the best man, on the wedding day, and with this wind that won't let up.", "pass"),
    ("en", "Good grief, the wedding's tomorrow and the ferry's off.", "pass"),
    ("it", "Mamma mia, anche noi oggi con le corse soppresse non ci stiamo dietro.", "fail"),
    ("it", "Mamma mia, che giornata oggi. Mi dà il numero?", "fail"),
    ("it", "Oddio, gliel'ho già detto, la corsa è soppressa.", "fail"),
    ("en", "Oh my God, we've had the phones ringing off the hook about the ferry today.", "fail"),
    ("en", "Oh my God, I've told you three times, the ferry's cancelled.", "fail"),
    ("en", "Oh my goodness, what a day. What's the booking number?", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), DISMAY)
def test_dismay_exclaimed_at_what_the_customer_told_is_empathy(language, reply, expected):
    assert result(call(language, WEDDING_FERRY[language], f"A: {reply}"), "empathy") == expected


THREE_MONTHS = {
    "it": "C: Però mi raccomando, non me la mandi a marzo, che io l'ho aspettata tre mesi questa.",
    "en": "C: Just don't send me to March, mind, I've waited three months for this one.",
}

# The customer's wait said back and acknowledged ("Tre mesi per una visita, lo so che è un'enormità", "Three months
# for an appointment, I know, that's an age"): a span of time is their situation, though Italian lists "mesi",
# "giorni", "ore" among its stop words. Another span, or the "I know" before it, echoes nothing.
THEIR_WAIT = [
    ("it", "Tre mesi per una visita, lo so che è un'enormità, e non la voglio rimandare in fondo alla lista.", "pass"),
    ("it", "Tre mesi, lo so, sono un'eternità.", "pass"),
    (
        "en",
        "Three months for an appointment, I know, that's an age, and I won't send you to the back of the list.",
        "pass",
    ),
    ("it", "Due giorni per la conferma, lo so che è un'enormità.", "fail"),
    ("it", "Lo so, tre mesi.", "fail"),
    ("en", "Two days for the confirmation, I know, that's an age.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), THEIR_WAIT)
def test_the_customers_wait_said_back_and_acknowledged_is_empathy(language, reply, expected):
    assert result(call(language, THREE_MONTHS[language], f"A: {reply}"), "empathy") == expected


GREEN_POOL = {
    "it": "C: La piscina è diventata verde, tutta, dopo il temporale dell'altro ieri.",
    "en": "C: The pool's gone green, the whole thing, after the storm the other day.",
}

# What befell the customer called natural, with what they told said again ("con quella grandine … è normale che sia
# successo", "with all that hail it's only natural that happened"), recognises their trouble; a process called normal,
# or the same words echoing nothing, do not.
NATURAL_AFTER_WHAT_HAPPENED = [
    (
        "it",
        "Ah, il temporale di martedì, con quella grandine e tutte le foglie cadute è normale che sia successo, non si "
        "preoccupi.",
        "pass",
    ),
    ("it", "Dopo un temporale così è naturale che capiti.", "pass"),
    (
        "en",
        "Ah, the storm on Tuesday, with all that hail and the leaves coming down it's only natural that happened.",
        "pass",
    ),
    ("en", "After a storm like that it's normal for that to happen.", "pass"),
    ("it", "È normale che il rimborso arrivi dopo tre giorni.", "fail"),
    ("it", "È normale che succeda, lo fanno tutte.", "fail"),
    ("en", "It's normal for the refund to take three days.", "fail"),
    ("en", "It's normal for that to happen, they all do it.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), NATURAL_AFTER_WHAT_HAPPENED)
def test_what_befell_the_customer_called_natural_is_empathy(language, reply, expected):
    assert result(call(language, GREEN_POOL[language], f"A: {reply}"), "empathy") == expected


# "I understand" said of what the company's record shows ("I understand from the notes the tub went out Friday",
# "Capisco dalle note che la vasca è partita venerdì") means "I gather": a fact learnt, no empathy. Understanding of
# the customer's trouble, or of what they told, still is.
GATHERED_FROM_THE_RECORD = [
    ("en", "I understand from the notes the tub went out Friday with a cover marked good.", "fail"),
    ("it", "Capisco dalle note che la vasca è partita venerdì con il coperchio segnato buono.", "fail"),
    ("it", "Capisco dalla pratica che è partita venerdì.", "fail"),
    ("en", "I understand how annoying that is.", "pass"),
    ("en", "I understand from what you say how hard it's been.", "pass"),
    ("it", "Capisco il disagio, dalle note risulta partita venerdì.", "pass"),
    ("it", "Capisco da quello che mi dice quanto sia stata dura.", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), GATHERED_FROM_THE_RECORD)
def test_understanding_gathered_from_the_record_is_no_empathy(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "empathy") == expected


# The customer's own concern approved ("you're right to move it", "it's good you're thinking about your mother as well",
# "è giusto che ci pensi anche per sua madre"): acknowledgement. A fact approved ("it's good you have the receipt", "è
# giusto che paghi lei la differenza") is none. "Move" after "right to" is the verb, not the noun of "the worst move".
CONCERN_APPROVED = [
    ("en", "And the late flight is always the way, you're right to move it.", "pass"),
    (
        "en",
        "That's a thoughtful thing to be weighing up, and it's good you're thinking about your mother as well.",
        "pass",
    ),
    ("en", "It's right that you're asking.", "pass"),
    ("it", "È giusto che ci pensi anche per sua madre.", "pass"),
    ("it", "È giusto che se lo chieda.", "pass"),
    ("it", "Ha ragione a spostarla, con quel volo in ritardo.", "pass"),
    ("en", "It's good you have the receipt.", "fail"),
    ("en", "It's good you called.", "fail"),
    ("en", "Moving it is the worst move you can make.", "fail"),
    ("it", "È giusto che paghi lei la differenza.", "fail"),
    ("it", "È normale che ci voglia una settimana.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), CONCERN_APPROVED)
def test_the_customers_concern_approved_is_empathy(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "empathy") == expected
