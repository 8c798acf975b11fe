"""Holds asked as a request for time, and thanks for waiting in other words.

Only holding the call is a hold: an order, account or payment "on hold" is not
(../shared/specs/default-rubrics.md, "Hold").
"""

import pytest

from tests.feedback.scoring.builders import call, result

ASKED_AND_THANKED = [
    ("en", "Could you give me a couple of minutes to check with the warehouse?", "Sorry to keep you, I've got it now."),
    ("en", "Would you mind if I took a minute or two to look into this?", "Thanks for hanging on, that's sorted."),
    ("en", "Can I have a moment to pull up the file?", "Sorry about the wait, I've found it."),
    ("en", "Is it alright if I leave you for two minutes while I check?", "Thank you for bearing with me."),
    ("it", "Mi lascia un paio di minuti per verificare col magazzino?", "Grazie di avermi aspettato, ho trovato."),
    ("it", "Le chiedo due minuti per controllare, va bene?", "Mi scusi se l'ho fatta aspettare, ecco."),
    ("it", "Mi serve qualche minuto per guardare la pratica, le va bene?", "Scusi l'attesa, ho trovato."),
    ("it", "Posso prendermi un attimo per controllare?", "Grazie per essere rimasta in attesa."),
    ("it", "Mi dà giusto un momento che apro la sua scheda?", "Grazie per avermi dato tutto questo tempo."),
    ("it", "Ci vogliono due minuti per il test: mi dà questo tempo?", "Grazie di essere rimasta al telefono."),
    ("it", "Le va bene se la tengo in attesa un paio di minuti?", "Grazie per la pazienza."),
    ("en", "Could you bear with me two minutes while I find the patrol?", "Thanks for sticking with me, I've got one."),
]


@pytest.mark.parametrize(("language", "ask", "thanks"), ASKED_AND_THANKED)
def test_a_request_for_time_asked_and_thanked_passes(language, ask, thanks):
    transcript = call(language, f"A: {ask}", "C: Ok." if language == "en" else "C: Sì.", f"A: {thanks}")
    assert result(transcript, "hold_etiquette") == "pass"


@pytest.mark.parametrize(("language", "ask", "thanks"), ASKED_AND_THANKED)
def test_the_same_request_for_time_never_thanked_fails(language, ask, thanks):
    reply, carry_on = ("C: Ok.", "A: Right.") if language == "en" else ("C: Sì.", "A: Allora.")
    transcript = call(language, f"A: {ask}", reply, carry_on)
    assert result(transcript, "hold_etiquette") == "fail"


TOLD_NOT_ASKED = [
    ("en", "Let me just check, won't be a minute.", "Thanks for waiting."),
    ("it", "Controllo subito, non ci metto molto.", "Grazie per l'attesa."),
    ("en", "I'll need a couple of minutes to check with the warehouse.", "Sorry to keep you, I've got it now."),
    ("it", "Mi servono due minuti per controllare col magazzino.", "Grazie di avermi aspettato, ho trovato."),
    ("it", "Mi prendo un momento che apro la sua scheda.", "Grazie per avermi dato tutto questo tempo."),
]


@pytest.mark.parametrize(("language", "ask", "thanks"), TOLD_NOT_ASKED)
def test_time_taken_without_asking_fails(language, ask, thanks):
    transcript = call(language, f"A: {ask}", "C: Ok.", f"A: {thanks}")
    assert result(transcript, "hold_etiquette") == "fail"


NOT_HOLDS = [
    ("en", "Your order has been on hold since Tuesday because of the payment, shall I release it?"),
    ("en", "It can take a couple of minutes for the email to come through, can you check then?"),
    ("en", "I can put a hold on the direct debit for a month, would that help?"),
    ("it", "Il suo ordine è in sospeso da martedì per il pagamento, vuole che lo sblocchi?"),
    ("it", "Ci vogliono un paio di minuti perché arrivi l'email, può controllare dopo?"),
    ("it", "La pratica è in attesa di approvazione, le va bene se la sollecito?"),
    ("en", "So it's on hold on the payment side, would you like me to chase it?"),
]


@pytest.mark.parametrize(("language", "reply"), NOT_HOLDS)
def test_an_order_on_hold_or_a_delay_of_the_service_is_not_a_hold(language, reply):
    assert result(call(language, f"A: {reply}"), "hold_etiquette") == "na"


