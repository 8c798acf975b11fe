"""Whole calls in a natural style: long turns, colloquial phrasing, agents good in some respects and poor in
others, regional speech, interruptions.

Each call is labelled, criterion by criterion, the way a careful grader reads
../shared/specs/default-rubrics.md.
"""

import pytest

from tests.feedback.scoring.builders import call, score

CALLS = [
    (
        "en",
        {
            "empathy": "pass",
            "ownership": "pass",
            "commitment_time": "pass",
            "hold_etiquette": "pass",
            "verification": "pass",
        },
        [
            "A: Morning, Brightwater Energy, you're through to Kelly. What can I do for you?",
            "C: Hiya. Look, I've had three bills in a row that are way over what I normally pay, and I've rung twice already and nobody's done anything. I'm honestly at my wits' end with it.",
            "A: Oh no, three bills and two calls with nothing to show for it, I'd be fed up too. Let's get to the bottom of it this time. Can I take the first line of your address and your date of birth, just so I know I'm talking to the account holder?",
            "C: 14 Alder Road, and it's the 3rd of June 1979.",
            "A: Lovely, thank you. Right, I can see the readings there, and it looks like the last two have been estimated rather than actual. Would you mind if I took a couple of minutes to go through them properly?",
            "C: Go on then.",
            "A: Thanks for bearing with me. So what's happened is the meter hasn't sent a reading since March, which is why the system's been guessing. What I'm going to do is put in a request for an engineer to check the smart meter, and I'll rebill the last two quarters once we've got a proper reading. The engineer's booked for Wednesday the 14th, morning slot, eight till twelve. Does that work for you?",
            "C: Yeah, I'm in on Wednesday.",
            "A: Perfect. And I'll ring you myself on the Friday after, so the 16th, around two, to go through the new bill with you. Normally rebills take a couple of weeks to show online, but I'll make sure yours is done while we're on the phone that day. Is there anything else I can help with?",
            "C: No, that's it, thanks Kelly.",
            "A: You're welcome, take care now, bye.",
        ],
    ),
    (
        "en",
        {
            "empathy": "fail",
            "ownership": "fail",
            "commitment_time": "fail",
            "hold_etiquette": "fail",
            "verification": "fail",
        },
        [
            "A: Parcel Express, Dean speaking.",
            "C: Hi, my parcel says delivered but it's not here, and it's my daughter's birthday present.",
            "A: Right. Hold on.",
            "C: ...",
            "A: Okay, so it says left in a safe place. Basically, if the driver says it's delivered, there's not a lot we can do from here. You'd need to speak to the retailer, they're the ones who sent it, they can raise a claim with us.",
            "C: But you delivered it!",
            "A: Yeah, but the contract's between you and them. They'll sort it out eventually. Someone from the claims side will probably get back to you at some point once the retailer's raised it.",
            "C: Great.",
            "A: Anything else?",
            "C: No.",
            "A: Bye then.",
        ],
    ),
    (
        "it",
        {
            "empathy": "pass",
            "ownership": "pass",
            "commitment_time": "pass",
            "hold_etiquette": "pass",
            "verification": "pass",
        },
        [
            "A: Buongiorno, Acquedotto del Lario, sono Marta, come posso aiutarla?",
            "C: Buongiorno, guardi, è da lunedì che dal rubinetto esce acqua marrone, ho due bambini piccoli e non so più cosa fare, ho già chiamato ieri e mi hanno detto che mi avrebbero richiamato, ma niente.",
            "A: Accidenti, quasi una settimana così con due bambini piccoli, e per di più senza che nessuno si sia fatto sentire: chiunque sarebbe esasperato. Adesso ce ne occupiamo bene. Per prima cosa, mi conferma il codice utente che trova in alto a destra sulla bolletta?",
            "C: Sì, è 4471-AB.",
            "A: Grazie. Mi concede due minuti per verificare se ci sono lavori in corso nella sua via?",
            "C: Sì, sì, vada pure.",
            "A: Grazie di avermi aspettato. Allora, risulta un intervento sulla condotta di via Manzoni che ha smosso i sedimenti. Le mando subito una squadra per lo spurgo: il tecnico passerà da lei domani mattina tra le nove e le undici. E la richiamo io personalmente domani alle cinque per sapere se è tutto a posto.",
            "C: Va bene, grazie.",
            "A: Di solito in questi casi l'acqua torna limpida in qualche ora, ma comunque domani ci sentiamo. C'è altro che posso fare per lei?",
            "C: No, grazie.",
            "A: Grazie a lei, buona giornata.",
        ],
    ),
    (
        "it",
        {
            "empathy": "fail",
            "ownership": "fail",
            "commitment_time": "fail",
            "hold_etiquette": "fail",
            "verification": "fail",
        },
        [
            "A: Pronto, Telefonia Sud.",
            "C: Salve, mi hanno addebitato due volte la stessa bolletta, settanta euro in più.",
            "A: Sì. Attenda.",
            "C: ...",
            "A: Allora, qui vedo due addebiti, ma il secondo l'ha fatto la banca, non noi. Per lo storno deve rivolgersi alla sua banca, noi non possiamo fare nulla su un addebito che non abbiamo fatto noi.",
            "C: Ma la bolletta è vostra!",
            "A: Eh, lo so, ma funziona così. Comunque le faremo sapere qualcosa appena possibile, se nel frattempo la banca le risponde.",
            "C: Va bene.",
            "A: Altro?",
            "C: No.",
            "A: Arrivederci.",
        ],
    ),
    (
        "it",
        {
            "empathy": "pass",
            "ownership": "pass",
            "commitment_time": "pass",
            "hold_etiquette": "pass",
            "verification": "pass",
            "discovery_question": "pass",
            "resolution_check": "pass",
        },
        [
            "A: Pronto, buonasera, Assicurazioni Gemelli, le parla Fabio.",
            "C: Buonasera, senta, io ho fatto un incidente la settimana scorsa, niente di grave, ma è una settimana che aspetto che qualcuno mi dica qualcosa sul perito e non si fa vivo nessuno, e intanto la macchina è ferma dal carrozziere.",
            "A: Eh, una settimana a piedi senza sapere niente, capisco bene che sia stufo. Mi detta il numero del sinistro, così vedo a che punto siamo?",
            "C: È il 2024-778.",
            "A: Perfetto. Mi racconti un attimo com'è andata col carrozziere, le hanno già fatto un preventivo?",
            "C: Sì, ma senza il perito non possono partire.",
            "A: Chiaro. Mi dà un paio di minuti che sento l'ufficio periti?",
            "C: Va bene.",
            "A: Eccomi, grazie per avere aspettato. Allora, il perito era stato assegnato ma la pratica non gli era stata inoltrata, un errore nostro. L'ho inoltrata adesso e l'ho segnata come urgente: il perito la chiama domani in mattinata per fissare il sopralluogo, e comunque la ricontatto io giovedì entro le sei per sapere se è tutto partito.",
            "C: Speriamo.",
            "A: Vedrà che stavolta va. C'è altro su cui posso aiutarla?",
            "C: No, grazie.",
            "A: Grazie a lei, buona serata.",
        ],
    ),
    (
        "it",
        {
            "empathy": "fail",
            "ownership": "fail",
            "commitment_time": "na",
            "hold_etiquette": "na",
            "verification": "fail",
            "discovery_question": "fail",
            "resolution_check": "fail",
        },
        [
            "A: Assicurazioni Gemelli, buongiorno, sono Paola.",
            "C: Buongiorno, vorrei sapere perché il rimborso della visita non mi è ancora arrivato.",
            "A: Allora, i rimborsi delle visite li gestisce la cassa sanitaria, non noi. Noi facciamo solo la parte auto. Deve sentire la cassa, il numero lo trova sul retro della tessera.",
            "C: Ma io ho la polizza con voi.",
            "A: Sì, però il rimborso lo paga la cassa. Il sistema mi dice «pratica trasmessa all'ente», quindi per noi è chiusa.",
            "C: E quindi?",
            "A: E quindi la deve seguire con loro. Arrivederci.",
        ],
    ),
    (
        "en",
        {
            "empathy": "pass",
            "ownership": "pass",
            "commitment_time": "fail",
            "hold_etiquette": "fail",
            "verification": "pass",
            "discovery_question": "pass",
            "resolution_check": "fail",
        },
        [
            "A: Hi there, thanks for calling Kestrel Broadband, my name's Priya.",
            "C: Hi Priya. Right, so my internet keeps dropping out every evening around eight, and I work from home, so it's doing my head in.",
            "A: Oh, that's rubbish, especially when you're trying to work. Before I dig in, can you just confirm the postcode and the first line of your address for me?",
            "C: BS3 4QT, 22 Dean Lane.",
            "A: Thank you. And when it drops, what do the lights on the router do?",
            "C: The internet one goes orange.",
            "A: Right, hang on, I'm just running a line test.",
            "C: Okay.",
            "A: So the test shows some noise on the line. The system's note says 'customer to contact Openreach directly', but ignore that, that's our job, not yours. I'll raise a fault with Openreach and somebody will be in touch about an engineer visit.",
            "C: Okay, thanks.",
            "A: No worries, bye now.",
        ],
    ),
    (
        "en",
        {
            "empathy": "fail",
            "ownership": "pass",
            "commitment_time": "pass",
            "hold_etiquette": "pass",
            "verification": "fail",
            "discovery_question": "fail",
            "resolution_check": "pass",
        },
        [
            "A: Kestrel Broadband, Tom speaking.",
            "C: Hi, I'm moving house next month and I need the broadband moved.",
            "A: Okay. Is that within the UK?",
            "C: Yes, to Leeds.",
            "A: Fine. Can I just pop you on hold for a second while I check availability?",
            "C: Sure.",
            "A: Thanks for holding. Yes, we cover that address. I'll set up the move and you'll get the confirmation email by 6pm today, and the new line goes live on the 14th.",
            "C: Great.",
            "A: Is there anything else I can help you with?",
            "C: No.",
            "A: Thanks for calling, bye.",
        ],
    ),
    (
        "it",
        {
            "empathy": "pass",
            "ownership": "pass",
            "commitment_time": "pass",
            "hold_etiquette": "na",
            "verification": "pass",
            "discovery_question": "pass",
            "resolution_check": "pass",
        },
        [
            "A: Buongiorno, Gas Campano, sono Gennaro, mi dica.",
            "C: Buongiorno, guardi, 'sto contatore mo' fa un rumore strano da tre giorni e io c'ho paura, c'ho i bambini in casa.",
            "A: Eh, ci mancherebbe, con i bambini in casa è normale essere preoccupata, ha fatto benissimo a chiamare. Prima cosa: sente odore di gas?",
            "C: No, odore no.",
            "A: Meno male. Mi dice il codice PDR che sta sulla bolletta, così le mando",
            "C: Aspetti che lo prendo... 0012 3456 7890.",
            "A: Grazie. Allora le mando un tecnico per la verifica del contatore: passa oggi pomeriggio tra le due e le sei. Che tipo di rumore è, un fischio o più un ticchettio?",
            "C: Un fischio.",
            "A: Va bene, lo segno per il tecnico. Le serve altro?",
            "C: No, grazie, gentilissimo.",
            "A: Si figuri, buona giornata.",
        ],
    ),
    (
        "en",
        {
            "empathy": "fail",
            "ownership": "fail",
            "commitment_time": "fail",
            "hold_etiquette": "fail",
            "verification": "pass",
            "discovery_question": "fail",
            "resolution_check": "fail",
        },
        [
            "A: Northgate Water, Gary.",
            "C: Hiya Gary, there's been a leak in the street outside mine for two weeks and it's now coming into the garden.",
            "A: Right. Postcode?",
            "C: LS6 2HJ.",
            "A: Okay. Hang on.",
            "C: ...",
            "A: Yeah, so that's a council pipe by the look of it, not ours. You'll need to ring Leeds City Council, they deal with the highways stuff. I'll stick a note on here and someone might come and look at it at some point.",
            "C: Brilliant.",
            "A: Cheers, bye.",
        ],
    ),
    (
        "en",
        {
            "empathy": "pass",
            "ownership": "pass",
            "commitment_time": "pass",
            "hold_etiquette": "pass",
            "verification": "pass",
            "discovery_question": "pass",
            "resolution_check": "pass",
        },
        [
            "A: Hiya, Northgate Water, you're through to Lauren, how can I help?",
            "C: Hi Lauren, there's water pouring out of the pavement by my house and it's been like that since yesterday.",
            "A: Oh gosh, since yesterday? That's a lot of water, and you must be worried about your house. Let's get this sorted. Can I take your postcode and house number, please?",
            "C: LS6 2HJ, number 9.",
            "A: Thanks. So that I send the right crew, what does it look like, is it bubbling up or more of a steady trickle?",
            "C: Bubbling, quite a lot.",
            "A: Okay. Would you mind if I put you on hold for a minute or so while I check what's already logged?",
            "C: No, go for it.",
            "A: Thanks so much for holding. It's not logged yet, so I've raised it as an emergency. A crew will be with you within four hours, so by about half past three, and",
            "C: Oh, great.",
            "A: and I'll give you a ring at five to make sure they've been. Is there anything else I can do for you today?",
            "C: No, that's brilliant, thank you.",
            "A: You're welcome, take care.",
        ],
    ),
    (
        "it",
        {
            "empathy": "fail",
            "ownership": "fail",
            "commitment_time": "fail",
            "hold_etiquette": "fail",
            "verification": "fail",
            "discovery_question": "fail",
            "resolution_check": "pass",
        },
        [
            "A: Pronto, Roma Energia.",
            "C: Ahò, buongiorno, m'è arrivata 'na bolletta de quattrocento euro, ma che state a scherzà?",
            "A: Allora, un attimo.",
            "C: ...",
            "A: Sì, la vedo. È il conguaglio. Se pensa che sia sbagliato deve fare reclamo all'ARERA, noi non la possiamo modificare.",
            "C: Ma come all'ARERA?",
            "A: Eh sì, funziona così. Comunque le faremo avere una rateizzazione prossimamente. Altro?",
            "C: No.",
            "A: Arrivederci.",
        ],
    ),
]


