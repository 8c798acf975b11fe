"""Promises in every grammatical form, and concrete times in the forms people say them.

A promise is the agent or the company committing to an action later, whoever the
grammatical subject: "we", a colleague, the object itself in the passive, an
impersonal "si". A description of how a process usually works is not one
(../shared/specs/default-rubrics.md, "Promise").
"""

import pytest

from tests.feedback.scoring.builders import call, result

PROMISES_WITH_TIMES = [
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
]


@pytest.mark.parametrize(("language", "reply", "expected"), SPOKEN_TIMES)
def test_spoken_clock_times_and_dates_are_concrete_and_loose_ones_are_not(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "commitment_time") == expected