@pytest.mark.parametrize(
    ("language", "ask"),
    [
        ("it", "Mi dà giusto un momento che apro la sua scheda?"),
        ("it", "Ci vogliono due minuti per il test: mi dà questo tempo?"),
        ("en", "Could you give me a couple of minutes while I check the diary?"),
    ],
)
def test_the_silence_after_a_request_for_time_is_not_dead_air(language, ask):
    lines = [
        f"A: {ask}",
        "C: Ok.",
        "[+40] A: Eccomi, grazie per l'attesa." if language == "it" else "[+40] A: Thanks for waiting.",
    ]
    assert result(call(language, *lines, seconds_per_word=0.4), "dead_air") == "pass"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("it", "Allora, la sua scheda è aperta."),
        ("en", "Right, the diary is open."),
    ],
)
def test_the_same_silence_after_no_announced_hold_is_dead_air(language, said):
    lines = [f"A: {said}", "C: Ok.", "[+40] A: Eccomi." if language == "it" else "[+40] A: Right."]
    assert result(call(language, *lines, seconds_per_word=0.4), "dead_air") == "fail"


ASKED_IN_OTHER_WORDS = [
    ("it", "Mi dà due secondi?"),
    ("it", "Mi dà il tempo di verificare?"),
    ("it", "Posso rubarle due minuti per controllare?"),
    ("it", "Mi tiene un attimo in linea?"),
    ("en", "Can you hang fire a minute while I check?"),
    ("it", "Mi fa controllare un attimo?"),
    ("it", "Mi lascia verificare un momento col magazzino?"),
    ("it", "Mi permette di controllare un minuto?"),
    ("it", "Può darmi un paio di minuti?"),
    ("it", "Riesce ad aspettare un paio di minuti?"),
    ("it", "Può aspettare un attimo mentre sento la dottoressa?"),
    ("en", "Can you wait a moment while I ask the doctor?"),
    ("it", "Resta un attimo in linea con me?"),
    ("it", "Mi da' un minutino?"),  # the accent typed as an apostrophe
    ("it", "Grazie, mi concede un po' di tempo per verificare?"),
    ("it", "Mi concede due minuti per verificare i consumi degli ultimi tre giorni?"),
    ("en", "Could you give me two ticks?"),
    ("en", "Can you spare me a couple of minutes while I check?"),
    ("en", "Thanks, could I have a moment to check the diary?"),
]


@pytest.mark.parametrize(("language", "ask"), ASKED_IN_OTHER_WORDS)
def test_time_asked_for_in_other_words_is_a_hold_asked_as_a_permission(language, ask):
    reply, thanks = ("C: Sure.", "A: Thanks for waiting.") if language == "en" else ("C: Sì.", "A: Grazie dell'attesa.")
    assert result(call(language, f"A: {ask}", reply, thanks), "hold_etiquette") == "pass"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("it", "Le conviene aspettare un paio di giorni prima di riprovare?"),
        # Waiting till a day or part of one, said of the case: no hold of the call.
        ("it", "La dottoressa la richiama alle cinque per capire se si può aspettare domattina."),
        ("it", "Il tecnico dice che può aspettare fino a lunedì?"),
        ("en", "The doctor will call at five to see whether it can wait until tomorrow morning."),
        ("en", "Can it wait till Monday?"),
        ("it", "Mi fa sapere se la bolletta arriva?"),
        ("it", "Riesce a leggermi il numero sul contatore?"),
        ("en", "Could you give me the meter reading?"),
    ],
)
def test_a_question_about_waiting_days_or_another_favour_is_not_a_hold(language, said):
    assert result(call(language, f"A: {said}"), "hold_etiquette") == "na"


@pytest.mark.parametrize(
    ("language", "ask", "consent", "short_reply", "back"),
    [
        ("it", "Mi dà un minutino?", "C: Certo.", "A: Grazie.", "[+40] A: Eccomi, grazie dell'attesa."),
        ("it", "Mi concede due minuti per verificare?", "C: Va bene.", "A: Perfetto, grazie.", "[+40] A: Eccomi."),
        ("en", "Could you give me two ticks?", "C: Sure.", "A: Great, thanks.", "[+40] A: Thanks for waiting."),
    ],
)
def test_the_silence_after_the_agents_short_thanks_for_agreeing_to_a_hold_is_the_holds(
    language, ask, consent, short_reply, back
):
    lines = [f"A: {ask}", consent, short_reply, back]
    assert result(call(language, *lines, seconds_per_word=0.4), "dead_air") == "pass"


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        # Back from the hold, a short word, then a second silence: only the first one was the hold's.
        ("it", ["A: Mi dà un minutino?", "C: Certo.", "A: Grazie.", "[+30] A: Eccomi.", "[+30] A: Allora."]),
        # A longer remark after the consent is the agent speaking again, not an acknowledgement.
        (
            "en",
            [
                "A: Could you give me two ticks?",
                "C: Sure.",
                "A: Right, so the order shows as dispatched.",
                "[+40] A: Okay.",
            ],
        ),
    ],
)
def test_a_silence_after_the_agent_spoke_again_is_dead_air(language, lines):
    assert result(call(language, *lines, seconds_per_word=0.4), "dead_air") == "fail"


