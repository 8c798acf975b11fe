"""More natural phrasings, each kind in both languages and both directions.

Replies a careful grader would label as shown (../shared/specs/default-rubrics.md), written
in the colloquial style of real calls rather than the spec's examples.
"""
import pytest

from tests.feedback.scoring.builders import call, result

EMPATHY = [
    ("en", "Oh that's rubbish, a whole week without a working phone line.", "pass"),
    ("en", "Gosh, what a week you've had.", "pass"),
    ("en", "That can't have been easy, especially with the kids at home.", "pass"),
    ("en", "I completely get it, it's maddening.", "pass"),
    ("en", "Ugh, that's so frustrating for you.", "pass"),
    ("en", "That's really not on, and I'm going to fix it.", "pass"),
    ("en", "No one wants to spend their Saturday waiting in for an engineer who never turns up.", "pass"),
    ("en", "You've been more than patient with us.", "pass"),
    ("en", "Being passed from pillar to post like that is exhausting.", "pass"),
    ("en", "Right, so you've been without gas since Tuesday, that's awful.", "pass"),
    ("en", "I'd be livid too.", "pass"),
    ("en", "It's completely understandable that you're annoyed.", "pass"),
    ("en", "Fair enough, you've every reason to be annoyed.", "pass"),
    ("en", "That's not the service you should be getting from us.", "pass"),
    ("en", "You shouldn't have had to ring us three times.", "pass"),
    ("en", "Right. Okay. Let me get the account up.", "fail"),
    ("en", "Sure, no problem, what's the reference?", "fail"),
    ("en", "The system's slow today, so it might take a second.", "fail"),
    ("en", "That form is a pain to fill in for us too, but you have to do it.", "fail"),
    ("en", "It's a difficult one to say, the rules changed last year.", "fail"),
    ("en", "It's a bad line, can you repeat that?", "fail"),
    ("it", "Che brutta situazione, davvero.", "pass"),
    ("it", "Accidenti, una settimana senza linea non è proprio accettabile.", "pass"),
    ("it", "Immagino lo stress, con i bambini a casa.", "pass"),
    ("it", "Mamma mia, che odissea.", "pass"),
    ("it", "Ha perfettamente ragione ad essere arrabbiato.", "pass"),
    ("it", "Non dovrebbe proprio succedere una cosa del genere.", "pass"),
    ("it", "È comprensibile che sia stufo.", "pass"),
    ("it", "Eh, lo so, è snervante.", "pass"),
    ("it", "Essere rimbalzato da un ufficio all'altro è estenuante, lo so.", "pass"),
    ("it", "Anch'io al suo posto sarei furioso.", "pass"),
    ("it", "Lei è stata fin troppo paziente con noi.", "pass"),
    ("it", "Non è il servizio che merita.", "pass"),
    ("it", "Non avrebbe dovuto chiamare tre volte.", "pass"),
    ("it", "Va bene. Mi dà il codice cliente?", "fail"),
    ("it", "Certo, nessun problema, mi dice il numero della pratica?", "fail"),
    ("it", "Il sistema oggi è lento, ci vorrà un attimo.", "fail"),
    ("it", "La linea è disturbata, può ripetere?", "fail"),
    ("it", "È difficile dirlo, le regole sono cambiate.", "fail"),
]

