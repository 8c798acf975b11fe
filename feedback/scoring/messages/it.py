"""Italian messages and coaching tips: criterion → reason → (message, tip).

Placeholders: {quote} the agent's words that decided the result, {value}/{limit}/
{low}/{high} the measured figure and thresholds, {name} the customer's name; in tips
{agent} the agent's first name, {address} the customer as the agent would address them
and {hello} the name a social greeting uses (see ``tip_names``: the real names of the
call, or a generic placeholder).
"""

# A failure decided only by words the recogniser barely heard (confidence.py).
UNSURE = (
    "Non valutato, da verificare dal supervisore: «{word}» è stato riconosciuto con poca sicurezza ({percent}%). "
    "Se è stato detto davvero: {message}"
)

UNSURE_REREAD = (
    "Non valutato, da verificare dal supervisore: la registrazione è stata trascritta «{heard}», letta qui "
    "come «{word}». Se è stato detto davvero «{word}»: {message}"
)

MESSAGES = {
    "greeting": {
        "pass": (
            "Apertura completa: saluto e presentazione con il proprio nome.",
            "Bene: «{quote}». Continua ad aprire così.",
        ),
        "pass_social": ("Il primo messaggio si apre con un saluto.", "Bene: «{quote}»."),
        "fail_no_name": (
            "Il saluto c'è, ma l'operatore non dice il proprio nome.",
            "Hai detto «{quote}». Aggiungi il tuo nome: «Buongiorno, sono {agent} di …, come posso aiutarla?»",
        ),
        "fail_no_greeting": (
            "L'operatore si presenta ma non saluta.",
            "Hai detto «{quote}». Apri con un saluto: «Buongiorno, sono {agent}, come posso aiutarla?»",
        ),
        "fail_neither": (
            "Nel primo intervento mancano sia il saluto sia il nome dell'operatore.",
            "Hai detto «{quote}». Prova: «Buongiorno, sono {agent} di …, come posso aiutarla?»",
        ),
        "fail": (
            "Il primo messaggio non si apre con un saluto.",
            "La prima frase era «{quote}». Comincia salutando: «Ciao{hello}, …» e poi scusati o ringrazia.",
        ),
    },
    "customer_name": {
        "pass": (
            "L'operatore si rivolge al cliente per nome.",
            "Bene: «{quote}». Usare il nome rende il contatto personale.",
        ),
        "fail": (
            "L'operatore non usa mai il nome del cliente ({name}).",
            "Il cliente è {name}: usalo almeno una volta, ad esempio «Grazie, {address}, verifico subito».",
        ),
        "fail_handle": (
            "L'operatore non si rivolge mai al cliente ({name}).",
            "Apri la risposta con il nome utente del cliente: «Ciao {name}, …».",
        ),
        "na": ("Il nome del cliente non è noto.", ""),
    },
    "empathy": {
        "pass": ("L'operatore mostra empatia o riconosce il disagio.", "Bene: «{quote}»."),
        "fail": (
            "Nessuna frase dell'operatore esprime empatia, scuse o comprensione.",
            "Hai detto «{quote}». Riconosci prima la situazione: «Mi dispiace per il disagio, capisco quanto sia scomodo.»",
        ),
    },
    "ownership": {
        "pass": ("L'operatore si fa carico della richiesta senza scaricarla su altri.", ""),
        "fail": (
            "L'operatore scarica la responsabilità o manda il cliente altrove.",
            "Hai detto «{quote}». Prendi in carico: «Me ne occupo io: passo la pratica al reparto competente e la aggiorno entro domani.»",
        ),
    },
    "commitment_time": {
        "pass": ("Ogni impegno ha un tempo concreto.", "Bene: «{quote}»."),
        "fail_vague": (
            "Un impegno ha solo un tempo vago.",
            "Hai detto «{quote}». Dai un tempo preciso: «La richiamo entro le 17 di oggi.»",
        ),
        "fail_no_time": (
            "Un impegno non ha nessun tempo.",
            "Hai detto «{quote}». Aggiungi quando: «Riceverà la conferma via email entro 24 ore.»",
        ),
        "na": ("Nessun impegno da mantenere in seguito.", ""),
    },
    "hold_etiquette": {
        "pass": ("L'attesa è chiesta come permesso e il cliente è ringraziato dopo.", "Bene: «{quote}»."),
        "fail_no_permission": (
            "L'operatore mette in attesa senza chiedere il permesso.",
            "Hai detto «{quote}». Chiedi: «Posso metterla in attesa un paio di minuti mentre verifico?»",
        ),
        "fail_no_thanks": (
            "Dopo l'attesa l'operatore non ringrazia il cliente.",
            "Dopo «{quote}», al rientro di' «Grazie per l'attesa.»",
        ),
        "fail_neither": (
            "L'attesa non è chiesta come permesso né seguita da un ringraziamento.",
            "Hai detto «{quote}». Chiedi «Posso metterla in attesa un momento?» e al rientro «Grazie per l'attesa.»",
        ),
        "na": ("Nessuna attesa.", ""),
    },
    "verification": {
        "pass": ("L'operatore chiede un dato identificativo.", "Bene: «{quote}»."),
        "fail": (
            "La verifica dell'identità era richiesta ma non è stato chiesto alcun dato identificativo.",
            "Prima di intervenire chiedi un dato: «Per sicurezza, mi conferma la sua data di nascita o il codice cliente?»",
        ),
        "na": ("Verifica dell'identità non richiesta.", ""),
    },
    "discovery_question": {
        "pass": ("L'operatore fa almeno una domanda aperta.", "Bene: «{quote}»."),
        "fail": (
            "Nessuna domanda aperta per capire il problema.",
            "Hai chiesto «{quote}». Apri la domanda: «Mi racconta cosa succede esattamente quando prova a …?»",
        ),
    },
    "resolution_check": {
        "pass": ("Alla fine l'operatore verifica se serve altro.", "Bene: «{quote}»."),
        "fail": (
            "Alla fine l'operatore non chiede se il problema è risolto o se serve altro.",
            "Prima di chiudere chiedi: «C'è altro in cui posso aiutarla?» oppure «Ho risolto il suo problema?»",
        ),
    },
    "closing": {
        "pass": ("La chiusura ringrazia o saluta il cliente.", "Bene: «{quote}»."),
        "fail": (
            "L'ultimo intervento non ringrazia né saluta.",
            "Hai chiuso con «{quote}». Prova: «Grazie per averci contattato, buona giornata.»",
        ),
    },
    "professional_language": {
        "pass": ("Linguaggio sempre professionale.", ""),
        "fail": (
            "Espressione condiscendente, colpevolizzante o volgare.",
            "Hai detto «{quote}». Riformula senza giudicare: «Verifichiamo insieme, così troviamo la soluzione.»",
        ),
    },
    "filler_words": {
        "pass": ("Intercalari sotto controllo ({value} ogni 100 parole).", ""),
        "fail": (
            "Troppi intercalari: {value} ogni 100 parole (massimo {limit}).",
            "Ad esempio «{quote}». Sostituisci «ehm» con una breve pausa.",
        ),
        "na": ("Non valutabile: mancano i tempi o le parole sono troppo poche.", ""),
    },
    "speaking_pace": {
        "pass": ("Velocità adeguata: {value} parole al minuto.", ""),
        "fail_fast": (
            "Parla troppo in fretta: {value} parole al minuto (ideale {low}–{high}).",
            "Rallenta e fai pause dopo le informazioni importanti (numeri, date).",
        ),
        "fail_slow": (
            "Parla troppo lentamente: {value} parole al minuto (ideale {low}–{high}).",
            "Prepara le informazioni prima di parlare per mantenere un ritmo sciolto.",
        ),
        "na": ("Non valutabile: mancano i tempi o il parlato è troppo breve.", ""),
    },
    "dead_air": {
        "pass": ("Nessun silenzio lungo (il più lungo: {value} s).", ""),
        "fail": (
            "Silenzio di {value} s (massimo {limit} s) senza avere annunciato un'attesa.",
            "Prima di «{quote}» c'è stato un lungo silenzio: se ti serve tempo, dillo («Verifico, mi concede un momento?»).",
        ),
        "na": ("Non valutabile: mancano i tempi.", ""),
    },
    "talk_ratio": {
        "pass": ("Buon equilibrio: l'operatore parla il {value}% del tempo.", ""),
        "fail": (
            "L'operatore parla il {value}% del tempo (massimo {limit}%).",
            "Lascia più spazio al cliente con domande aperte e frasi brevi.",
        ),
        "na": ("Non valutabile: mancano i tempi o gli interventi del cliente.", ""),
    },
    "private_channel": {
        "pass": ("Nessun dato personale chiesto in pubblico.", ""),
        "fail": (
            "Un messaggio pubblico chiede dati personali.",
            "Hai scritto «{quote}». Sposta in privato: «Scrivici in privato il numero d'ordine, ti aiutiamo da lì.»",
        ),
    },
    "reply_length": {
        "pass": ("Risposte pubbliche concise (massimo {value} caratteri).", ""),
        "fail": (
            "Una risposta pubblica è troppo lunga: {value} caratteri (massimo {limit}).",
            "Il messaggio che inizia con «{quote}» è lungo: tieni in pubblico l'essenziale e continua in privato.",
        ),
        "na": ("Nessun messaggio pubblico dell'operatore.", ""),
    },
    "tone": {
        "pass": ("Tono misurato: niente maiuscole gridate né punti esclamativi multipli.", ""),
        "fail": (
            "Tono sopra le righe: maiuscole o punti esclamativi multipli.",
            "Hai scritto «{quote}». Usa un tono calmo: niente maiuscole e al massimo un punto esclamativo.",
        ),
    },
    "signature": {
        "pass": ("I messaggi pubblici sono firmati.", ""),
        "fail": (
            "Un messaggio pubblico non è firmato.",
            "Il messaggio finisce con «{quote}». Chiudi con il tuo nome o le tue iniziali, ad esempio «– {agent}».",
        ),
        "na": ("Nessun messaggio pubblico dell'operatore.", ""),
    },
    "response_time": {
        "pass": ("Risposte tempestive (la più lenta dopo {value} s).", ""),
        "fail": (
            "Una risposta è arrivata dopo {value} s (massimo {limit} s).",
            "Rispondi entro {limit} secondi, anche solo per dire che stai verificando.",
        ),
        "na": ("Non valutabile: mancano gli orari dei messaggi.", ""),
    },
}
