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