# A hold with its clitic on an infinitive or after a modal; the silence after it is the hold's.
CLITIC_HOLDS = [
    ("it", "Posso lasciarla un attimo in attesa mentre controllo?"),
    ("it", "Posso tenerla un momento in linea?"),
    ("it", "La metto un attimo in attesa, va bene?"),
    ("en", "Can I leave you on hold a moment while I check?"),
    ("en", "Can I pop you on hold for a moment?"),
]


@pytest.mark.parametrize(("language", "ask"), CLITIC_HOLDS)
def test_a_hold_with_its_clitic_on_the_infinitive_is_asked_and_its_silence_is_not_dead_air(language, ask):
    answer, back = (
        ("C: Sì.", "[+40] A: Grazie per l'attesa.") if language == "it" else ("C: Yes.", "[+40] A: Thanks for holding.")
    )
    transcript = call(language, f"A: {ask}", answer, back, seconds_per_word=0.4)
    assert result(transcript, "hold_etiquette") == "pass"
    assert result(transcript, "dead_air") == "pass"


@pytest.mark.parametrize(
    ("language", "said"),
    [("it", "Posso lasciarle il mio numero diretto?"), ("en", "Can I leave you my direct number?")],
)
def test_leaving_the_customer_something_else_is_not_a_hold(language, said):
    assert result(call(language, f"A: {said}", "C: Sì." if language == "it" else "C: Yes."), "hold_etiquette") == "na"


THANKS_FOR_TIME_WITH_THE_AGENT = [
    ("en", "Thanks so much for hanging on with me.", "pass"),
    ("en", "Thanks so much for marrying with me.", "pass"),  # a verb misheard: still time spent with the agent
    ("en", "Thanks for flying with us.", "fail"),  # a closing formula, not thanks for the hold
    ("en", "Thanks for calling.", "fail"),
    ("it", "Grazie di essere rimasta con me.", "pass"),
    ("it", "Grazie per essere restato con me, ho trovato.", "pass"),
    ("it", "Grazie di essere rimasta con noi.", "fail"),  # a closing formula
    ("it", "Grazie per la chiamata.", "fail"),
]


@pytest.mark.parametrize(("language", "thanks", "expected"), THANKS_FOR_TIME_WITH_THE_AGENT)
def test_thanks_for_time_spent_with_the_agent_thank_for_the_hold(language, thanks, expected):
    ask = "Can I put you on hold for a minute?" if language == "en" else "Posso metterla in attesa un minuto?"
    reply = "C: Sure." if language == "en" else "C: Certo."
    assert result(call(language, f"A: {ask}", reply, f"A: {thanks}"), "hold_etiquette") == expected


# Minutes that are a time from now say when something happens ("la richiamo tra venti minuti per
# sentire…"): no hold. The same minutes asked for are one.
TIME_FROM_NOW = [
    ("it", "Io la richiamo tra venti minuti per sentire se il taxi è arrivato.", "na"),
    ("en", "I'll ring you back in ten minutes so I can check the taxi's there.", "na"),
    ("it", "Mi concede due minuti per sentire se il taxi è arrivato?", "fail"),
    ("en", "Give me two minutes so I can check the taxi's there.", "fail"),
]


@pytest.mark.parametrize(("language", "said", "expected"), TIME_FROM_NOW)
def test_minutes_from_now_are_a_time_not_a_hold(language, said, expected):
    assert result(call(language, f"A: {said}"), "hold_etiquette") == expected


# The moment, then the agent back ("two minutes and I'll be right with you", "un attimo e sono subito da
# lei"): a hold, here ordered, not asked. The same minutes before a call back hang up instead.
BACK_IN_A_MOMENT = [
    ("en", "Two minutes and I'll be right with you.", "fail"),
    ("en", "Two secs and I'm back.", "fail"),
    ("it", "Un attimo e sono subito da lei.", "fail"),
    ("it", "Due minuti e la riprendo.", "fail"),
    ("it", "Tra due minuti e la richiamo.", "na"),
    ("en", "In two minutes I'll ring you back.", "na"),
]