# Calls written for the third round's kinds: a poor agent whose stock phrases sit in questions, who blames
# and sends the customer off, and promises in the passive with a vague time; a good agent who reads out
# and disowns a colleague's note, acknowledges in their own words, asks time to check and calls back at a
# spoken clock time.
CALLS += [
    (
        "it",
        {
            "empathy": "fail",
            "ownership": "fail",
            "commitment_time": "fail",
            "discovery_question": "pass",
            "professional_language": "fail",
        },
        [
            "A: Buongiorno, Acque del Sud, sono Marco.",
            "C: Buongiorno, è da tre giorni che c'è una perdita d'acqua davanti a casa mia e nessuno fa niente.",
            "A: Che fastidio le dà, scusi, una pozzanghera? Il tubo da dove esce esattamente?",
            "C: Dal tombino sul marciapiede, ed è la terza volta che chiamo.",
            "A: Guardi, come le dicevo già la volta scorsa, la rete stradale non la gestiamo noi. "
            "La segnalazione la deve aprire lei al comune, non è complicato, lo sa fare chiunque.",
            "C: Ma io l'ho già fatto!",
            "A: Allora la sua pratica sarà lavorata quanto prima. Altro?",
            "C: No, arrivederci.",
            "A: Arrivederci.",
        ],
    ),
    (
        "en",
        {
            "empathy": "pass",
            "ownership": "pass",
            "commitment_time": "pass",
            "hold_etiquette": "pass",
            "discovery_question": "pass",
            "professional_language": "pass",
        },
        [
            "A: Good afternoon, Northgate Water, you're speaking with Priya.",
            "C: Hi, there's been water coming up through the pavement outside my house for three days, "
            "and last time I was told to report it to the council myself.",
            "A: Three days of that outside your front door, and being sent off to the council on top of it, "
            "I know how much of a worry that is with the cold coming in. So the water comes up where exactly?",
            "C: By the drain cover on the pavement.",
            "A: Right. My colleague's note here says: not our responsibility, customer to contact the council. "
            "That's not right, the pipe under the pavement is ours, so I'm taking this on. "
            "Could you give me two ticks while I check the crew's diary?",
            "C: Sure.",
            "A: Thanks for bearing with me. I've raised it as a priority job and I'll ring you back at ten to five "
            "this afternoon to confirm when the crew arrives.",
            "C: Great, thank you.",
            "A: Is there anything else I can help with today?",
            "C: No, that's all.",
            "A: Thanks for calling, take care.",
        ],
    ),
]


@pytest.mark.parametrize(("language", "labels", "lines"), CALLS)
def test_a_natural_call_is_scored_as_a_careful_grader_would(language, labels, lines):
    scored = score(call(language, *lines, requires_verification=True))["criteria"]
    results = {item["key"]: item["result"] for item in scored}
    assert {key: results[key] for key in labels} == labels
