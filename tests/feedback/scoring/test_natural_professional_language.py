"""Unprofessional language in ordinary words: condescension and blame of the customer.

The spec's cues (*come le ho già detto, è colpa sua, lei non ha capito* · *as I said, it's
your fault, you're not listening*) stand for meanings: telling the customer it is their own
problem or fault, reproaching them for not having read or checked, telling them they are
being told again and should listen, belittling what they could not do
(../shared/specs/default-rubrics.md, professional_language). The criterion is critical, so
the near-misses (the fault owned by the company, a problem "sorted", an instruction to
listen for a tone) must still pass.
"""

import pytest

from tests.feedback.scoring.builders import call, result

CONDESCENDING_OR_BLAMING = [
    ("en", "Are you even listening to me?"),
    ("it", "Signora, ma mi sta ascoltando?"),
    ("en", "I've said this three times now, the fee stands."),
    ("en", "Everyone else manages it just fine."),
    ("it", "Come già le ho detto, la penale resta."),
    ("it", "L'ho già spiegato prima, la penale resta."),
    ("it", "Non è difficile eh, lo fanno tutti."),
    ("en", "What a mess you've made of the address."),
    ("it", "Che pasticcio ha combinato con l'indirizzo!"),
    ("en", "Well, that's your own problem, not ours."),
    ("en", "It's on you to keep your card details safe."),
    ("en", "As I said a minute ago, the fee is non-refundable."),
    ("en", "As I've already explained, the fee stands."),
    ("en", "Like I already told you, it's in the terms."),
    ("en", "I'm repeating myself for the third time now, so please listen."),
    ("en", "This is the third time I'm telling you this."),
    ("en", "How many times do I have to say it?"),
    ("en", "I keep telling you, the router needs a reset."),
    ("en", "Just listen for a second, will you."),
    ("en", "You need to listen to what I'm saying."),
    ("en", "It's not complicated, anyone can do it."),
    ("en", "It's dead simple, a child could manage it."),
    ("en", "Anyone can do it, it's two clicks."),
    ("en", "If you'd checked your emails you would have seen the notice."),
    ("en", "If you had read the letter properly, we wouldn't be here."),
    ("en", "You clearly didn't read the email we sent."),
    ("en", "Did you even read the letter?"),
    ("en", "You obviously haven't checked your account."),
    ("en", "It was up to you to check the dates before booking."),
    ("en", "That was your responsibility, not ours."),
    ("en", "You only have yourself to blame."),
    ("en", "That's what happens when people don't read the small print."),
    ("en", "That's not our fault, it's yours."),
    ("en", "The mistake is yours, not ours."),
    ("en", "You were supposed to send the form back by Friday, that's your mistake."),
    ("en", "It's your problem if you lose the PIN."),
    ("it", "È un problema suo, non nostro."),
    ("it", "Il problema è suo, non nostro."),
    ("it", "Questo è un problema suo."),
    ("it", "Come le dicevo prima, la penale resta."),
    ("it", "Come già detto, la penale resta."),
    ("it", "Come le stavo dicendo, non si può."),
    ("it", "Glielo ripeto per la terza volta: il modem va riavviato."),
    ("it", "È la terza volta che glielo dico."),
    ("it", "Glielo sto ripetendo da dieci minuti, mi ascolti."),
    ("it", "Mi stia a sentire, per favore."),
    ("it", "Ascolti bene quello che le dico."),
    ("it", "Non è complicato, lo sa fare chiunque."),
    ("it", "Non è difficile, ci arriva chiunque."),
    ("it", "Se avesse controllato la mail, l'avrebbe visto."),
    ("it", "Se avesse letto bene la lettera non saremmo qui."),
    ("it", "Non ha nemmeno letto la mail che le abbiamo mandato."),
    ("it", "Ma l'ha letta almeno la lettera?"),
    ("it", "Era compito suo controllare le date."),
    ("it", "Toccava a lei verificare prima di pagare."),
    ("it", "Doveva pensarci prima."),
    ("it", "La colpa non è nostra, è sua."),
    ("it", "L'errore è suo, non nostro."),
    ("it", "Se l'è cercata, mi scusi."),
    ("it", "Sono affari suoi se perde il PIN."),
    ("it", "Lei doveva mandare il modulo entro venerdì, è un errore suo."),
]