@pytest.mark.parametrize(("language", "said", "expected"), BACK_IN_A_MOMENT)
def test_a_moment_then_the_agent_back_is_a_hold(language, said, expected):
    lines = ("C: Okay.", "A: Right, I'm back.") if language == "en" else ("C: Va bene.", "A: Eccomi.")
    assert result(call(language, f"A: {said}", *lines), "hold_etiquette") == expected


# Left on the line or waited for ("can I leave you on the line for a minute?", "can you wait for me a
# sec?", "ha un paio di minuti per aspettarmi?"), asked and thanked: a hold. Waiting for someone at the
# door tomorrow ("può aspettarci a casa domattina?") holds nothing.
WAITED_FOR = [
    ("en", "Can I just leave you on the line for a minute?", "pass"),
    ("en", "Can you wait for me a sec?", "pass"),
    ("it", "Ha un paio di minuti per aspettarmi?", "pass"),
    ("it", "Può aspettarmi un attimo?", "pass"),
    ("en", "Can you wait for us at the door tomorrow at nine?", "na"),
    ("it", "Può aspettarci a casa domattina alle nove?", "na"),
]


@pytest.mark.parametrize(("language", "ask", "expected"), WAITED_FOR)
def test_being_left_on_the_line_or_waited_for_is_a_hold(language, ask, expected):
    lines = ("C: Sure.", "A: Thanks for waiting.") if language == "en" else ("C: Sì.", "A: Grazie per l'attesa.")
    assert result(call(language, f"A: {ask}", *lines), "hold_etiquette") == expected


# Thanks, then the hold announced ("Grazie, la metto in attesa", "Thanks, popping you on hold now"): the
# thanks is for the consent and the hold is announced, so its silence is the hold's; a case left "in
# attesa" / "on hold" after the thanks holds no call.
THANKS_THEN_THE_HOLD = [
    ("it", ["A: Posso metterla in attesa un minuto?", "C: Sì.", "A: Grazie, la metto in attesa."], "pass"),
    ("en", ["A: Can I put you on hold for a minute?", "C: Sure.", "A: Thanks, popping you on hold now."], "pass"),
    ("it", ["A: Allora, la sua scheda è aperta.", "C: Sì.", "A: Grazie, la pratica resta in attesa."], "fail"),
    ("en", ["A: Right, your account is open.", "C: Sure.", "A: Thanks, the order stays on hold."], "fail"),
]


@pytest.mark.parametrize(("language", "lines", "expected"), THANKS_THEN_THE_HOLD)
def test_a_hold_announced_after_a_thank_you_is_announced_and_its_silence_is_the_holds(language, lines, expected):
    back = "[+40] A: Eccomi, grazie per l'attesa." if language == "it" else "[+40] A: Thanks for waiting."
    assert result(call(language, *lines, back, seconds_per_word=0.4), "dead_air") == expected


# The same thanks for agreeing is not thanks for the wait: without one after the hold, the hold fails.
THANKED_FOR_AGREEING_ONLY = [
    ("it", "A: Grazie, la metto in attesa.", "[+40] A: Eccomi.", "fail"),
    ("en", "A: Thanks, popping you on hold now.", "[+40] A: Right, I'm back.", "fail"),
    ("it", "A: Grazie, la metto in attesa.", "[+40] A: Eccomi, grazie per l'attesa.", "pass"),
    ("en", "A: Thanks, popping you on hold now.", "[+40] A: Right, thanks for waiting.", "pass"),
]


@pytest.mark.parametrize(("language", "hold", "back", "expected"), THANKED_FOR_AGREEING_ONLY)
def test_thanks_for_agreeing_to_a_hold_is_not_thanks_for_the_wait(language, hold, back, expected):
    ask, consent = (
        ("A: Posso metterla in attesa un minuto?", "C: Sì.")
        if language == "it"
        else (
            "A: Can I put you on hold for a minute?",
            "C: Sure.",
        )
    )
    assert result(call(language, ask, consent, hold, back, seconds_per_word=0.4), "hold_etiquette") == expected


# A hold asked, agreed to, then announced as the agent's next words ("Mi concede un paio di minuti? Apro la
# pratica." / "Sì, aspetto." / "Grazie. La metto in attesa."): one hold, asked once. Announced after the
# agent spoke again, it is a hold of its own, and imposed.
ANNOUNCED_AFTER_CONSENT = [
    ("it", "A: Mi concede un paio di minuti? Apro la pratica.", "A: Grazie. La metto in attesa.", "pass"),
    (
        "en",
        "A: Can I put you on hold for a minute? I'll check with the depot.",
        "A: Thanks. I'll put you on hold.",
        "pass",
    ),
    (
        "it",
        "A: Mi concede un paio di minuti? Apro la pratica.",
        "A: Qui vedo due fatture del mese scorso. Attenda un attimo.",
        "fail",
    ),
    (
        "en",
        "A: Can I put you on hold for a minute? I'll check with the depot.",
        "A: I can see two invoices from last month. Please hold.",
        "fail",
    ),
]