OWNERSHIP = [
    ("en", "Unfortunately that's handled by the letting agency, so you'd need to give them a bell.", "fail"),
    ("en", "We're not able to change bank details over the phone, you'll have to pop into a branch.", "fail"),
    ("en", "We can't chase Royal Mail for you, I'm afraid, you'd need to ring them yourself.", "fail"),
    ("en", "That's a Revenue matter really, you'd want to get in touch with HMRC.", "fail"),
    ("en", "I can't do anything with that from here, the water company is who you need.", "fail"),
    ("en", "Honestly, your best bet is the Citizens Advice Bureau.", "fail"),
    ("en", "You'll have to sort that out with the seller directly.", "fail"),
    ("en", "We don't cover that, so it would be down to you to contact the insurer.", "fail"),
    ("en", "I'll get onto the letting agency myself and ring you back this afternoon.", "pass"),
    ("en", "I've passed it to our billing team and they'll call you by five.", "pass"),
    ("en", "You'll need to read me the meter number from the front of the box.", "pass"),
    ("en", "If the seller gets in touch with you, just let me know.", "pass"),
    ("en", "You'll get a call from the engineer the day before.", "pass"),
    ("it", "Per quello dovrebbe chiamare l'amministratore del condominio, noi non c'entriamo.", "fail"),
    ("it", "Guardi, per i bolli deve andare all'ACI, noi non possiamo.", "fail"),
    ("it", "Purtroppo le multe le gestisce il Comune, deve sentire loro.", "fail"),
    ("it", "Non possiamo fare niente da qui, tocca a lei chiamare il venditore.", "fail"),
    ("it", "La cosa migliore è che si rivolga a un CAF.", "fail"),
    ("it", "Le consiglio di sentire direttamente l'Enel.", "fail"),
    ("it", "Questo lo deve sistemare col negozio dove l'ha comprato.", "fail"),
    ("it", "Sento io l'amministratore e la richiamo entro stasera.", "pass"),
    ("it", "L'ho passata al reparto fatture, la chiamano loro entro le cinque.", "pass"),
    ("it", "Deve solo leggermi il numero sul contatore.", "pass"),
    ("it", "Se il venditore la contatta, mi faccia sapere.", "pass"),
    ("it", "Riceverà una chiamata dal tecnico il giorno prima.", "pass"),
]

COMMITMENT = [
    ("en", "The adjustment will show on your account by the end of next week.", "pass"),
    ("en", "Your case has been escalated and a manager will be in touch before 5pm tomorrow.", "pass"),
    ("en", "I'm going to chase the warehouse myself and update you by noon.", "pass"),
    ("en", "Expect the cheque in the post within ten working days.", "pass"),
    ("en", "The engineer's due with you Thursday between eight and one.", "pass"),
    ("en", "A new card is on its way and should land by Saturday.", "pass"),
    ("en", "We'll have the line back up and running by six this evening.", "pass"),
    ("en", "I'll personally ring you on Monday the 9th to check it's sorted.", "pass"),
    ("en", "A new card is on its way to you.", "fail"),
    ("en", "I'll make sure someone gets back to you.", "fail"),
    ("en", "Somebody from the team will reach out to you at some stage.", "fail"),
    ("en", "We'll get that sorted for you as quick as we can.", "fail"),
    ("en", "The refund will be processed in the next few days.", "fail"),
    ("en", "Refunds normally take three to five working days to show.", "na"),
    ("en", "Once a complaint's logged, it goes to the resolutions team who review it.", "na"),
    ("en", "Engineers usually call about an hour before they arrive.", "na"),
    ("en", "The bill is issued on the first of every month.", "na"),
    ("it", "L'accredito le arriva sul conto entro la fine della prossima settimana.", "pass"),
    ("it", "Ho fatto un sollecito e il responsabile la contatterà domani entro le 17.", "pass"),
    ("it", "Mi occupo io di sollecitare il magazzino e le do notizie entro mezzogiorno.", "pass"),
    ("it", "Il tecnico dovrebbe passare giovedì tra le otto e l'una.", "pass"),
    ("it", "La nuova carta è già partita e le arriva entro sabato.", "pass"),
    ("it", "Le riattiviamo la linea entro le sei di stasera.", "pass"),
    ("it", "Sarà mia premura richiamarla lunedì 9.", "pass"),
    ("it", "Provvederemo alla sostituzione entro il 20 del mese.", "pass"),
    ("it", "La nuova carta è già in viaggio e le arriverà.", "fail"),
    ("it", "Mi assicuro che qualcuno la ricontatti.", "fail"),
    ("it", "Qualcuno del team si farà sentire prima o poi.", "fail"),
    ("it", "Cercheremo di sistemare tutto il prima possibile.", "fail"),
    ("it", "Il rimborso verrà elaborato nei prossimi giorni.", "fail"),
    ("it", "Normalmente i rimborsi compaiono in tre-cinque giorni lavorativi.", "na"),
    ("it", "Quando il reclamo viene registrato, passa all'ufficio competente che lo esamina.", "na"),
    ("it", "Di solito il tecnico chiama un'ora prima di arrivare.", "na"),
    ("it", "La bolletta viene emessa il primo di ogni mese.", "na"),
]