@pytest.mark.parametrize(("language", "reply"), CONDESCENDING_OR_BLAMING)
def test_condescension_or_blame_in_ordinary_words_fails(language, reply):
    assert result(call(language, f"A: {reply}"), "professional_language") == "fail"


RESPECTFUL = [
    ("en", "Can you hear me all right?"),
    ("it", "Signora, mi sente bene?"),
    ("en", "What a mess, I'm so sorry about the address."),
    ("it", "Il corriere ha fatto un bel pasticcio con l'indirizzo, mi dispiace."),
    ("en", "That's our problem to fix, not yours."),
    ("en", "It's not complicated, I'll walk you through it step by step."),
    ("en", "It's on your account now, you'll see it tomorrow."),
    ("en", "Did you receive the letter we sent?"),
    ("en", "It's not your fault at all, the system flagged it."),
    ("en", "Let me repeat the reference number for you."),
    ("en", "Anyone can apply, there's no age limit."),
    ("en", "The mistake was ours, and I'm sorry."),
    ("en", "That's your problem sorted, the refund is on its way."),
    ("en", "It wasn't your fault at all."),
    ("en", "The fault is with the router, not with you."),
    ("en", "It was up to you which plan to pick, and the annual one is cheaper."),
    ("en", "Please listen out for the engineer's call tomorrow."),
    ("en", "You need to listen for the dial tone, then press one."),
    ("en", "How many times did we send an engineer out?"),
    ("en", "I keep telling the team we need a better system for this."),
    ("en", "Did you even get the email in the end?"),
    ("en", "You wouldn't even think it was the same company, I know."),
    ("en", "A child could get hurt on that cable, so please keep it tidy."),
    ("en", "You were supposed to get a call yesterday, and I'm sorry nobody rang."),
    ("en", "If you had any questions, we would not charge for the call."),
    ("en", "Anyone can do it online or at a branch."),
    ("it", "È un problema nostro, non suo."),
    ("it", "Non è colpa sua, è stato un errore del sistema."),
    ("it", "Non è complicato, la guido io passo passo."),
    ("it", "Le ripeto il numero della pratica, così lo annota."),
    ("it", "Ha ricevuto la lettera che le abbiamo mandato?"),
    ("it", "L'errore è nostro, mi scusi."),
    ("it", "Lo possono richiedere tutti, non c'è limite di età."),
    ("it", "Il suo problema è chiaro, ci penso io."),
    ("it", "Non è assolutamente colpa sua."),
    ("it", "Le spettava un rimborso, e glielo accredito oggi."),
    ("it", "Continuo a ripetere il test sulla linea, un attimo."),
    ("it", "Non è complicato, le mando tutti i passaggi via mail."),
    ("it", "Ho almeno verificato che la linea è attiva."),
    ("it", "Mi sta a cuore risolvere, glielo prometto."),
    ("it", "Il problema è nostro e lo risolviamo noi."),
    ("it", "Toccava a noi avvisarla, mi scusi."),
]


@pytest.mark.parametrize(("language", "reply"), RESPECTFUL)
def test_the_same_words_owning_the_fault_or_guiding_the_customer_pass(language, reply):
    assert result(call(language, f"A: {reply}"), "professional_language") == "pass"


# Blame inside a conditional sentence is still blame; the fault placed elsewhere is not.
CONDITIONAL_BLAME = [
    ("it", "Se il citofono non funziona è un problema suo, non del corriere.", "fail"),
    ("it", "Se non ha letto la mail, è colpa sua.", "fail"),
    ("en", "If you didn't read the email that's on you.", "fail"),
    ("en", "If the buzzer doesn't work, that's your problem, not the courier's.", "fail"),
    ("it", "Se il problema è del corriere, non è un problema suo.", "pass"),
    ("en", "If the fault is with the courier, it's not your problem.", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), CONDITIONAL_BLAME)
