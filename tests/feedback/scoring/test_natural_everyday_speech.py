"""Everyday and regional ways of saying what each criterion means, with a near miss for each
(../shared/specs/default-rubrics.md: the cue lists are examples, equivalent wording counts).

Each row is a criterion, a language, the expected result and the call's lines; every block has rows
that the engine read wrongly before these forms were added, and rows that must keep their result.
"""

import pytest

from tests.feedback.scoring.builders import call, result

TIMES = [
    ("en", "pass", ["A: I'll ring you back by teatime."]),
    ("en", "pass", ["A: You'll get the letter by the middle of next week."]),
    ("en", "pass", ["A: I'll phone you back this side of lunch."]),
    ("en", "fail", ["A: I'll ring you back after I've had a think."]),
    ("it", "pass", ["A: La richiamo dopo pranzo."]),
    ("it", "pass", ["A: Le mando il preventivo a metà settimana."]),
    ("it", "fail", ["A: Le mando il preventivo a metà prezzo."]),
    ("it", "fail", ["A: La richiamo dopo aver parlato col collega."]),
]


@pytest.mark.parametrize(("language", "expected", "lines"), TIMES)
def test_a_meal_or_the_middle_of_a_week_is_a_concrete_time(language, expected, lines):
    assert result(call(language, *lines), "commitment_time") == expected


# The agent's name with what they are on or at ("Nadia on the phones", "Carmela all'apparecchio"), after
# "qui" or Venetian "xe"; greetings of Samoa, Fiji, Scotland and Sardinia.
OWN_NAMES = [
    ("en", "Nadia", "pass", "Hi, thanks for holding, Nadia on the phones today."),
    ("en", "Nadia", "fail", "Hi, thanks for holding, Lisa on the phones today."),
    ("en", "Tariq", "pass", "Good evening, Tariq on the line for Metro Gas."),
    ("en", "Mele", "pass", "Talofa, Pacific Air, Mele speaking."),
    ("en", "Ewan", "pass", "Awright, Ewan at Clyde Buses."),
    ("en", "Ewan", "fail", "Alright, Clyde Buses, Ewan speaking."),
    ("it", "Pina", "pass", "Salve, qui Pina della Farmacia Centrale."),
    ("it", "Pina", "fail", "Salve, qui Farmacia Centrale."),
    ("it", "Toni", "pass", "Bondì, xe Toni de Venezia Trasporti."),
    ("it", "Carmela", "pass", "Buongiorno, Carmela all'apparecchio."),
    ("it", "Efisio", "pass", "Bona dia, sono Efisio de Sardegna Acque."),
]


@pytest.mark.parametrize(("language", "agent", "expected", "opening"), OWN_NAMES)
def test_the_agents_name_said_in_everyday_forms_introduces_them(language, agent, expected, opening):
    assert result(call(language, f"A: {opening}", agent_name=agent), "greeting") == expected


HOLDS = [
    (
        "it",
        "pass",
        ["A: Le spiace se la lascio un paio di minuti in linea?", "C: Prego.", "A: Grazie di aver pazientato."],
    ),
    ("it", "na", ["A: Intanto la pratica la metto in sospeso io, in attesa della perizia."]),
]


@pytest.mark.parametrize(("language", "expected", "lines"), HOLDS)
def test_a_hold_said_with_how_long_is_still_a_hold_and_a_file_in_abeyance_is_not(language, expected, lines):
    assert result(call(language, *lines), "hold_etiquette") == expected


ENDINGS = [
    ("closing", "en", "pass", ["C: That's all.", "A: No worries, catch you later."]),
    ("closing", "en", "fail", ["C: That's all.", "A: Okay, the ticket is closed."]),
    ("resolution_check", "en", "pass", ["A: Is there owt else?", "C: No.", "A: Bye."]),
    ("resolution_check", "en", "fail", ["A: Right, that's the appointment booked.", "C: Great.", "A: Bye."]),
    ("resolution_check", "it", "pass", ["A: Posso fare ancora qualcosa per lei?", "C: No.", "A: Arrivederci."]),
    ("resolution_check", "it", "fail", ["A: Allora le fisso l'appuntamento.", "C: Bene.", "A: Arrivederci."]),
    ("discovery_question", "it", "pass", ["A: Ma esattamente quand'è che si spegne?"]),
    ("discovery_question", "it", "fail", ["A: Ma si spegne ancora?"]),
    ("discovery_question", "en", "pass", ["A: So when is it that it switches off?"]),
]


@pytest.mark.parametrize(("key", "language", "expected", "lines"), ENDINGS)
def test_everyday_goodbyes_checks_and_questions(key, language, expected, lines):
    assert result(call(language, *lines), key) == expected