@pytest.mark.parametrize(("language", "reply", "expected"), EMPATHY)
def test_empathy_in_the_agents_own_words(language, reply, expected):
    assert result(call(language, "C: It's been a nightmare." if language == "en" else "C: È un incubo.",
                       f"A: {reply}"), "empathy") == expected


@pytest.mark.parametrize(("language", "reply", "expected"), OWNERSHIP)
def test_sending_the_customer_elsewhere_named_or_not(language, reply, expected):
    greeting = "A: Hello, Nova Energy, Sam speaking." if language == "en" else "A: Buongiorno, Nova Energia, sono Sam."
    assert result(call(language, greeting, "C: Hi.", f"A: {reply}"), "ownership") == expected


@pytest.mark.parametrize(("language", "reply", "expected"), COMMITMENT)
def test_promises_and_processes_in_natural_phrasing(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "commitment_time") == expected


# Holds asked and thanked in other words, security questions, and words read out or reported.
CONVERSATIONS = [
    ("en", "hold_etiquette", "pass", ["A: Do you mind hanging on while I check with the depot?", "C: Go ahead.", "A: Thanks ever so much for waiting."]),
    ("en", "hold_etiquette", "pass", ["A: Can you bear with me a sec while I look?", "C: Yep.", "A: Sorry about that, thanks for your patience."]),
    ("en", "hold_etiquette", "pass", ["A: Would it be ok if I popped you on hold for a couple of minutes?", "C: Fine.", "A: Cheers for holding."]),
    ("en", "hold_etiquette", "pass", ["A: I just need to check something, is it okay if I leave you for a moment?", "C: Fine.", "A: Sorry to have kept you."]),
    ("en", "hold_etiquette", "pass", ["A: Can I just pop you on hold for two ticks?", "C: Fine.", "A: Thanks for being so patient."]),
    ("en", "hold_etiquette", "fail", ["A: Hang on.", "C: Ok.", "A: Right, found it."]),
    ("en", "hold_etiquette", "fail", ["A: I'm going to put you on hold now.", "C: Ok.", "A: Thanks for waiting."]),
    ("en", "hold_etiquette", "fail", ["A: Bear with me while I look.", "C: Ok.", "A: Right, found it."]),
    ("en", "hold_etiquette", "na", ["A: The payment is on hold until the bank clears it."]),
    ("en", "hold_etiquette", "na", ["A: We've put a hold on the account while we investigate, is that alright?"]),
    ("en", "hold_etiquette", "na", ["A: Wait about ten minutes and then try the app again, would that work?"]),
    ("it", "hold_etiquette", "pass", ["A: Le dispiace se la lascio un attimo in attesa mentre verifico?", "C: Vada pure.", "A: Grazie mille per la pazienza."]),
    ("it", "hold_etiquette", "pass", ["A: Posso chiederle di attendere un paio di minuti?", "C: Sì.", "A: Eccomi, grazie di aver atteso."]),
    ("it", "hold_etiquette", "pass", ["A: Mi concede un minutino per controllare col magazzino?", "C: Certo.", "A: Scusi per l'attesa, ho trovato."]),
    ("it", "hold_etiquette", "pass", ["A: Le va bene se la metto un momento in attesa?", "C: Sì.", "A: Grazie per essere rimasto in linea."]),
    ("it", "hold_etiquette", "pass", ["A: Può restare in linea giusto un attimo?", "C: Sì.", "A: Eccomi, mi scusi se l'ho fatta attendere."]),
    ("it", "hold_etiquette", "fail", ["A: Un attimo.", "C: Sì.", "A: Allora, ho trovato."]),
    ("it", "hold_etiquette", "fail", ["A: Ora la metto in attesa.", "C: Ok.", "A: Grazie per l'attesa."]),
    ("it", "hold_etiquette", "fail", ["A: Attenda in linea.", "C: Ok.", "A: Allora, ho trovato."]),
    ("it", "hold_etiquette", "na", ["A: Il pagamento è bloccato finché la banca non lo sblocca."]),
    ("it", "hold_etiquette", "na", ["A: Abbiamo sospeso l'account mentre verifichiamo, le va bene?"]),
    ("it", "hold_etiquette", "na", ["A: Aspetti una decina di minuti e poi riprovi con l'app, va bene?"]),
    ("en", "verification", "pass", ["A: Just for security, can you confirm the town you were born in?"]),
    ("en", "verification", "pass", ["A: Can you run me through the first line of the address and the postcode?"]),
    ("en", "verification", "pass", ["A: What's the memorable word on the account?"]),
    ("en", "verification", "pass", ["A: I'll need the answer to your security question before I go on."]),
    ("en", "verification", "pass", ["A: Could you give me your mother's maiden name, please?"]),
    ("en", "verification", "fail", ["A: Is your mum still on the account?"]),
    ("en", "verification", "fail", ["A: I'll send the new PIN to the address we have on file."]),
    ("it", "verification", "pass", ["A: Per motivi di sicurezza, mi dice il comune di nascita?"]),
    ("it", "verification", "pass", ["A: Mi può dire via e numero civico dell'indirizzo di fornitura?"]),
    ("it", "verification", "pass", ["A: Prima di procedere mi serve la risposta alla sua domanda segreta."]),
    ("it", "verification", "pass", ["A: Mi conferma il cognome da nubile di sua madre?"]),
    ("it", "verification", "fail", ["A: Sua madre è ancora intestataria del contratto?"]),
    ("it", "verification", "fail", ["A: Le mando il nuovo PIN all'indirizzo che abbiamo in archivio."]),
    ("en", "empathy", "fail", ["A: The automated text said 'sorry, your engineer is running late'. What's the postcode?"]),
    ("en", "empathy", "fail", ["A: According to the notes, my colleague apologised for the mix-up. What's the postcode?"]),
    ("en", "empathy", "fail", ["A: I'm reading the letter: we regret to inform you and apologise for any inconvenience. What's the postcode?"]),
    ("it", "empathy", "fail", ["A: Secondo la nota il collega si è scusato per il disguido. Mi dà il codice?"]),
    ("it", "empathy", "fail", ["A: Le leggo l'sms: ci scusiamo per il ritardo del tecnico. Mi dà il codice?"]),
    ("it", "empathy", "fail", ["A: Lei mi ha detto che il collega le aveva chiesto scusa. Mi dà il codice?"]),
    ("en", "ownership", "pass", ["A: The automated reply told you to 'contact your bank', which was a mistake. I'll deal with it."]),
    ("en", "ownership", "pass", ["A: Apparently the last agent said you'd need to ring the courier, forget that, I'll do it."]),
    ("it", "ownership", "pass", ["A: La risposta automatica le diceva di contattare la banca, ma è un errore, me ne occupo io."]),
    ("it", "ownership", "pass", ["A: Il collega le ha detto che doveva chiamare il corriere, lasci stare, lo faccio io."]),
    ("en", "ownership", "fail", ["A: As my colleague said, you'll need to ring the courier."]),
    ("it", "ownership", "fail", ["A: Come le ha detto il collega, deve chiamare il corriere."]),
]


@pytest.mark.parametrize(("language", "key", "expected", "lines"), CONVERSATIONS)
def test_holds_security_questions_and_quoted_words(language, key, expected, lines):
    assert result(call(language, *lines, requires_verification=True), key) == expected
