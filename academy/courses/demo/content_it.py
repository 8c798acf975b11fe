"""Corsi dimostrativi in italiano: pratica reale di contact center, pronta per un formatore."""

COURSES = [
    {
        "key": "welcome-listening",
        "title": "Accoglienza e ascolto attivo",
        "slug": "accoglienza-e-ascolto-attivo",
        "summary": "I primi dieci secondi della chiamata e come far sentire il cliente ascoltato davvero.",
        "description": "<p>Il cliente decide in pochi secondi se sarà aiutato. In questo corso impari un'apertura "
        "calda e completa e le tecniche di ascolto attivo: domande aperte, riformulazione, riconoscimento.</p>",
        "minutes": 20,
        "lessons": [
            {
                "slug": "i-primi-dieci-secondi",
                "title": "I primi dieci secondi",
                "intro": "Saluto, azienda, il tuo nome, un'offerta di aiuto: in quest'ordine, senza fretta.",
                "minutes": 8,
                "text": """<h2>Perché l'apertura conta</h2>
<p>Chi chiama spesso ha già atteso in coda ed è già un po' teso. Un'apertura completa gli dice tre cose:
è nel posto giusto, parla con una persona e quella persona è lì per lui.</p>
<h2>La formula</h2>
<ol><li><b>Saluto</b> adatto all'ora: «Buongiorno», «Buonasera».</li>
<li><b>Azienda</b>: «grazie per aver chiamato Telco Italia».</li>
<li><b>Il tuo nome</b>: «sono Laura». Un nome rende la conversazione personale e responsabile.</li>
<li><b>Offerta di aiuto</b>: «come posso aiutarla?».</li></ol>
<p>Parla più lentamente del solito nella prima frase: il cliente si sta ancora sintonizzando. Sorridi mentre
parli: si sente. Appena il cliente dice il suo nome, annotalo e usalo nel corso della chiamata.</p>""",
                "say": [
                    (
                        "Pronto?",
                        "Buongiorno, grazie per aver chiamato Telco Italia, sono Laura. Come posso aiutarla?",
                        "«Pronto» è da telefono di casa: non dice chi sei né che sei lì per aiutare.",
                    ),
                    (
                        "Sì, dica.",
                        "Buongiorno signor Rossi, sono Laura: mi racconti pure.",
                        "«Dica» suona sbrigativo; il nome del cliente e un invito aperto creano fiducia.",
                    ),
                ],
                "quiz": {
                    "title": "L'apertura",
                    "pass_mark": 100,
                    "questions": [
                        {
                            "prompt": "Quale apertura è completa?",
                            "kind": "single",
                            "answers": [
                                (
                                    "Pronto, Telco Italia.",
                                    False,
                                    "Manca il saluto, manca il tuo nome e non offri aiuto.",
                                ),
                                (
                                    "Buongiorno, Telco Italia, sono Laura: come posso aiutarla?",
                                    True,
                                    "Esatto: saluto, azienda, nome e offerta di aiuto.",
                                ),
                                (
                                    "Buongiorno, mi dica il codice cliente.",
                                    False,
                                    "Chiedere subito un dato fa sentire il cliente una pratica, non una persona.",
                                ),
                            ],
                        },
                        {
                            "prompt": "Perché dire il proprio nome all'inizio della chiamata?",
                            "kind": "multiple",
                            "answers": [
                                ("Rende la conversazione personale.", True, "Sì: il cliente sa con chi sta parlando."),
                                (
                                    "Mostra che ti assumi la responsabilità della chiamata.",
                                    True,
                                    "Sì: un nome è un impegno verso il cliente.",
                                ),
                                (
                                    "Serve solo per la registrazione della chiamata.",
                                    False,
                                    "No: il nome serve al cliente, non al sistema.",
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "ascolto-attivo",
                "title": "Ascolto attivo",
                "intro": "Domande aperte, riformulazione e riconoscimento: il cliente deve sentirsi capito.",
                "minutes": 10,
                "text": """<h2>Ascoltare non è aspettare il proprio turno</h2>
<p>L'ascolto attivo ha tre gesti che il cliente percepisce chiaramente:</p>
<ul><li><b>Domande aperte</b> per capire davvero: «Mi può descrivere cosa succede quando accende il modem?».
Le domande chiuse («Ha provato a riavviare?») servono dopo, per verificare.</li>
<li><b>Riformulazione</b>: «Se ho capito bene, da lunedì la connessione cade ogni sera verso le nove.» Il
cliente corregge ciò che hai frainteso e sente che lo hai seguito.</li>
<li><b>Riconoscimento</b>: «Capisco il disagio, lavorando da casa è un problema serio.» Non è una formula:
nomina la situazione concreta del cliente.</li></ul>
<p>Evita di interrompere e di riempire i silenzi con «ehm» o «allora»: una pausa breve dopo una domanda dà al
cliente il tempo di rispondere. Prendi appunti mentre ascolti, così non dovrai far ripetere nulla.</p>""",
                "say": [
                    (
                        "Sì sì, ho capito, ma ha riavviato il modem?",
                        "Capisco, la connessione cade ogni sera: mi può raccontare cosa vede sulle luci del modem in quel momento?",
                        "«Sì sì, ho capito» seguito da «ma» dice al cliente che non stavi ascoltando.",
                    ),
                    (
                        "Non capisco cosa vuole dire.",
                        "Vorrei essere sicura di aver capito bene: mi può spiegare meglio cosa succede?",
                        "La prima frase scarica la colpa sul cliente; la seconda si prende la responsabilità di capire.",
                    ),
                ],
                "quiz": {
                    "title": "Ascolto attivo",
                    "pass_mark": 100,
                    "questions": [
                        {
                            "prompt": "Quale di queste è una domanda aperta che aiuta a capire il problema?",
                            "kind": "single",
                            "answers": [
                                (
                                    "Ha provato a riavviare?",
                                    False,
                                    "È una domanda chiusa: utile per verificare, non per capire.",
                                ),
                                (
                                    "Mi può descrivere cosa succede quando prova a collegarsi?",
                                    True,
                                    "Sì: invita il cliente a raccontare e ti dà informazioni che non avresti chiesto.",
                                ),
                                (
                                    "C'è altro in cui posso aiutarla?",
                                    False,
                                    "È una domanda di chiusura, non di scoperta.",
                                ),
                            ],
                        },
                        {
                            "prompt": "Quali frasi sono un vero riconoscimento della situazione del cliente?",
                            "kind": "multiple",
                            "answers": [
                                (
                                    "Capisco il disagio: senza linea non può lavorare da casa.",
                                    True,
                                    "Sì: nomini la sua situazione concreta.",
                                ),
                                (
                                    "Ha ragione a segnalarlo, è la terza volta questa settimana.",
                                    True,
                                    "Sì: riconosci il problema e il fatto che si ripete.",
                                ),
                                ("Ok.", False, "«Ok» prende atto, ma non riconosce nulla."),
                            ],
                        },
                    ],
                },
            },
        ],
    },
    {
        "key": "ownership",
        "title": "Ownership: il problema del cliente è anche mio",
        "slug": "ownership",
        "summary": "Mai più «non è di mia competenza»: resta con il cliente finché il problema ha una strada.",
        "description": "<p>Il cliente non conosce la nostra organizzazione e non deve conoscerla. Chi risponde "
        "si prende cura della richiesta: la risolve, o la affida a un collega senza far ripartire il cliente da zero.</p>",
        "minutes": 20,
        "lessons": [
            {
                "slug": "mai-non-e-di-mia-competenza",
                "title": "Mai «non è di mia competenza»",
                "intro": "Le frasi che scaricano il cliente e quelle che lo tengono per mano.",
                "minutes": 8,
                "text": """<h2>Cosa sente il cliente</h2>
<p>«Non è di mia competenza», «non dipende da me», «deve chiamare un altro numero»: per chi chiama significano
«il tuo problema non mi riguarda». Anche quando sono vere dal punto di vista organizzativo, lasciano il cliente
da solo, e spesso lo fanno richiamare arrabbiato.</p>
<h2>Ownership in pratica</h2>
<ul><li>Parti da ciò che <b>puoi</b> fare: «Me ne occupo io».</li>
<li>Se serve un altro reparto, <b>contattalo tu</b> o apri tu la richiesta, e dillo: «Apro io la segnalazione
all'ufficio tecnico, lei non deve fare nulla.»</li>
<li>Chiudi con un passo concreto e un tempo certo: chi farà cosa, e quando.</li></ul>
<p>Scusarsi non basta: «mi dispiace, ma non è compito mio» resta una frase che scarica il cliente.</p>""",
                "say": [
                    (
                        "Non è di mia competenza, deve chiamare l'ufficio amministrativo.",
                        "Me ne occupo io: contatto adesso l'ufficio amministrativo e le faccio sapere l'esito entro le 17.",
                        "Il cliente non deve imparare il nostro organigramma.",
                    ),
                    (
                        "Non posso farci niente.",
                        "Vediamo subito cosa possiamo fare: ci sono due strade.",
                        "Anche quando la risposta è no, c'è sempre un'alternativa da offrire.",
                    ),
                ],
                "quiz": {
                    "title": "Frasi che scaricano",
                    "pass_mark": 100,
                    "questions": [
                        {
                            "prompt": "Quali frasi scaricano la responsabilità sul cliente?",
                            "kind": "multiple",
                            "answers": [
                                ("Non è di mia competenza.", True, "Sì: è la frase simbolo della mancata ownership."),
                                (
                                    "Mi dispiace, ma deve chiamare un altro numero.",
                                    True,
                                    "Sì: le scuse non cambiano il fatto che il cliente deve ricominciare da capo.",
                                ),
                                (
                                    "La metto in contatto io con il collega e gli spiego già tutto.",
                                    False,
                                    "No: è un trasferimento accompagnato, il cliente non deve ripetere nulla.",
                                ),
                            ],
                        },
                        {
                            "prompt": "La richiesta spetta a un altro reparto. Cosa fai?",
                            "kind": "single",
                            "answers": [
                                (
                                    "Do al cliente il numero del reparto giusto.",
                                    False,
                                    "Così il cliente deve rifare la coda e rispiegare tutto.",
                                ),
                                (
                                    "Apro io la richiesta al reparto e dico al cliente quando avrà una risposta.",
                                    True,
                                    "Esatto: ti prendi cura della richiesta e dai un tempo certo.",
                                ),
                                (
                                    "Spiego che non posso farci niente.",
                                    False,
                                    "Il cliente resta senza strada: è la risposta peggiore.",
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "trasferimento-accompagnato",
                "title": "Il trasferimento accompagnato",
                "intro": "Quando serve un collega: passa il caso, non il problema.",
                "minutes": 7,
                "text": """<h2>Trasferire bene</h2>
<p>A volte il collega giusto è davvero un altro. Un trasferimento è ownership quando il cliente <b>non deve
ripetere nulla</b>:</p>
<ol><li>Spiega al cliente perché lo passi e a chi: «La metto in contatto con Marco dell'ufficio tecnico, che può
intervenire sulla linea.»</li>
<li>Chiedi il permesso: «Le va bene se la trasferisco?»</li>
<li>Presenta il caso al collega prima di passare la chiamata: nome, problema, cosa avete già provato.</li>
<li>Resta in linea finché il collega non ha preso in carico il cliente.</li></ol>
<p>Se il trasferimento non è possibile, prendi tu la richiesta e richiama il cliente con l'esito, a un orario
concordato.</p>""",
                "say": [
                    (
                        "Le passo un collega.",
                        "La metto in contatto con Marco dell'assistenza tecnica e gli spiego già tutto, così non dovrà ripetere nulla.",
                        "Il cliente sa con chi parlerà e che il caso lo segue.",
                    ),
                ],
                "quiz": {
                    "title": "Trasferimento",
                    "pass_mark": 100,
                    "questions": [
                        {
                            "prompt": "Cosa rende un trasferimento «accompagnato»?",
                            "kind": "multiple",
                            "answers": [
                                (
                                    "Il collega riceve il caso prima di parlare con il cliente.",
                                    True,
                                    "Sì: il cliente non deve ripetere la sua storia.",
                                ),
                                (
                                    "Il cliente sa a chi viene passato e perché.",
                                    True,
                                    "Sì: niente sorprese, niente attese al buio.",
                                ),
                                (
                                    "Il trasferimento avviene il più in fretta possibile, senza spiegazioni.",
                                    False,
                                    "La fretta fa ripartire il cliente da zero.",
                                ),
                            ],
                        },
                    ],
                },
            },
        ],
    },
    {
        "key": "certain-times",
        "title": "Tempi certi e attese gestite",
        "slug": "tempi-certi-e-attese",
        "summary": "Niente «al più presto»: orari concreti per richiamate e risposte, e attese in linea fatte bene.",
        "description": "<p>Un tempo vago crea un'attesa che non possiamo rispettare. In questo corso impari a "
        "promettere orari concreti e a mettere in attesa un cliente con rispetto.</p>",
        "minutes": 18,
        "lessons": [
            {
                "slug": "tempi-certi",
                "title": "Tempi certi, non «al più presto»",
                "intro": "Ogni promessa ha una data e un'ora.",
                "minutes": 8,
                "text": """<h2>Perché «al più presto» non funziona</h2>
<p>«Al più presto» per te significa «appena la pratica arriva in cima alla coda»; per il cliente significa
«oggi». La distanza tra queste due attese diventa un reclamo.</p>
<h2>Come promettere</h2>
<ul><li>Dai un tempo concreto: «entro domani alle 12», «entro 48 ore lavorative», «tra 20 minuti».</li>
<li>Prometti solo ciò che dipende da te o che puoi verificare: se non conosci il tempo, dai il tempo della
prossima notizia («la richiamo entro le 16 per aggiornarla»).</li>
<li>Ripeti la promessa alla fine della chiamata, così il cliente la ricorda.</li></ul>""",
                "say": [
                    (
                        "La richiameremo al più presto.",
                        "La richiamo io domani entro le 12 con l'esito della verifica.",
                        "Il cliente sa quando aspettarsi la chiamata e da chi.",
                    ),
                    ("Riceverà una email a breve.", "Riceverà la conferma via email entro 30 minuti.", None),
                ],
                "quiz": {
                    "title": "Promesse con tempi certi",
                    "pass_mark": 100,
                    "questions": [
                        {
                            "prompt": "Quale promessa ha un tempo certo?",
                            "kind": "single",
                            "answers": [
                                (
                                    "La ricontatteremo appena possibile.",
                                    False,
                                    "«Appena possibile» è vago: il cliente non sa quando aspettarsi la chiamata.",
                                ),
                                (
                                    "Le farò sapere entro venerdì alle 17.",
                                    True,
                                    "Sì: giorno e ora, il cliente può organizzarsi.",
                                ),
                                ("Sarà risolto a breve.", False, "«A breve» non è un tempo: è una speranza."),
                            ],
                        },
                        {
                            "prompt": "Non sai quanto durerà la verifica tecnica. Cosa prometti?",
                            "kind": "single",
                            "answers": [
                                ("Al più presto.", False, "Proprio ciò che vogliamo evitare."),
                                (
                                    "Niente: meglio non promettere.",
                                    False,
                                    "Il cliente resta senza riferimenti e richiamerà.",
                                ),
                                (
                                    "La richiamo entro le 16 per dirle a che punto siamo.",
                                    True,
                                    "Esatto: prometti il tempo della prossima notizia, che dipende da te.",
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "mettere-in-attesa",
                "title": "Mettere in attesa nel modo giusto",
                "intro": "Chiedi il permesso, dì quanto durerà, ringrazia al ritorno.",
                "minutes": 7,
                "text": """<h2>L'attesa in quattro passi</h2>
<ol><li><b>Spiega perché</b>: «Per verificare il pagamento devo consultare lo storico.»</li>
<li><b>Chiedi il permesso</b> e dai una durata: «Posso metterla in attesa per un paio di minuti?»</li>
<li><b>Torna in tempo</b>: se serve più tempo, rientra in linea e chiedilo di nuovo.</li>
<li><b>Ringrazia</b> al ritorno: «Grazie per l'attesa, signora Bianchi.»</li></ol>
<p>Il silenzio senza spiegazione sembra una linea caduta. Se la verifica richiede più di qualche minuto,
proponi di richiamare a un orario preciso invece di lasciare il cliente in musica.</p>""",
                "say": [
                    (
                        "Attenda.",
                        "Posso metterla in attesa per due minuti mentre controllo il suo ordine?",
                        "Un ordine secco diventa una richiesta con una durata.",
                    ),
                    ("Eccomi.", "Grazie per l'attesa: ho trovato il suo ordine.", None),
                ],
                "quiz": {
                    "title": "L'attesa",
                    "pass_mark": 100,
                    "questions": [
                        {
                            "prompt": "Quali elementi fanno parte di una buona messa in attesa?",
                            "kind": "multiple",
                            "answers": [
                                ("Chiedere il permesso.", True, "Sì: il cliente sceglie di attendere."),
                                ("Indicare quanto durerà.", True, "Sì: un'attesa con una durata pesa meno."),
                                ("Ringraziare per l'attesa al ritorno.", True, "Sì: riconosci il tempo del cliente."),
                                (
                                    "Mettere in attesa senza dire nulla, per fare prima.",
                                    False,
                                    "Il silenzio sembra una linea caduta e irrita il cliente.",
                                ),
                            ],
                        },
                    ],
                },
            },
        ],
    },
    {
        "key": "phone-and-social",
        "title": "Telefono e social: due canali, stesse attenzioni",
        "slug": "telefono-e-social",
        "summary": "Risposte pubbliche brevi e firmate, dati personali solo in privato.",
        "description": "<p>Sui social ogni risposta è pubblica e resta: la leggono il cliente e mille altri. "
        "Impari a rispondere con tono giusto e a spostare in privato ciò che è personale.</p>",
        "minutes": 18,
        "lessons": [
            {
                "slug": "la-risposta-pubblica",
                "title": "La risposta pubblica",
                "intro": "Breve, cortese, firmata e senza maiuscole urlate.",
                "minutes": 8,
                "text": """<h2>Cosa cambia rispetto al telefono</h2>
<p>Al telefono parli con una persona; in un commento pubblico parli con una persona <b>davanti a tutti</b>.
Le regole di base restano (saluto, nome, empatia, ownership, tempi certi), ma la forma cambia:</p>
<ul><li>Saluta e usa il nome o l'@ del cliente: «Ciao @mrossi».</li>
<li>Resta entro 280 caratteri: una risposta lunga in pubblico sembra una difesa.</li>
<li>Niente MAIUSCOLE e niente «!!»: per iscritto suonano come urla.</li>
<li>Firma con le tue iniziali («^LB») o con il nome: dietro l'account c'è una persona.</li>
<li>Rispondi in fretta: pochi minuti contano più di una risposta perfetta dopo un'ora.</li></ul>""",
                "say": [
                    (
                        "NON È COLPA NOSTRA!! Il problema è del corriere.",
                        "Ciao @mrossi, ci dispiace per il ritardo: verifichiamo subito con il corriere. Ti scriviamo in privato. ^LB",
                        "Il tono calmo e l'impegno concreto parlano anche a chi legge e non ha scritto.",
                    ),
                ],
                "quiz": {
                    "title": "Risposte pubbliche",
                    "pass_mark": 100,
                    "questions": [
                        {
                            "prompt": "Quale risposta pubblica è adatta?",
                            "kind": "single",
                            "answers": [
                                (
                                    "URGENTE: leggi le condizioni di servizio!!",
                                    False,
                                    "Maiuscole e punti esclamativi suonano aggressivi, e non aiuta.",
                                ),
                                (
                                    "Ciao @anna_v, ci dispiace per il disguido: ti scriviamo in privato per sistemarlo. ^LB",
                                    True,
                                    "Saluto, nome, empatia, una strada e la firma, in poche parole.",
                                ),
                                (
                                    "Gentile cliente, la sua segnalazione è stata inoltrata.",
                                    False,
                                    "Impersonale e senza un passo concreto né una firma.",
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "dati-personali-in-privato",
                "title": "I dati personali solo in privato",
                "intro": "Mai chiedere in pubblico numeri di contratto, indirizzi o telefoni.",
                "minutes": 8,
                "text": """<h2>Il canale privato</h2>
<p>Per verificare un ordine o un contratto servono dati personali. In un thread pubblico chiederli espone il
cliente: chiunque può leggerli e riusarli.</p>
<ul><li>Invita a scrivere in <b>messaggio privato</b>: «Scrivici in privato il numero d'ordine.»</li>
<li>Se il cliente ha già pubblicato un dato, invitalo a cancellarlo e continua in privato.</li>
<li>In privato valgono le stesse regole del telefono: ownership e tempi certi.</li>
<li>Torna nel thread pubblico a chiudere: «Risolto in privato, grazie per la pazienza! ^LB» mostra a tutti che
la richiesta ha avuto risposta.</li></ul>""",
                "say": [
                    (
                        "Ci scriva qui sotto numero di telefono e codice cliente.",
                        "Ciao Mario, scrivici in privato il codice cliente e verifichiamo subito. ^LB",
                        "Chiedere dati personali in pubblico è un errore grave, anche se il cliente è d'accordo.",
                    ),
                ],
                "quiz": {
                    "title": "Pubblico o privato",
                    "pass_mark": 100,
                    "questions": [
                        {
                            "prompt": "Quali richieste NON vanno mai fatte in una risposta pubblica?",
                            "kind": "multiple",
                            "answers": [
                                ("Il numero di telefono del cliente.", True, "Giusto: è un dato personale."),
                                (
                                    "Il codice cliente o il numero di contratto.",
                                    True,
                                    "Giusto: identifica il cliente e il suo contratto.",
                                ),
                                (
                                    "Di scriverci in privato.",
                                    False,
                                    "Invitare al privato è proprio la cosa giusta da fare in pubblico.",
                                ),
                            ],
                        },
                        {
                            "prompt": "Il cliente ha pubblicato il suo IBAN nel commento. Cosa fai?",
                            "kind": "single",
                            "answers": [
                                (
                                    "Lo uso per verificare il rimborso e rispondo in pubblico.",
                                    False,
                                    "Rispondere in pubblico tiene il dato in evidenza.",
                                ),
                                (
                                    "Lo invito a cancellare il commento e a scriverci in privato.",
                                    True,
                                    "Esatto: proteggi il cliente e continui dove è sicuro.",
                                ),
                                ("Ignoro il commento.", False, "Il cliente resta esposto e senza risposta."),
                            ],
                        },
                    ],
                },
            },
        ],
    },
    {
        "key": "upset-customer",
        "title": "Il cliente arrabbiato",
        "slug": "il-cliente-arrabbiato",
        "summary": "Lascia sfogare, riconosci, prendi in carico: la rabbia si abbassa quando il cliente si sente ascoltato.",
        "description": "<p>La rabbia del cliente quasi mai è personale: è la somma di attese e promesse mancate. "
        "Impari a non alimentarla e a trasformarla in un piano.</p>",
        "minutes": 18,
        "lessons": [
            {
                "slug": "lasciare-sfogare",
                "title": "Lasciare sfogare e riconoscere",
                "intro": "Prima le emozioni, poi il problema.",
                "minutes": 8,
                "text": """<h2>Le tre mosse</h2>
<ol><li><b>Lascia parlare</b> senza interrompere: chi si sfoga e viene interrotto ricomincia da capo.</li>
<li><b>Riconosci</b> la situazione: «Ha ragione, tre interventi mancati sono inaccettabili.» Scusarsi per il
disagio non significa dare ragione su tutto.</li>
<li><b>Prendi in carico</b> con un piano e un tempo: «Adesso blocco un tecnico per domani mattina e la richiamo
entro le 18 per confermarle l'orario.»</li></ol>
<p>Abbassa un po' il volume e rallenta: il cliente tende a rispecchiare il tuo ritmo.</p>""",
                "say": [
                    (
                        "Si calmi, signora.",
                        "Capisco quanto sia frustrante, signora Neri: vediamo subito come risolvere.",
                        "«Si calmi» non ha mai calmato nessuno: suona come un rimprovero.",
                    ),
                    (
                        "Come le ho già detto, il sistema non lo permette.",
                        "Mi spiego meglio: il sistema non permette la modifica online, quindi la faccio io adesso da qui.",
                        "«Come le ho già detto» fa sentire il cliente stupido.",
                    ),
                ],
                "quiz": {
                    "title": "Le prime parole",
                    "pass_mark": 100,
                    "questions": [
                        {
                            "prompt": "Il cliente alza la voce. Qual è la risposta migliore?",
                            "kind": "single",
                            "answers": [
                                (
                                    "Si calmi, altrimenti non posso aiutarla.",
                                    False,
                                    "Suona come una minaccia e alza la tensione.",
                                ),
                                (
                                    "Capisco la sua frustrazione: mi racconti cosa è successo, così me ne occupo subito.",
                                    True,
                                    "Riconosci l'emozione e porti la conversazione sul problema.",
                                ),
                                ("Non è colpa mia.", False, "Sposta l'attenzione su di te e lascia il cliente solo."),
                            ],
                        },
                        {
                            "prompt": "Quali espressioni vanno evitate con un cliente arrabbiato?",
                            "kind": "multiple",
                            "answers": [
                                ("Come le ho già detto…", True, "Sì: fa sentire il cliente giudicato."),
                                ("Lei non ha capito.", True, "Sì: scarica la colpa sul cliente."),
                                ("Ha ragione a segnalarlo.", False, "Questa invece è un buon riconoscimento."),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "dal-reclamo-al-piano",
                "title": "Dal reclamo al piano d'azione",
                "intro": "Chiudi con passi concreti, tempi certi e un controllo finale.",
                "minutes": 8,
                "text": """<h2>Un piano che il cliente può verificare</h2>
<p>Dopo lo sfogo, il cliente vuole sapere <b>cosa succede adesso</b>. Riassumi il problema, proponi il piano e
chiedi se va bene:</p>
<ul><li>«Riepilogo: la fattura di marzo contiene due volte lo stesso canone.»</li>
<li>«Apro ora la richiesta di rimborso; riceverà la nota di credito via email entro 5 giorni lavorativi.»</li>
<li>«Le va bene così? C'è altro in cui posso aiutarla?»</li></ul>
<p>Se non puoi dare ciò che chiede, dillo chiaramente e offri un'alternativa concreta: un «no» con una strada è
meglio di un «vedremo».</p>""",
                "say": [
                    (
                        "Vedremo cosa si può fare.",
                        "Apro adesso il rimborso: riceverà la nota di credito entro 5 giorni lavorativi.",
                        "Un piano con un tempo certo toglie al cliente il motivo di richiamare.",
                    ),
                ],
                "quiz": {
                    "title": "Il piano",
                    "pass_mark": 100,
                    "questions": [
                        {
                            "prompt": "Quale chiusura trasforma il reclamo in un piano?",
                            "kind": "single",
                            "answers": [
                                ("Faremo il possibile.", False, "Nessun passo concreto, nessun tempo."),
                                (
                                    "Apro ora la richiesta e la richiamo giovedì entro le 12 con l'esito. Le va bene?",
                                    True,
                                    "Passo concreto, tempo certo e verifica con il cliente.",
                                ),
                                (
                                    "Deve scrivere all'ufficio reclami.",
                                    False,
                                    "Scarica il cliente su un altro ufficio: manca ownership.",
                                ),
                            ],
                        },
                    ],
                },
            },
        ],
    },
]