EMPATHY = [
    ("en", "pass", ["C: I've been on hold for an hour.", "A: An hour, honestly, I'd be climbing the walls."]),
    ("en", "fail", ["C: I've been on hold for an hour.", "A: I'd be going to the depot myself if I were you."]),
    (
        "it",
        "pass",
        [
            "C: Sono senza acqua calda da una settimana.",
            "A: Una settimana senza acqua calda, mamma mia, non oso immaginare.",
        ],
    ),
    (
        "it",
        "fail",
        [
            "C: Sono senza acqua calda da una settimana.",
            "A: Non riesco a immaginare dove sia il guasto senza vederlo.",
        ],
    ),
    (
        "en",
        "pass",
        [
            "C: The bank froze my card on the day of the move, and the removal men wanted paying in cash.",
            "A: A frozen card on moving day with the removal men waiting would knock the wind out of anyone.",
        ],
    ),
    (
        "en",
        "fail",
        [
            "C: The bank froze my card on the day of the move.",
            "A: We'd get anyone a replacement card the same way, it's standard.",
        ],
    ),
    (
        "it",
        "pass",
        [
            "C: Sono due mesi che il riscaldamento va e viene e devo chiamare il tecnico ogni settimana.",
            "A: Due mesi col riscaldamento che va e viene, è una cosa che sfinisce, signora.",
        ],
    ),
    (
        "it",
        "fail",
        [
            "C: Sono due mesi che il riscaldamento va e viene.",
            "A: È una procedura che stressa il sistema, la facciamo di notte.",
        ],
    ),
]


@pytest.mark.parametrize(("language", "expected", "lines"), EMPATHY)
def test_what_the_situation_would_do_to_anyone_said_in_the_agents_words_is_empathy(language, expected, lines):
    assert result(call(language, *lines), "empathy") == expected


OWNERSHIP = [
    ("en", "fail", "We don't do that here, you want the council for that."),
    ("en", "fail", "Honestly, your best shout is the bank."),
    ("en", "pass", "You'll need the account number for that, it's on your statement."),
    ("it", "fail", "Eh, non è roba nostra, provi col gestore."),
    ("it", "pass", "Provi col nuovo codice, dovrebbe funzionare."),
    ("it", "pass", "Non è roba da poco, me ne occupo io."),
]


@pytest.mark.parametrize(("language", "expected", "reply"), OWNERSHIP)
def test_colloquial_sending_elsewhere_deflects(language, expected, reply):
    assert result(call(language, f"A: {reply}"), "ownership") == expected


PROFESSIONAL = [
    ("en", "fail", "Honestly, I've been over this three times with you."),
    ("en", "fail", "Don't take that tone with me."),
    ("en", "fail", "Calm yourself down, sir."),
    ("en", "pass", "We've been over the meter readings three times in the system and they match."),
    ("en", "pass", "I'll take the same tone with the depot as you did, don't worry."),
    ("it", "fail", "Su, non faccia così, non è difficile."),
    ("it", "fail", "Non usi quel tono con me."),
    ("it", "fail", "Si dia una regolata, per favore."),
    ("it", "pass", "Se non le va di farlo così, lo facciamo insieme."),
    ("it", "pass", "Uso quel tono cordiale che usiamo con tutti."),
]


@pytest.mark.parametrize(("language", "expected", "reply"), PROFESSIONAL)
def test_reproving_the_customers_tone_or_manner_is_unprofessional(language, expected, reply):
    assert result(call(language, f"A: {reply}"), "professional_language") == expected


DATA = [
    ("en", "pass", "And the reg of the car?"),
    ("en", "pass", "Could you confirm the meter serial for me?"),
    ("en", "fail", "Has your registration for the portal gone through?"),
    ("it", "pass", "Mi legge il numero che c'è sul retro della tessera sanitaria?"),
    ("it", "pass", "Mi dà la matricola del contatore?"),
    ("it", "fail", "Vede il numero che c'è sul retro del nostro volantino?"),
]


@pytest.mark.parametrize(("language", "expected", "reply"), DATA)
def test_a_vehicle_a_meter_or_a_card_named_by_its_number_identifies_the_caller(language, expected, reply):
    assert result(call(language, f"A: {reply}", requires_verification=True), "verification") == expected


# Promises in set phrases and joined actions, untimed here so that they fail; a transfer or a walk back
# to the agent's desk promises nothing.
PROMISES = [
    ("en", "fail", "You'll be hearing from us."),
    ("en", "fail", "We'll see you right."),
    ("en", "fail", "I'll put a call in to the depot and come back to you."),
    ("en", "na", "I'll put a call in to the depot and come back to my desk."),
    ("en", "fail", "The part's on order and we'll fit it when it comes."),
    ("it", "fail", "Gliela giro per mail."),
    ("it", "na", "Allora la giro alla collega dell'amministrazione."),
    ("it", "fail", "Le faccio riavere i soldi."),
]


@pytest.mark.parametrize(("language", "expected", "reply"), PROMISES)
def test_promises_in_set_phrases_are_promises(language, expected, reply):
    assert result(call(language, f"A: {reply}"), "commitment_time") == expected