def test_blame_inside_a_conditional_fails_and_the_fault_placed_elsewhere_passes(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "professional_language") == expected


# A negation reaches past words of degree ("per niente", "at all", "in any way").
NEGATED_PAST_DEGREE = [
    ("it", "Non è per niente colpa sua.", "pass"),
    ("it", "Non è affatto colpa sua.", "pass"),
    ("it", "Guardi, non è proprio per niente un problema suo.", "pass"),
    ("it", "Non è per nulla colpa sua.", "pass"),
    ("en", "It's not your fault at all.", "pass"),
    ("en", "That's not at all your fault.", "pass"),
    ("en", "It's really not in any way your fault.", "pass"),
    ("it", "È proprio colpa sua.", "fail"),
    ("it", "Non l'ho mai detto, è colpa sua.", "fail"),
    ("en", "Not really, it's your fault.", "fail"),
    ("en", "It's really all your fault.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), NEGATED_PAST_DEGREE)
def test_a_negation_reaches_past_words_of_degree_but_not_past_a_clause(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "professional_language") == expected


# Impatience and reproach in ordinary words: told they were already told, dismissed, generalised
# about, the fault denied with a dismissive particle, ordered about.
IMPATIENT = [
    ("en", "Look, I've already been over this once. The refund takes five days."),
    ("en", "The lady on Tuesday went over it with you too. It's five days."),
    ("en", "Forums aren't going to help you. The refund takes five days."),
    ("en", "You lot never read the terms. It's five days."),
    ("en", "Everyone rings up angry and nobody's read a thing, it's always the same story."),
    ("en", "That's not on us, the courier lost it."),
    ("en", "Just answer the question, please. What's the postcode?"),
    ("en", "If you keep talking over me we won't get anywhere."),
    ("it", "È scritto chiaro nel regolamento, basta leggerlo."),
    ("it", "Eh, non è che indovina, signora. Deve guardare la mail."),
    ("it", "Tutti chiamano arrabbiati e nessuno ha letto niente, è sempre la stessa storia."),
    ("it", "Mica è colpa nostra se il corriere ritarda."),
    ("it", "Risponda a quello che le chiedo e basta."),
    ("it", "Se continua a parlarmi sopra non ne usciamo."),
    ("it", "La collega di martedì gliel'ha già spiegato anche lei."),
    ("it", "I forum non la aiutano di certo."),
    ("en", "My colleague went through all this with you before."),
    ("en", "Nobody reads the terms, honestly."),
    ("en", "You people always think it's our fault."),
    ("it", "Non è mica colpa nostra se lei non ha pagato."),
    ("it", "Se mi interrompe di continuo non ne usciamo più."),
    ("it", "Nessuno legge mai le condizioni, è sempre la solita storia."),
]


@pytest.mark.parametrize(("language", "reply"), IMPATIENT)
def test_impatience_and_reproach_in_ordinary_words_fail(language, reply):
    assert result(call(language, f"A: {reply}"), "professional_language") == "fail"


FIRM_BUT_POLITE = [
    ("en", "Let me just check one thing first, then I'll explain."),
    ("en", "The conditions say the box is needed for a return."),
    ("en", "Just tell me where you see the water, so I can help you faster."),
    ("en", "I went over the booking again and it's fine."),
    ("en", "That's not on the invoice, I'll add it."),
    ("it", "Mi dica solo dove vede l'acqua, così la aiuto prima."),
    ("it", "Il regolamento dice che serve la scatola originale."),
    ("it", "Basta leggere il codice sul retro della tessera e me lo detta."),
    ("it", "Le ho già spedito il modulo per email."),
    ("en", "Nobody read the meter, so we'll send someone tomorrow."),
    ("en", "You people on the early shift get priority booking."),
    ("en", "I've already been through the notes and everything's fine."),
    ("it", "Nessuno ha letto il contatore, lo mandiamo domani."),
]


@pytest.mark.parametrize(("language", "reply"), FIRM_BUT_POLITE)
def test_firm_guidance_and_a_rule_stated_neutrally_pass(language, reply):
    assert result(call(language, f"A: {reply}"), "professional_language") == "pass"


# Asking the customer not to raise their voice, as a request, is firm and polite; the same said as an order is not.
VOICE = [
    ("it", "Capisco che è arrabbiato, però la prego di non alzare la voce, sto cercando di aiutarla.", "pass"),
    ("it", "Le chiederei gentilmente di abbassare la voce, così ci capiamo meglio.", "pass"),
    ("en", "I'd ask you not to raise your voice, please, I'm trying to sort this out for you.", "pass"),
    ("en", "I'm going to have to ask you to stop shouting, so that I can help you.", "pass"),
    ("it", "Non alzi la voce con me.", "fail"),
    ("it", "Abbassi la voce, per favore.", "fail"),
    ("it", "Abbassi i toni, signora.", "fail"),
    ("en", "Stop shouting at me.", "fail"),
    ("en", "You need to stop shouting.", "fail"),
    ("en", "Don't raise your voice at me.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), VOICE)
def test_a_request_not_to_shout_is_firm_but_an_order_to_stop_is_not(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "professional_language") == expected


# "Le ho già scritto" with what was written or where after it reports something done ("una mail",
# "nella nota il numero"); alone, or before what the customer should have taken in, it reproaches.
ALREADY_WRITTEN = [
    ("it", "Le ho già scritto una mail con tutti i passaggi, la trova in posta.", "pass"),
    ("it", "Al collega le ho già scritto io nella nota il numero di pratica.", "pass"),
    ("it", "Le ho già scritto che il rimborso non è previsto.", "fail"),
    ("it", "Guardi, le ho già scritto io, non si può.", "fail"),
    ("en", "I've already emailed you the form with every step on it.", "pass"),
    ("en", "I've already told you, the refund isn't possible.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), ALREADY_WRITTEN)
def test_saying_what_was_already_written_is_not_a_reproach(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "professional_language") == expected


# A disclaimer ("I'm not saying…", "non sto dicendo che…") negates what follows it in its clause,
# however far; a new clause or a contrast after it is said again.
DISCLAIMED = [
    ("en", "I'm not saying it's your fault, I'm just reading what's on the file.", "pass"),
    ("en", "I never said that this was all your fault.", "pass"),
    ("it", "Non sto mica dicendo che è colpa sua, le leggo solo la scheda.", "pass"),
    ("it", "Non dico che sia tutta colpa sua, le leggo la scheda.", "pass"),
    ("en", "I'm not saying that, but it's your fault for not reading the letter.", "fail"),
    ("it", "Non sto dicendo questo, però è colpa sua se non ha letto la lettera.", "fail"),
    # A contrast ends the disclaimer's reach even without a comma.
    ("en", "I'm not saying you're wrong but you should have read the letter properly.", "fail"),
    ("it", "Non dico che sia colpa sua ma è colpa sua se non legge le mail.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), DISCLAIMED)
def test_blame_the_agent_says_they_are_not_saying_is_not_blame(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "professional_language") == expected


# Reproached for plainly not having read ("che evidentemente non ha letto", as English "which you
# clearly haven't read"); the same adverb about something that did not reach the customer is not.
PLAINLY_NOT_READ = [
    ("it", "Le abbiamo mandato una mail, che evidentemente non ha letto.", "fail"),
    ("en", "We sent you an email, which you clearly haven't read.", "fail"),
    ("it", "La mail gliel'abbiamo mandata, evidentemente non le è arrivata.", "pass"),
    ("en", "We sent you an email, it clearly hasn't reached you.", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), PLAINLY_NOT_READ)
def test_plainly_not_having_read_is_a_reproach(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "professional_language") == expected


# What the customer finds hard made light of as children's work, even said as a joke to encourage
# ("la passano pure i ragazzini", "it isn't hard, eighteen-year-olds pass it all the time", "even kids
# manage it"), or a byword for hard denied ("mica è fisica nucleare", "it's not brain surgery"): talking
# down. What children get wrong too reassures; children only named are not a comparison.
CHILDS_PLAY = [
    ("it", "Signora, la teoria mica è difficile, eh, la passano pure i ragazzini di diciott'anni.", "fail"),
    ("it", "Anche i bambini lo capiscono al primo colpo.", "fail"),
    ("it", "Guardi, mica è fisica nucleare.", "fail"),
    ("en", "Honestly, the theory test isn't hard, eighteen-year-olds pass it all the time.", "fail"),
    ("en", "It's hardly difficult, even kids manage it.", "fail"),
    ("en", "Look, it's not brain surgery.", "fail"),
    ("it", "Non si preoccupi, la sbagliano anche i ragazzini di diciott'anni.", "pass"),
    ("it", "Anche i bambini possono venire alla visita.", "pass"),
    ("en", "Don't worry, plenty of eighteen-year-olds fail it too.", "pass"),
    ("en", "Kids pass it on to each other at school, so keep her home.", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), CHILDS_PLAY)
def test_the_customers_difficulty_made_light_of_as_childs_play_talks_down(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "professional_language") == expected


# The same measured by the agent's grandparents ("ci riesce anche mia nonna", "even my nan manages it"), or
# children's work said with "sanno fare" ("lo sanno fare anche i bambini"): talking down. What the
# grandparents love or use too, or get lost in too, is no comparison.
MANAGED_EVEN_BY_GRANDMA = [
    ("it", "Il sito è semplicissimo, ci riesce anche mia nonna.", "fail"),
    ("it", "Guardi, perfino mio nonno lo sa usare.", "fail"),
    ("it", "Lo sanno fare anche i bambini.", "fail"),
    ("en", "Honestly, the website's really quite simple, even my nan manages it, you just click on my orders.", "fail"),
    ("en", "It's easy, even my gran can use it.", "fail"),
    ("it", "Lo usa anche mia nonna, è comodo.", "pass"),
    ("it", "Anche mia nonna adora le sue rose.", "pass"),
    ("it", "Anche mia nonna ci si perde, non si preoccupi.", "pass"),
    ("en", "Even my nan loves your roses, they're lovely.", "pass"),
    ("en", "My nan uses it too, it's handy.", "pass"),
    ("en", "Even my grandad gets confused by it, don't worry.", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), MANAGED_EVEN_BY_GRANDMA)
def test_what_even_the_agents_grandparents_manage_talks_down(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "professional_language") == expected


# Told what they would know had they read or opened it, the thing named first or as a pronoun ("se il
# libretto l'avesse aperto almeno una volta, saprebbe", "if you'd opened the manual even once, you'd
# know"): a reproach. What the customer did not receive, or advice for what to check now, is not.
WOULD_KNOW_HAD_THEY_READ = [
    ("it", "Se il libretto l'avesse aperto almeno una volta in due anni, saprebbe che è l'isolamento.", "fail"),
    ("it", "Se l'avesse letta, saprebbe che il volo è cancellato.", "fail"),
    ("en", "If you'd opened the manual even once, you'd know E07 is the insulation.", "fail"),
    ("en", "If you had read the email, you would know the show was cancelled.", "fail"),
    ("it", "Se l'avesse ricevuta, la troverebbe nella posta.", "pass"),
    ("it", "Se l'ha già letta, le riassumo solo il punto.", "pass"),
    ("en", "If you'd check your spam folder, you'd probably find it there.", "pass"),
    ("en", "If you've read the manual, you'll know where the code is.", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), WOULD_KNOW_HAD_THEY_READ)
def test_what_the_customer_would_know_had_they_read_it_is_a_reproach(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "professional_language") == expected


# Told to read their own mail now and again, as if they never did ("maybe worth a wee look at the emails now and
# again", "magari un'occhiata alla posta ogni tanto"): condescending. Advice about the spam folder, with or
# without "now and again", and the agent's own checking are not.
MAIL_NOW_AND_AGAIN = [
    (
        "en",
        "It's been sitting in your inbox the whole time. Maybe worth a wee look at the emails now and again.",
        "fail",
    ),
    ("en", "Maybe check your emails once in a while.", "fail"),
    ("it", "Magari un'occhiata alla posta ogni tanto, eh.", "fail"),
    ("it", "Ogni tanto guardi la posta, signora.", "fail"),
    ("en", "It's worth checking your spam folder now and again.", "pass"),
    ("en", "I'll check the emails now and then and let you know.", "pass"),
    ("it", "Le conviene controllare ogni tanto la posta indesiderata.", "pass"),
    ("it", "Ogni tanto controllo io le mail e la avviso.", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), MAIL_NOW_AND_AGAIN)
def test_told_to_read_their_own_mail_now_and_again_is_condescending(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "professional_language") == expected


# Talking down in two ordinary shapes: an explanation slowed down for the customer ("let me go through it slowly
# for you", "glielo rispiego piano piano") and what most people manage, said to one who did not ("most parents
# manage to read the email", "la maggior parte dei genitori riesce a leggere la mail"). Reading out or spelling
# slowly is dictation, going slowly together is no put-down, and what most people find hard too reassures.
SLOWLY_FOR_YOU = [
    ("en", "Right, let me go through it slowly for you, because it's honestly not complicated.", "fail"),
    ("en", "Most parents manage to read the email.", "fail"),
    ("it", "Allora, glielo rispiego piano piano, signora.", "fail"),
    ("it", "La maggior parte dei genitori riesce a leggere la mail.", "fail"),
    ("it", "Gli altri genitori riescono a leggerla, la mail.", "fail"),
    ("en", "I'll read the number slowly for you.", "pass"),
    ("en", "Let's go through it slowly together.", "pass"),
    ("en", "Most parents find the email confusing, so don't worry.", "pass"),
    ("en", "Most parents manage to get here by ten.", "pass"),
    ("it", "Le detto il codice piano piano.", "pass"),
    ("it", "Facciamo piano piano insieme.", "pass"),
    ("it", "La maggior parte dei genitori trova la mail poco chiara.", "pass"),
    ("it", "Quasi tutti riescono ad arrivare entro le dieci.", "pass"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), SLOWLY_FOR_YOU)
def test_an_explanation_slowed_down_for_the_customer_or_what_most_manage_talks_down(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "professional_language") == expected


# Written into the company's record ("nella scheda", "in the notes") for the colleague a call goes to, "already
# written" tells the customer nothing again; written to the customer, or opened as a reminder ("come…", "as…"),
# it still reproaches.
WRITTEN_FOR_THE_RECORD = [
    (
        "it",
        "Adesso la passo io alla collega, le ho già scritto tutto nella scheda, titolo e data, così lei non deve "
        "ripetere niente.",
        "pass",
    ),
    ("it", "Gliel'ho già scritto nelle note per il tecnico, così non deve rispiegare.", "pass"),
    ("it", "Gliel'ho già scritto nella mail, legga.", "fail"),
    ("it", "Le ho già scritto tutto, legga la mail.", "fail"),
    ("it", "Come le ho già scritto nella scheda, la garanzia è scaduta.", "fail"),
    (
        "en",
        "I'm putting you through to Monica now, I've already written it all up in the notes for her, so you won't "
        "have to repeat anything.",
        "pass",
    ),
    ("en", "As I already wrote to you, the refund isn't possible.", "fail"),
    ("en", "Like I wrote in the email, it's non-refundable.", "fail"),
    ("en", "I've written to you twice already, the fee stands.", "fail"),
    ("en", "As I already wrote in your file, the warranty has expired.", "fail"),
]


@pytest.mark.parametrize(("language", "reply", "expected"), WRITTEN_FOR_THE_RECORD)
def test_already_written_into_the_record_for_a_colleague_is_no_reproach(language, reply, expected):
    assert result(call(language, f"A: {reply}"), "professional_language") == expected