@pytest.mark.parametrize(("language", "ask", "hold", "expected"), ANNOUNCED_AFTER_CONSENT)
def test_a_hold_announced_right_after_the_customers_consent_is_the_one_asked(language, ask, hold, expected):
    consent, back = (
        ("C: Sì, aspetto.", "[+40] A: Eccomi, grazie della pazienza.")
        if language == "it"
        else (
            "C: Sure.",
            "[+40] A: Thanks for waiting.",
        )
    )
    assert result(call(language, ask, consent, hold, back, seconds_per_word=0.4), "hold_etiquette") == expected


# A hold asked in casual words ("Is it alright if I stick you on hold for a minute?") or as a favour ("Mi fa la
# cortesia di aspettare un attimo?") is asked, and its silence is the hold's. Stated, it is imposed; a favour asked
# for something else, or to wait for something else, holds nothing.
ASKED_CASUALLY = [
    ("en", ["Is it alright if I stick you on hold for a minute?"], "pass", "pass"),
    ("en", ["Is it alright if I bung you on hold for a minute?"], "pass", "pass"),
    ("it", ["Mi fa la cortesia di aspettare un attimo? Attenda in linea, che sento il ragazzo."], "pass", "pass"),
    ("it", ["Mi farebbe il piacere di restare in linea un minuto?"], "pass", "pass"),
    ("en", ["Right, I'll stick you on hold for a minute."], "fail", "pass"),
    ("it", ["Mi fa la cortesia di aspettare un attimo."], "fail", "pass"),
    ("it", ["Mi fa la cortesia di leggermi il codice? Attenda in linea."], "fail", "pass"),
    ("it", ["Mi fa la cortesia di aspettare che arrivi la lettera prima di pagare?"], "na", "fail"),
    ("en", ["I'll stick the form in the post, is that alright?"], "na", "fail"),
]


@pytest.mark.parametrize(("language", "said", "etiquette", "dead_air"), ASKED_CASUALLY)
def test_a_hold_asked_in_casual_words_or_as_a_favour_is_asked(language, said, etiquette, dead_air):
    consent, back = (
        ("C: Sure.", "[+40] A: Thanks for waiting.") if language == "en" else ("C: Sì.", "[+40] A: Grazie dell'attesa.")
    )
    transcript = call(language, *[f"A: {line}" for line in said], consent, back, seconds_per_word=0.4)
    assert (result(transcript, "hold_etiquette"), result(transcript, "dead_air")) == (etiquette, dead_air)


# "Le spiace", the short form of "le dispiace", asks leave to hold as "le dispiace" does ("le spiace restare in linea
# un minuto?"), as English drops "do" ("you mind holding a minute?"); its silence is the hold's. Said of the agent's
# own regret ("Mi spiace farla restare in linea") it asks nothing.
SHORT_PERMISSION = [
    ("it", ["Guardo i giri dei tecnici di domani, le spiace restare in linea un minuto?"], "pass", "pass"),
    ("it", ["Le spiace attendere un attimo mentre sento il tecnico?"], "pass", "pass"),
    ("en", ["Let me look at tomorrow's rounds, you mind holding a minute?"], "pass", "pass"),
    ("en", ["Mind hanging on a minute while I ring the engineer?"], "pass", "pass"),
    ("it", ["Mi spiace farla restare così a lungo al telefono."], "na", "fail"),
    ("it", ["Le spiace se la richiamo domani alle nove?"], "na", "fail"),
    ("en", ["Sorry to keep you so long on the phone."], "na", "fail"),
]


@pytest.mark.parametrize(("language", "said", "etiquette", "dead_air"), SHORT_PERMISSION)
def test_a_hold_asked_in_the_short_form_is_asked(language, said, etiquette, dead_air):
    consent, back = (
        ("C: Sure.", "[+40] A: Thanks for waiting.")
        if language == "en"
        else ("C: Sì.", "[+40] A: Grazie che ha aspettato.")
    )
    transcript = call(language, *[f"A: {line}" for line in said], consent, back, seconds_per_word=0.4)
    assert (result(transcript, "hold_etiquette"), result(transcript, "dead_air")) == (etiquette, dead_air)
