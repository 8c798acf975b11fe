"""Italian cues (notation: feedback/scoring/patterns.py).

The spec's cue lists are examples; these patterns aim at the meaning behind
them, with lemmas for verbs and optional adverbs/determiners in between.
"""


def _inflected(stems: str) -> str:
    """Adjective stems in every gender, number and superlative ("pesant" → pesante, pesantissime…)."""
    return " ".join(
        stem + ending
        for stem in stems.split()
        for ending in ("o", "a", "i", "e", "issimo", "issima", "issimi", "issime")
    )


# Evaluative adjectives of hardship ("fastidiosa", "pesantissimo"), as stems; the physical ones also
# describe things ("un pacco pesante", "una sedia scomoda").
JUDGED_STEMS = (
    "fastidios seccant scocciant stressant frustrant snervant esasperant estenuant spiacevol sgradevol "
    "terribil orribil tremend brutt pessim assurd pazzesc inaccettabil insopportabil intollerabil "
    "vergognos scandalos ingiust faticos stancant angosciant preoccupant irritant disastros penos odios "
    "allucinant avvilent deludent umiliant sfiancant massacrant logorant stort"
)
PHYSICAL_STEMS = "pesant scomod"

NUMBERS = (
    "un uno una mezza mezzo due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici "
    "quindici sedici diciassette diciotto diciannove venti ventuno ventidue ventitre ventiquattro venticinque ventisei "
    "ventisette ventotto ventinove trenta trentuno quaranta quarantotto "
    "cinquanta sessanta settantadue novanta cento"
)

SETS = {
    "ADV": "pure proprio davvero molto tanto veramente sinceramente anche ancora gia solo soltanto subito "
    "personalmente sicuramente certamente comunque poi ora adesso direttamente io noi perfettamente "
    "assolutamente pienamente completamente totalmente benissimo bene piu tutto",
    "UNIT": "minuto minuti ora ore oretta orette giorno giorni giornata settimana settimane mese mesi",
    "WEEKDAY": "lunedi martedi mercoledi giovedi venerdi sabato domenica",
    "MONTH": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "DAY_WORD": "oggi domani domattina stasera stamattina stamani stanotte dopodomani mezzogiorno mezzanotte",
    "DAYPART": "mattina mattinata pomeriggio sera serata",
    "CLITIC": "le la lo li gli ti vi ci ce ve te glielo gliela glieli gliele me",
    # Verbs of a promise in the future tense ("la richiameremo", "il tecnico passerà").
    "PROMISE": "richiamare chiamare ricontattare contattare telefonare inviare mandare spedire inoltrare scrivere "
    "comunicare aggiornare avvisare rimborsare accreditare riaccreditare restituire stornare consegnare "
    "riconsegnare riportare recapitare sostituire riparare sistemare risolvere attivare riattivare "
    "sbloccare correggere rettificare emettere fissare programmare passare venire intervenire provvedere "
    "ricevere arrivare tornare occupare partire sentire ritirare rispedire rimandare reinviare "
    "procedere effettuare evadere chiudere ripristinare riallacciare installare pagare versare "
    "erogare liquidare gestire ritelefonare risentire comparire apparire visitare "
    "riprogrammare ripianificare rifissare riprenotare riorganizzare riemettere rifare",
    # Actions done for the customer, said in the passive or impersonal ("verrà chiusa", "si procederà").
    "ACTION": "richiamare chiamare ricontattare contattare telefonare inviare mandare spedire inoltrare scrivere "
    "comunicare aggiornare avvisare rimborsare accreditare riaccreditare restituire stornare consegnare "
    "riconsegnare riportare recapitare sostituire riparare sistemare risolvere attivare riattivare "
    "sbloccare correggere rettificare emettere fissare programmare intervenire provvedere ritirare togliere revocare "
    "rispedire rimandare reinviare procedere effettuare evadere chiudere ripristinare riallacciare "
    "installare pagare versare erogare liquidare gestire verificare controllare esaminare valutare "
    "lavorare elaborare annullare cancellare disdire applicare montare collegare allacciare modificare "
    "prendere trasmettere rilasciare approvare autorizzare completare confermare visitare fare preparare "
    "riprogrammare ripianificare rifissare riprenotare riorganizzare riemettere rifare",
    # Verbs whose present tense promises too ("le invio", "la richiamo"), unlike "le passo", "le comunico".
    "PROMISE_NOW": "richiamare chiamare ricontattare contattare inviare mandare spedire inoltrare scrivere "
    "rimborsare accreditare riaccreditare restituire stornare consegnare riconsegnare riportare "
    "recapitare sostituire riparare sistemare risolvere aggiornare ritirare rispedire rimandare "
    "reinviare telefonare ritelefonare risentire "
    "riprogrammare ripianificare rifissare riprenotare riemettere",
    "RECEIVE": "arrivare tornare ricevere",
    # Third-person present forms that promise a visit or a call when someone of the company is the subject.
    "STAFF_COMES": "passa ripassa viene arriva torna interviene chiama richiama contatta ricontatta consegna ritira "
    "riporta porta",
    # Who acts for the company in a third-person promise ("un operatore la richiama").
    "STAFF": "operatore operatrice collega tecnico tecnica negozio corriere team ufficio reparto servizio qualcuno "
    "segreteria segretaria segretario ditta squadra laboratorio amministrazione sportello magazzino "
    "incaricato consulente specialista responsabile addetto assistenza sistema dottoressa dottore medico "
    "infermiere infermiera perito idraulico elettricista installatore fattorino autista agente",
    "FEELING": "preoccupare preoccuparsi arrabbiare arrabbiarsi innervosire agitare lamentare sentire chiedere "
    "dubitare stupire spaventare preoccupato arrabbiato seccato infastidito irritato deluso",
    "NEG_ADJ": "frustrante seccante fastidioso fastidiosa fastidiosi stressante spiacevole spiacevoli snervante "
    "pesante pesanti preoccupante angosciante terribile irritante sgradevole faticoso faticosa "
    "bruttissimo bruttissima brutto brutta inaccettabile scomodo scomoda",
    "NEG_NOUN": "disagio disagi spavento seccatura peccato disavventura disservizio fastidio guaio incubo stress "
    "preoccupazione frustrazione disappunto delusione",
    # Evaluative nouns of hardship, said of what the customer is going through ("una bella seccatura").
    "HARD_NOUN": "disagio disagi spavento seccatura seccature scocciatura scocciature peccato disavventura "
    "disservizio fastidio fastidi guaio guai incubo stress delusione rottura grana pasticcio odissea "
    "calvario tragedia dramma disastro beffa ingiustizia pena sofferenza trafila inconveniente "
    "inconvenienti vergogna follia assurdita avventura colpo batosta mazzata paura angoscia ansia "
    "sfacchinata faticaccia tortura spreco",
    "FED_UP": "stufo stufa stufi stufe esasperato esasperata esasperati esasperate esausto esausta esausti stanco "
    "stanca stanchi arrabbiato arrabbiata arrabbiati furioso furiosa furiosi nervoso nervosa frustrato "
    "frustrata frustrati seccato seccata infastidito infastidita preoccupato preoccupata preoccupati "
    "amareggiato amareggiata deluso delusa delusi sfinito sfinita infuriato infuriata infuriati furibondo furibonda "
    "arrabbiatissimo arrabbiatissima",
    # Evaluative adjectives of hardship ("fastidiosa", "pesantissimo").
    "HARD_ADJ": _inflected(f"{JUDGED_STEMS} {PHYSICAL_STEMS}"),
    # The same judgements without the words that also describe a thing ("un pacco pesante").
    "JUDGED_ADJ": _inflected(JUDGED_STEMS),
    "YOU": "lei suo sua suoi sue tuo tua tuoi tue te voi vostro vostra vostri vostre",
    "ID_NOUN": "cliente contratto pratica polizza sinistro ordine ordinazione prenotazione fattura utenza conto carta "
    "tessera abbonamento socio iscrizione pod pdr ticket segnalazione reclamo spedizione biglietto "
    "noleggio utente account contatore documento identita passaporto patente fornitura bagaglio "
    "tracciamento tracking pacco volo bolletta bollette conferma verbale multa contravvenzione avviso ricevuta "
    "permesso certificato voucher appuntamento intervento garanzia riparazione reso alloggio immobile scheda "
    "dossier matricola badge assistito paziente studente abbonato licenza ricetta posizione impianto allacciamento allaccio "
    "preventivo offerta proposta commessa ddt bolla cartella fascicolo protocollo "
    # Quello che il cliente ha presso l'azienda, numerato per lui: "il numero della botte", "della piazzola".
    "botte barrique quota ormeggio piazzola orto armadietto "
    # Il foglio dato al cliente quando ha lasciato o comprato qualcosa: "il numero dello scontrino", "di ritiro".
    "scontrino ritiro tagliando "
    # Una lettera mandata al cliente sulla sua pratica: "il numero sulla lettera".
    "lettera",
    "REQUEST": "confermare dire fornire dare indicare comunicare dettare leggere ripetere verificare servire "
    "bisogno precisare specificare",
    "POST": "scrivere inviare mandare postare pubblicare lasciare rispondere allegare",
    "TARGET": "altro altra altri altre ufficio uffici reparto settore numero sportello sede filiale agenzia servizio "
    "assistenza centralino gestore distributore corriere fornitore venditore produttore negozio "
    "rivenditore banca comune ente compagnia azienda societa loro li direttamente "
    "commercialista medico assicurazione proprietario amministratore condominio operatore posta "
    "poste dogana polizia carabinieri vigili questura prefettura motorizzazione asl ospedale farmacia "
    "scuola tribunale giudice avvocato garante autorita ministero regione provincia inps caf patronato "
    "concessionario officina meccanico carrozzeria installatore idraulico elettricista aeroporto albergo "
    "hotel reception anagrafe municipio ambasciata consolato notaio vettore",
    "CONTACT": "chiamare telefonare contattare rivolgere rivolgersi scrivere andare recare recarsi sentire "
    "segnalare chiedere passare tornare ritornare ripassare presentarsi presentare",
    # Ways to reach an organisation: who is named after them is someone the customer must contact.
    "CALL": "chiamare telefonare contattare rivolgere rivolgersi scrivere sentire",
    # What the customer may be told to write to another office ("deve mandare lei una mail all'ufficio tecnico").
    "NOTE_SENT": "riga righe mail email e-mail messaggio messaggino pec lettera raccomandata",
    # Short spans of time asked for ("un secondo" only where no noun follows: "un secondo documento" is not one).
    "MOMENT": "momento momenti attimo attimino istante minuto minuti momentino minutino minutini secondino secondi",
    "WISH": "giornata serata continuazione proseguimento domenica weekend fine settimana pomeriggio notte visione "
    "guida viaggio vacanza vacanze permanenza fortuna lavoro pranzo cena rientro festa feste lettura "
    "anno estate",
    # Words that open a reply to a yes-no question ("No, era solo questo."): the question was asked (checks/questions.py).
    "ANSWER": "si no certo esatto certamente",
    "WH": "come cosa che quale quali qual perche quando dove quanto quanta quanti quante chi",
    # Interrogatives that also open a clause of time or place ("…, o anche dopo, quando è calda?", checks/questions.py).
    "WH_WHEN": "quando dove",
    # Interrogatives that pick one of the options said after them ("Which suits you better, Tuesday or Wednesday?").
    "WH_CHOICE": "quale quali qual",
    # Words that open an offer asked rather than a promise made ("Vuole che la richiami domani, …?").
    "OFFER": "vuole vuoi volete preferisce preferisci preferite desidera posso possiamo devo dobbiamo",
    # Words that open the other half of an alternative question ("…, o preferisce…?").
    "OR": "o oppure altrimenti",
    # Words an interrogative left at the end of a question may carry after it ("ha pagato quanto, esattamente?").
    "WH_TAIL": "esattamente precisamente poi allora di preciso ,",
    # Words after an interrogative that make it ask, never open a clause of time or manner ("Come mai proprio
    # adesso, se posso chiederlo, …": a recorded sentence opened so asks whatever follows; checks/questions.py).
    "WH_ASKING": "mai",
    # Interrogatives that may also open a clause of time, manner, place or cause, or a relative one ("quando vuole,
    # …", "come le dicevo, …"): announced by a request to tell, they still ask only in one clause (checks/questions.py).
    "WH_CLAUSE": "come quando dove perche chi che",
    # Words that open a topic fronted before an interrogative ("il modem cosa fa?", "e questo da quando succede?").
    "TOPIC": "il lo la i gli le l' questo questa questi queste quello quella quelli quelle quel quest' quell' "
    "suo sua suoi sue",
    # Words skipped before an interrogative opens a clause ("Allora, in che punto…?").
    "OPENER": "e ed ma o allora ecco bene ok okay perfetto quindi poi invece senta scusi guardi dunque certo si no preciso "
    "grazie lei tu voi esattamente precisamente a in di da per con su tra fra",
    "OPEN_VERB": "descrivere spiegare raccontare dire precisare illustrare",
    "NARRATE": "descrivere spiegare raccontare illustrare",
    # Verbs of events: "cosa è successo quando…" asks about them, not for a datum named in the question.
    "EVENT": "successo successa succede succedeva succedesse accaduto accaduta accade accadeva capitato capitata "
    "capita capitava cambiato andato andata",
    # Words of a preference asked for: "quale preferisce, X o Y?" offers a choice (checks/questions.py).
    "PREFER": "preferisce preferisci preferite preferirebbe meglio comodo comoda comodi conviene",
    # Words before "contatti", "chiami" that make it a noun or give it a subject other than the customer.
    "NOT_YOU": "i dei ai nei coi sui dai degli agli negli gli suoi nostri vostri miei tuoi questi quei altri "
    "operatore operatrice collega tecnico tecnica corriere ufficio reparto perito medico dottoressa idraulico "
    "elettricista installatore segreteria ditta squadra laboratorio amministrazione sportello negozio",
    # Words that give a clause a condition of its own: a time there is not another clause's promise's.
    "CONDITION": "se qualora",
    "FUTURE_AUX": "",
    # A subject of its own before a request verb ("il tecnico le spiega"; checks/questions.py): its
    # determiners, and the words that make what follows one no subject (a preposition, "che", the
    # customer, a pronoun taking up a fronted object: "il rumore me lo descriva").
    "SUBJECT_DET": "il lo la l' i gli le un uno una un' mio mia suo sua questo questa quel quello quella",
    "NOT_SUBJECT": "di a da per con su in tra fra che lei tu voi lo li ne",
    # Words that open a clause of time or condition: a promise verb right after one frames what
    # follows ("quando le arriva, lo digiti"), it promises nothing.
    "WHEN": "quando appena se qualora finche",
    # "Now" opening a sentence before a comma leads into what follows, not a time ("Adesso, appena il furgone rientra, …") (checks/commitments.py).
    "NOW": "adesso ora",
    # "Subito" dopo un evento atteso ("appena arriva il forcellino la chiamo, e gliela monto subito") è subito dopo
    # quell'evento, non un'ora (checks/commitments.py).
    "IMMEDIATELY": "subito immediatamente",
    # Parole della parte dell'operatore: uno sgomento detto con queste è per sé, non per il cliente ("Mamma mia,
    # anche noi oggi con le prenotazioni…") (checks/attitude.py).
    "SELF": "io noi me mio mia miei mie nostro nostra nostri nostre",
    # Ciò di cui "altro?" chiede in generale ("altre domande?", "altri problemi?"); "altre stanze" chiede del problema.
    # Il bisogno o l'aiuto chiesto ("Le serve altro, altri biglietti?"): un "altro" ristretto resta una verifica.
    "NEED": "servire occorrere bisogno volere desiderare aiutare aiuto fare",
    "HELP_NOUN": "domanda domande richiesta richieste informazione informazioni dubbio dubbi necessita cosa cose "
    "questione questioni problema problemi esigenza esigenze chiarimento chiarimenti",
    "UPON": "appena",
    # Words that leave a promise uncommitted ("le arriva magari mercoledì"): a guess, not a commitment.
    "HEDGE": "magari forse eventualmente speriamo auspicabilmente",
    # A judgement of saying or doing something ("dura da dire", "la cosa peggiore da fare"; checks/attitude.py).
    "TO_DO": "da a",
    "SAY": "dire capire sapere prevedere trovare fare",
    "DOING": "idea mossa scelta errore",
    # Interrogatives that also open a relative or manner clause after a comma ("il codice, che è…", "come lo trova…").
    "RELATIVE": "che come",
    "NEGATOR": "non mai nessuno nessuna nessun",
    # Words of degree between a negator and what it negates, not counted in its reach ("non è per niente colpa sua").
    "DEGREE": "affatto assolutamente proprio davvero veramente mica minimamente per niente nulla certo certamente "
    "sicuramente",
    # The verb that makes "quale indirizzo è…?" ask for the datum itself (checks/questions.py).
    "COPULA": "e sono era erano sia fosse",
    # Words that end a clause's scope: a process described before them does not reach a promise after.
    "CONTRAST": "ma pero tuttavia sebbene ;",
    # The agent speaking again in the first person after a report ("…, e mi dispiace"): the report ended.
    "FIRST_PERSON": "io noi mi ci",
    "AND": "e ed , ;",
    # Lemmas of an apology, and of understanding (checks/attitude.py reads a cue by them).
    "APOLOGY": "dispiacere spiacere dispiace spiace scusa scuse scusare scusi scuso scusiamo spiacente spiacenti "
    "dispiaciuto dispiaciuta mortificato mortificata desolato desolata",
    "UNDERSTAND": "capire comprendere capisco comprendo capiamo comprendiamo",
    # Interrogatives that also open an exclamation ("che disagio", "quanto stress").
    "EXCLAIM": "che come quanto quanta quanti quante quale",
    # What the customer is told to open or file with another body ("la segnalazione la deve aprire lei").
    "CLAIM": "segnalazione segnalazioni reclamo reclami denuncia denunce pratica pratiche richiesta richieste ricorso "
    "ricorsi domanda istanza contestazione esposto",
    # Words after a reporting verb that judge the text rather than quote it ("è scritto chiaro nel regolamento").
    "PLAINLY": "chiaro chiaramente bene benissimo ovunque dappertutto ovviamente",
    # The company's side said before a judgement ("per noi è una seccatura"; "per me" is an opinion).
    "OUR_SIDE": "noi",
    # The agent's side named with a call or message: it comes back to them ("ci chiami", "lo mandi a me") or
    # they make it ("li chiami io").
    "OUR_PART": "ci noi me mi io nostro nostra nostri nostre qui qua",
    # Words that bring in who the customer is sent to ("contatti il negozio", "scriva al liquidatore", "li chiami").
    "SOMEONE": "il lo la l' i gli un uno una un' a al allo alla all' ai agli alle da dal dallo dalla dall' dai dagli "
    "dalle col coi con suo sua suoi loro li",
    # Children, and what they manage, in a remark that makes light of the customer's difficulty (unprofessional).
    # Verbi dello scrivere o annotare ("glielo scrivo", "lo segno", "le ho già scritto tutto"): in un registro
    # dell'azienda, fatti durante la chiamata; i participi, che il lemmatizzatore lascia come aggettivi.
    "WRITE_DOWN": "scrivere segnare annotare appuntare mettere aggiungere inserire registrare scritto segnato annotato "
    "appuntato",
    # Uffici pubblici dove la legge manda il cliente in persona ("l'apostille deve chiederla in prefettura").
    "AUTHORITY": "prefettura questura comune municipio anagrafe tribunale motorizzazione consolato ambasciata "
    "ministero regione provincia procura cancelleria catasto notaio",
    "CHILD": "bambino bambina bambini bambine bimbo bimba bimbi ragazzino ragazzina ragazzini ragazzine",
    # I nonni, presi a misura di quanto è facile una cosa ("ci riesce anche mia nonna").
    "ELDER": "nonna nonno nonni nonnina nonnino nonnetta nonnetto",
    # Persone e animali compatiti in una frase a sé ("Eh, povero ragazzo, …", "Povera stella!").
    "PITIED": "ragazzo ragazza ragazzi ragazze bambino bambina bambini bambine bimbo bimba bimbi piccolo piccola "
    "piccoli uomo donna figlio figlia figli cristo diavolo anima stella creatura cucciolo cucciola mamma papa "
    "nonno nonna cane gatto gattino bestia",
    # Parole che aprono un richiamo a ciò che il cliente si è già sentito dire ("come le ho già scritto").
    "AS": "come",
    "MANAGE": "capire sapere riuscire arrivare passare superare",
    "ORDINAL": "seconda terza quarta quinta sesta settima ottava nona decima ennesima centesima millesima",
    "YOURS": "suo sua suoi sue tuo tua tuoi tue vostro vostra vostri vostre",
    # Words that open what was written or where ("una mail", "nella scheda"), after "le ho già scritto".
    "WRITTEN": "il lo la l' i gli le un uno una un' nel nella nello nell' nei negli nelle sul sulla sullo sull' sui "
    "sulle in a al alla all' ai alle per via tramite",
    "FILLER": "ehm eh ehh ehhm ehmm uhm uh mmh mh mmm mm hmm emm",
    "TITLE": "signor signore signora signorina sig. sig sig.ra sigra dott. dottor dottore dottoressa dott.ssa avv. "
    "ing. gentile gentilissimo gentilissima caro cara carissimo carissima",
    "INTRO": "sono chiamo parla e risponde con nome presento trovato qui xe",
    "INTRO_AFTER": "al qui all'",
}

# Infinitives (with an enclitic pronoun, or cut: "dover", "restar") that name what the customer has to do.
INFINITIVE = (
    r"re:^(\w{2,}(are|ere|ire)(lo|la|li|le|ci|si|mi|ti|ne|sene|cela)?|dover|poter|aver|esser|restar|rimaner|star|"
    r"(far|dir|por|trar)(lo|la|li|le|ci|si|mi|ti|ne|sene|cela)?)$"
)

# Word-form constraints added to a lemma with "&NAME" (regexes on the folded form).
FORMS = {
    "FUTURE": r"(ro|ra|remo|ranno|rai|rete)$",
    "PRESENT1": r"((?<!at|it|ut)o|iamo)$",
    "PRESENT3": r"(a|e|ano|ono)$",
    "PARTICIPLE": r"(t[oaie]|s[oaie])$",
    # Asked of the customer ("mi spieghi", "descriva", "raccontare"), not an infinitive with a pronoun for
    # the customer ("posso spiegarle", "per raccontarle"): the agent is the one telling.
    "REQUEST_FORM": r"^(?!.*r(le|la|lo|li|gli)$).*(i|a|e|are|ere)$",
    "NOT_US": r"^(?!.*(ci|noi)$)",
    # Not the first person, nor the noun "data"/"dati" (read as dare's participle).
    "NOT_FIRST": r"^(?!dat[aeio]$).*[^o]$",
    # Addressed to the customer: imperative or second person ("scrivi", "scriva", "mandaci", "inviateci").
    "TO_YOU": r"(i|a|ci|mi|teci|ete|ate)$",
}

# Forms of "avere" said as the word written without the h Italian never sounds: "ha ragione" is heard as
# "a ragione", "ho sbagliato io" as "o sbagliato io" (misheard.py reads them back where the verb opens its clause).
HOMOPHONES = {"a": "ha", "o": "ho", "ai": "hai", "anno": "hanno"}

CUES = {
    "greeting": [
        "buongiorno|buonasera|salve|ciao|benvenuto|benvenuta|benvenuti|bentrovato|bentrovata|buondi",
        # Regional and dialect greetings: "bongiorno", "bonasera", "mandi" (Friuli), "servus" (Trentino, Alto Adige).
        "bongiorno|bongiornu|bonasera|bonasira|buonsera|bondi|mandi|servus|ossequi|benritrovato|benritrovata|uela",
        "ben ritrovato|ritrovata|ritrovati|trovato|trovata|trovati",
        # Sardinian "bona dia", "bona sera".
        "bona dia|die|sera|serata",
        "^' giorno ,|!",
        "^giorno ,|!",
        "buon giorno|pomeriggio",
        "buona sera|serata|giornata",
        "grazie|ringrazio|ringraziamo _{0,2} per|di aver|avere|averci|averli|averla ~chiamare|contattare|telefonare|scrivere|scegliere",
    ],
    "social_greeting": [
        "ciao|salve|buongiorno|buonasera|gentile|gentilissimo|gentilissima|gentilissimi|caro|cara|carissimo|carissima|carissimi|ehi|hey|hello|buondi|ehila",
        "buon giorno|pomeriggio",
        "buona sera|serata",
    ],
    "empathy": [
        "mi|ci ~dispiacere|spiacere",
        "sono|siamo @ADV{0,2} spiacente|spiacenti|dispiaciuto|dispiaciuta|dispiaciuti|mortificato|mortificata|mortificati|desolato|desolata|desolati",
        "mi|ci scuso|scusiamo|scusavo|scusavamo",
        # "Mi scusi" asks to be excused ("mi scusi, può ripetere?") unless it names what for or ends the sentence.
        "mi|ci scusi|scusa|scusate|scusino @ADV? per|se|del|della|dello|dei|degli|delle|dell'|il|la|lo|l'|i|gli|le|"
        "questo|questa|tanto|ancora|davvero|veramente|.|!",
        "re:^scusar(mi|ci)$",
        "chiedo|chiediamo|chiedere|chiederle|chiedervi|chiederti @ADV? scusa|scuse",
        "porgo|porgiamo _{0,2} scuse",
        "mie|nostre|sentite|sincere|piu scuse",
        "le|vi|ti porgo|porgiamo|faccio|facciamo|presento|presentiamo _{0,2} scuse",
        "<!si|la|le|una|nessuna|chiesto|chiede|chiedono scusi|scusa|scusate|scusateci|scusaci @ADV? per|il|la|l'|del|dello|"
        "della|dell'|dei|delle|degli|lo|i|gli|le|questo|questa",
        "capisco|capiamo|comprendo|comprendiamo",
        "la|ti|vi|lo @ADV? capisco|capiamo|comprendo|comprendiamo",
        "immagino|immaginiamo @ADV? quanto|che|come|il|la|lo|l'|i|gli|le|bene|perfettamente|benissimo|sia|possa|cosa|quale",
        "~potere @ADV? immaginare",
        # "Non oso immaginare", "non riesco neanche a immaginarlo": the negation is the sympathy.
        "non oso|riesco|posso @ADV? neanche|nemmeno|neppure? a? re:^immaginar(e|lo|la|mi|melo)$ .|,|!|;|-|quanto|quanta|la|il",
        "mi|ci ~rendere conto",
        "~avere @ADV{0,2} ragione",
        # La preoccupazione del cliente approvata: "è giusto che ci pensi anche per sua madre" (non "è giusto che paghi lei").
        "e|sia|era @ADV{0,2} giusto|bello|naturale|normale|comprensibile|sacrosanto|bene che lei? ci|se|si|lo{0,2} "
        "pensi|chieda|preoccupi|ponga|domandi|pensa|chiede|preoccupa|domanda",
        "~fare @ADV? bene|benissimo a|ad",
        "e|sia|risulta _{0,2} comprensibile|comprensibilissimo|naturale",
        "e|sia @ADV{0,2} normale|naturale|legittimo|logico|giusto|umano _{0,2} ~@FEELING",
        # La paura resa normale, come di tanti o dell'età: "la prima notte fuori fa paura a tanti", "tanti genitori si
        # preoccupano", "è normalissimo a otto anni"; non quello che tanti sbagliano ("tanti genitori sbagliano la data"),
        # né un processo normale ("è normale che il rimborso ci metta una settimana").
        "~fare|mettere paura|ansia|timore|impressione|agitazione a tanti|molti|parecchi|tantissimi|tutti|chiunque",
        "tanti|molti|parecchi|tantissimi|tutti|quasi _{0,2} bambini|ragazzi|genitori|persone|famiglie|clienti @ADV? "
        "~avere|provare|fare paura|ansia|timore",
        "tanti|molti|parecchi|tantissimi|tutti|quasi _{0,2} bambini|ragazzi|genitori|persone|famiglie|clienti @ADV? si "
        "preoccupano|agitano|spaventano|preoccupavano|agitavano|spaventavano",
        "normale|normalissimo|normalissima|naturale|naturalissimo|naturalissima a|alla|della|per _{0,2} eta",
        "normale|normalissimo|normalissima|naturale|naturalissimo|naturalissima a # anni",
        "e|sono|sia|siano|risulta|deve|dev'|sara|stato|stata|stati @ADV{0,2} @NEG_ADJ",
        "deve|sara essere? _{0,2} stato|stata _{0,3} @NEG_ADJ|@NEG_NOUN",
        "deve essere @ADV{0,2} un|una|uno _{0,1} @NEG_ADJ|@NEG_NOUN",
        "che @ADV? @NEG_ADJ|@NEG_NOUN|@HARD_NOUN|@HARD_ADJ",
        # "Peccato, proprio la sua prima foto", "un vero peccato, con tutto quel lavoro": the pity as a clause of its own;
        # "peccato che lei non abbia letto la mail" opens a clause of blame and is not.
        "^peccato .|,|!|;|-|davvero|eh|per|con",
        "^un @ADV? vero|gran|grande? peccato .|,|!|;|-|davvero|eh|per|con",
        ",|;|: un? @ADV? vero|gran|grande? peccato .|,|!|;|-|davvero|eh|per|con",
        "deve|dev'|sara essere? @ADV? stata? @ADV? dura",
        # "È dura", said of the situation just told, with no subject of its own ("la plastica è dura" is a thing).
        "^e|sara @ADV{0,2} dura .|,|!|;|eh|davvero|eccome",
        ",|;|: e|sara @ADV{0,2} dura .|,|!|;|eh|davvero|eccome",
        "stato|stata|stati|state _{0,3} paziente|pazienti|pazientissimo|pazientissima|comprensivo|comprensiva|comprensivi",
        "~avere avuto _{0,2} pazienza",
        "non e|sono _{0,3} servizio|trattamento|esperienza|livello _{0,2} che|a cui? _{0,2} ~meritare|aspettare|attendere|dovere",
        "~meritare di? meglio|migliore|piu",
        "non avrebbe|avrebbero|doveva|dovevano|dovrebbe dovuto? ~chiamare|richiamare|telefonare|aspettare|attendere|subire|insistere|ripetere|sollecitare|pagare",
        "nei|nelle suoi|tuoi|vostri panni",
        "poverina|poverino|poveretta|poveretto",
        # Pietà per qualcuno della storia del cliente, in una frase a sé ("Eh, povero ragazzo, …"); non "il povero
        # ragazzo del corriere ha aspettato un'ora", in una frase che prosegue.
        "^povero|povera|poveri|povere @PITIED .|,|!|;|-",
        "^il|la|i|le povero|povera|poveri|povere @PITIED .|,|!|;|-",
        ",|;|:|! il|la|i|le? povero|povera|poveri|povere @PITIED .|,|!|;|-",
        "roba da matti|pazzi",
        "al suo|tuo|vostro posto @ADV? io? re:(rei|remmo)$",
        "e|sia|stata|stato|sarebbe un|una|uno|un' _{0,1} @ADV{0,2} @NEG_ADJ",
        "non ~dovere|potere @ADV? succedere|accadere|capitare",
        "non sarebbe|avrebbe|doveva|dovrebbe @ADV? mai? dovuto succedere|accadere|capitare",
        # The agent's side owning that it failed the customer: "l'abbiamo delusa", as English "we've let you down".
        "l'|la|lo|vi|ti abbiamo|ho @ADV? deluso|delusa|delusi|deluse",
        "non e @ADV? accettabile|giusto|normale",
        "mi|ci metto|mettiamo _{0,2} panni",
        # The customer's situation judged hard, in the agent's own words: with no subject or "questo" (the
        # situation just told), an infinitive or "senza …" clause, "il suo …", or "per lei".
        "^e|sara|sarebbe|risulta @ADV{0,2} stato|stata? @ADV{0,2} un|una|uno|un'? _{0,1} @HARD_NOUN|@HARD_ADJ",
        "^deve|dev' @ADV? essere|esser @ADV? stato|stata? @ADV{0,2} un|una|uno|un'? _{0,1} @HARD_NOUN|@HARD_ADJ",
        ",|;|: e|sara|sarebbe|deve|dev'|risulta @ADV{0,2} essere? stato|stata? @ADV{0,2} un|una|uno|un'? _{0,1} "
        "@HARD_NOUN|@HARD_ADJ",
        "questo|questa|cio|quello|quella e|sia|sara|sarebbe|deve|dev' _{0,4} @HARD_NOUN|@HARD_ADJ",
        f"{INFINITIVE} _{{0,10}} e|sia|sara|sarebbe|risulta|diventa @ADV{{0,2}} un|una|uno|un'? _{{0,1}} "
        "@HARD_NOUN|@HARD_ADJ",
        "senza|@UNIT _{0,8} e|sia|sara|sarebbe|risulta|sono @ADV{0,2} un|una|uno|un'? _{0,1} @HARD_NOUN|@HARD_ADJ",
        "@YOU _{0,6} e|sia|sara|sarebbe|stato|stata|deve|dev' @ADV{0,2} essere? stato|stata? un|una|uno|un'? _{0,1} "
        "@HARD_NOUN|@HARD_ADJ",
        "@HARD_NOUN|@HARD_ADJ per lei|te|voi|la|il|i|le sua|suo|suoi|sue|tua|tuo|vostra|vostro",
        "~passare|vivere|avere _{0,3} giorni|giornate|settimane|momenti|mesi|periodo|weekend @HARD_ADJ",
        # "Chiunque al suo posto…": anyone in the customer's place would feel the same.
        "chiunque|nessuno _{0,4} re:(rebbe|rebbero)$",
        "chiunque _{0,2} al suo|tuo|vostro posto",
        "re:^(?!dov)\\w*(rebbe|rebbero)$ _{0,5} chiunque|tutti",
        "pazienza a|di|da un|una santo|santa",
        # A situation said to wear the customer down: "è una situazione che logora", "una cosa che pesa".
        "situazione|cosa|storia|vicenda|faccenda|periodo|attesa|trafila che @CLITIC? ~logorare|pesare|sfiancare|"
        "stancare|sfinire|snervare|esasperare|stressare|angosciare|abbattere|demoralizzare "
        ".|,|!|;|:|e|ed|molto|tanto|davvero|parecchio|proprio|eccome|anche",
        "ultimo|ultima|ultimi dei|delle|tra|fra i|le? suoi|sue|tuoi|tue|vostri|vostre pensieri|preoccupazioni|problemi",
        "chi non _{0,2} re:(rebbe|rebbero)$",
        "non _{0,2} darle|darti|darvi|do|diamo torto",
        "ci|lo credo",
        "credo bene",
        "sara|sarai|sarete|sarei|saremmo|deve|dev'|immagino|capisco|comprensibile|ovvio|normale|naturale _{0,2} @FED_UP",
        "la|ti|vi sento _{0,2} @FED_UP",
        # Worn out in a figure of speech: "sarà ai limiti della pazienza", "sarà a pezzi", "immagino sia alla frutta".
        "sara|sarai|sarete|deve|dev'|immagino|capisco _{0,2} a|al|alla|ai pezzi|frutta|limite|limiti|esaurimento",
        "non ~dovere|potere @ADV? essere|esser @ADV? stato|stata? @ADV? facile|semplice|piacevole|divertente|bello|bella",
        "non e|era @ADV? stato|stata? @ADV? facile|piacevole|divertente|bello|bella",
        # What it does to anyone: "è una cosa che fa arrabbiare chiunque", "la mette in difficoltà".
        "fa|farebbe|fanno|farebbero|faccia _{0,2} arrabbiare|impazzire|innervosire|esasperare|infuriare|disperare|imbestialire",
        "fa|farebbe|fanno|farebbero saltare i nervi",
        "fa|farebbe|fanno|farebbero perdere la pazienza|testa",
        "la|ti|vi|l' ~mettere|lasciare&PRESENT3 _{0,2} difficolta|crisi|guai|imbarazzo|ginocchio|piedi|freddo|buio|secco|panne",
        "la|ti|vi ~lasciare&PRESENT3 _{0,1} senza",
        "~avere @ADV? abbastanza|tanti|troppi|mille|tante|troppe _{0,1} pensieri|problemi|preoccupazioni|grattacapi|guai|grane",
        # What it means to the customer: "so quanto sono importanti per lei", "so quanto ci tiene".
        "so|sappiamo|capisco|immagino @ADV? quanto|quanta|quanti|quante|come|che _{0,5} importante|importanti|urgente|"
        "urgenti|grave|gravi|prezioso|preziosa|preziosi|preziose|delicato|delicata|vitale|essenziale|fondamentale|"
        "indispensabile|tiene|tenga|conta",
        "e|sarebbe|sia @ADV? il peggio",
        "la cosa peggiore",
        "la cosa piu brutta|fastidiosa|frustrante|pesante",
        "tutto il diritto",
        "diritto di|ad|a essere|esserlo|arrabbiarsi|lamentarsi|sentirsi|protestare|pretendere|reclamare|chiedere",
        "preoccupazione|domanda|richiesta|reazione|dubbio|timore|paura|rabbia|lamentela|reclamo|osservazione _{0,3} "
        "legittimo|legittima|comprensibile|comprensibilissima|giustificato|giustificata|sacrosanto|sacrosanta|lecito|"
        "lecita|fondato|fondata",
        "a|per causa nostra|mia",
        "~avere _{0,3} ragione|ragioni",
        # Set phrases that judge the customer's situation unwelcome ("l'ultima cosa che ci voleva").
        "ultima cosa che|di @CLITIC? _? ~volere|servire|mancare|aspettare|desiderare",
        "non ci voleva|volevano @ADV? .|!|,|;|questa|questo|proprio|davvero",
        "ci mancava|mancavano @ADV? questa|questo|solo|pure|anche|soltanto",
        # Owning the fault: "è colpa nostra", "abbiamo sbagliato noi".
        "e|sia|stata|stato @ADV? colpa|errore|sbaglio nostro|nostra|mio|mia",
        "colpa|errore|sbaglio nostro|nostra|mio|mia",
        "~avere sbagliato noi|io",
        "non e|sono _{0,3} cosa|cose|situazione|problema|guasto da @ADV? lasciar|lasciare|sottovalutare|prendere|trascurare",
        "non e|sono il|questo|questa|un|una? modo|maniera di|per ~trattare|comportare|comportarsi|lavorare|gestire|rispondere|lasciare",
        # Time or effort the customer would have wasted: "sarebbe stato proprio tempo buttato", "una perdita di tempo".
        "sarebbe|sarebbero|sara|e|era|sono|fosse _{0,3} tempo|soldi|fatica|viaggio|giro|giornata|pomeriggio|mattinata "
        "buttato|buttata|buttati|perso|persa|persi|sprecato|sprecata|sprecati|inutile|inutili",
        "sarebbe|sarebbero|sara|e|era|sono|fosse _{0,3} viaggio|giro|corsa a vuoto",
        "sarebbe|sarebbero|sara|e|era|sono|fosse _{0,3} perdita|spreco di|del tempo|soldi|denaro|energie|fatica",
    ],
    "deflection": [
        # Told to do it themselves: "la segnalazione la deve aprire lei", "se ne deve occupare lei", "deve chiamarli lei".
        "@CLAIM @CLITIC ~dovere|toccare @ADV? ~aprire|fare|presentare|inoltrare|sporgere|mandare|inviare|chiedere "
        "@ADV? lei|tu|voi",
        "~dovere|toccare @ADV? ~aprire|fare|presentare|inoltrare|sporgere|mandare|inviare|chiedere lei|tu|voi _{0,2} @CLAIM",
        "~dovere @ADV? ~@CONTACT|occupare|pensare|sbrigare @ADV? lei|tu|voi",
        "se|ce ne ~dovere @ADV? occupare|interessare lei|tu|voi",
        "ci ~dovere @ADV? pensare lei|tu|voi",
        "se la ~dovere @ADV? vedere|sbrigare lei|tu|voi",
        "@CLITIC ~dovere @ADV? ~@CONTACT lei|tu|voi",
        "va|vanno|andrebbe|andrebbero|deve|devono essere? fatta|fatto|fatte|aperta|aperto|presentata|presentato|inoltrata|"
        "inoltrato|sporta|segnalata|segnalato _{0,1} da lei|te|voi",
        "bisogna|occorre|serve|conviene|tocca|e|sarebbe che @CLITIC|si? ~@CONTACT|segnalare|aprire|fare|presentare lei|tu|voi",
        "bisogna|occorre|serve|conviene|tocca|e|sarebbe che lei|tu|voi li|le|la|lo|gli|si? ~@CONTACT&NOT_US",
        "~dovere essere lei|tu|voi a|ad ~@CONTACT|aprire|fare|presentare|segnalare|occupare|inoltrare|sporgere",
        # The call or request must come from the customer, not from the company: "da noi non le prendono, deve partire
        # da lei", "deve venire da lei, non da noi".
        "non _{0,4} da noi|me _{0,12} ~dovere|toccare ~partire|venire|arrivare da lei|te|voi",
        "da noi|me _{0,4} non _{0,12} ~dovere|toccare ~partire|venire|arrivare da lei|te|voi",
        # Up to the customer to call them: "tocca a lei chiamarli" (not "tocca a lei chiamarci", us).
        "tocca|spetta a lei|te|voi @ADV? ~chiamare|telefonare|contattare|sentire|rivolgere|rivolgersi&NOT_US",
        "~dovere|toccare ~partire|venire|arrivare da lei|te|voi ,? e? non da? noi|me",
        "e|sara lei|tu|voi che|a|ad _{0,1} ~@CONTACT|aprire|presentare|segnalare|occupare|inoltrare|sporgere",
        "non e|sono @ADV{0,2} di? una|un|il|la? mia|mio|nostra|nostro|mie|miei|nostre|nostri competenza|competenze|responsabilita|compito|compiti|reparto|ufficio|settore|ambito|area|problema|pertinenza|mansione|mansioni",
        "non e|sono @ADV? un|una? competenza|responsabilita|compito|problema|pertinenza mia|mio|nostra|nostro",
        # Colloquial: "non è roba nostra", "non è affar mio".
        "non e|sono @ADV? roba|affare|affar mia|mio|nostra|nostro",
        # Told to try another organisation: "provi col gestore", "tenti con la banca".
        "provi|provate|tenti|tentate con|col|coi|dal|dalla|presso il|lo|la|l'|i|gli|le|suo|sua? @TARGET",
        "non ci entriamo|entro",
        "non ~rientrare _{0,3} mie|nostre|mia|nostra competenza|competenze|mansioni|compiti|responsabilita",
        "non ~dipendere|spettare|toccare|competere @ADV? a|da me|noi",
        "non ~potere farci|farne|fare|farle @ADV? niente|nulla",
        "non ~potere @ADV? aiutarla|aiutarti|aiutarvi @ADV? in|con|per|su questo|questa|cio",
        "su|riguardo|quanto _{1,4} non ~potere @ADV? aiutarla|aiutarti|aiutarvi",
        "per|con|in questo|questa|cio _{0,2} non ~potere @ADV? aiutarla|aiutarti|aiutarvi",
        "per|con il|la|lo|l'|i|gli|le|questo|questa|quel|quello|quella|cio !momento|ora|adesso _{0,2} non ~potere @ADV? aiutarla|aiutarti|aiutarvi",
        "non ci e|sono @ADV? niente|nulla|molto|altro che|da @ADV? io|noi? ~potere|riuscire? @ADV? fare",
        "non ce|me|ci ne ~occupare",
        "non ci|mi ~occupare noi|io? di|del|della|dei|delle",
        "non lo|la|li|le? ~gestire|seguire|trattare noi|io",
        "bisogna|occorre|conviene|tocca|serve che @CLITIC? ~@CONTACT&NOT_US _{0,4} @TARGET",
        "deve|devi|dovra|dovrai|dovrebbe|dovreste|dovete|occorre|bisogna|tocca|conviene|converrebbe|converra _{0,3} "
        "~@CONTACT&NOT_US _{0,6} @TARGET",
        # "Fa prima a chiamarli lei", "farebbe meglio a rivolgersi alla banca".
        "fa|fai|fate|farebbe|faresti|fareste|faccia prima|meglio a|ad ~@CONTACT&NOT_US",
        # Not "che li chiami io": the same form with the agent as its subject.
        # Not the noun after an article ("i contatti con l'amministratore") nor a third person whose
        # subject is named ("il perito contatta la carrozzeria").
        "<!@NOT_YOU rivolga|rivolgiti|rivolgetevi|rivolgersi|chiami|telefoni|contatti|contatta|scriva|vada|rechi|recarsi "
        "@TARGET",
        "<!@NOT_YOU rivolga|rivolgiti|rivolgetevi|rivolgersi|chiami|telefoni|contatti|contatta|scriva|vada|rechi|recarsi "
        "!io|noi "
        "_{0,5} @TARGET",
        "faccia|fate|fai|fare riferimento a|al|alla|allo|all'|ai|agli|alle|presso !me|noi|nostro|nostra|nostri|nostre",
        # Told to write to the other office themselves: "deve mandare lei una mail all'ufficio tecnico" (not "ci deve
        # mandare una mail", to the agent's side, nor "al nostro ufficio").
        "<!ci|mi ~dovere|toccare @ADV? mandare|inviare|scrivere|spedire lei|tu|voi? _{0,2} @NOTE_SENT "
        "a|al|alla|all'|allo|ai|agli|alle !nostro|nostra|nostri|nostre{0,5} @TARGET",
        # The customer told to write or ring them in casual words: "gli mandi lei due righe per mail", "gli faccia lei uno
        # squillo"; not the agent offering ("vuole che gli mandi io una mail?") nor doing it ("gli mando io due righe").
        "<!che gli|li mandi|scriva|invii|butti|giri|faccia lei|tu|voi? _{0,2} riga|righe|mail|email|e-mail|messaggio|"
        "messaggino|pec|squillo|telefonata|colpo|lettera",
        "puo|potra|potrebbe|puoi|potete _{0,2} ~chiamare|telefonare|contattare|rivolgere|rivolgersi|recarsi|recare&NOT_US _{0,6} @TARGET",
        "puo|potra|potrebbe|puoi|potete _{0,2} andare _{0,2} allo|all'|al|alla|in|presso sportello|ufficio|sede|filiale|agenzia|uffici|reparto",
        "e|sono|sia loro|quelli|quelle _{0,2} a|da? cui|che? _{0,2} ~@CONTACT",
        "deve|devi|dovra|dovrai|dovrebbe|dovete _{0,2} ~rivolgere|rivolgersi&NOT_US",
        "rivolga|rivolgiti|rivolgetevi|rivolgersi @ADV? a|ad|al|allo|alla|all'|ai|agli|alle|presso|direttamente !me|noi|nostro|nostra|nostri|nostre",
        "provi|prova|provate|tenti @ADV? a|ad ~@CONTACT&NOT_US _{0,6} @TARGET",
        "~spettare|competere|toccare a|al|alla|all'|ai|agli|allo @TARGET",
        "meglio|migliore|ideale|opportuno|conveniente|consiglio|consigliamo|suggerisco|suggeriamo|consiglierei|suggerirei|unica|unico|soluzione|strada|modo|via|maniera _{0,3} ~@CONTACT&NOT_US _{0,6} @TARGET",
        "responsabilita|competenza del|della|dello|dei|degli|delle|di|dell' @TARGET",
        "e|sono|sarebbe un|una? problema|questione|faccenda|roba|cosa del|della|dello|dei|degli|delle|dell' @TARGET",
        "da vedere|risolvere|sistemare con il|la|lo|l'|col @TARGET",
        "deve|devi|dovra|dovrai|dovrebbe|dovete|conviene|tocca|occorre|bisogna _{0,3} fare|presentare|aprire|inoltrare|sporgere _{0,2} reclamo|ricorso|denuncia|segnalazione|istanza|domanda a|al|alla|all'|allo|ai|presso @TARGET",
        "deve|devi|dovra|dovrai|dovrebbe|dovete|conviene|tocca _{0,3} ~sistemare|risolvere|chiarire|vedere|discutere|gestire|vedersela|vedersi|sbrigare|sbrigarsela|regolare _{0,3} con|col|coi|presso il|lo|la|l'|i|gli|le|sua|suo? @TARGET",
    ],
    "promise": [
        # Not a noun of the same form after an article or a preposition ("il codice di ritiro").
        "<!il|un|di|del|della|dal|dalla|al|alla|per|in|nel|nella|con|col|sul|sulla|da ~@PROMISE&FUTURE",
        "verra|verranno|sara|saranno @ADV{0,2} ~@ACTION&PARTICIPLE",
        "si ~@ACTION&FUTURE",
        "@STAFF @ADV? @STAFF_COMES",
        "@STAFF_COMES @ADV? il|lo|la|l'|un|uno|una|un' nostro|nostra? @STAFF",
        "@CLITIC ~@PROMISE_NOW&PRESENT3 @ADV? il|lo|la|l'|un|uno|una|un' nostro|nostra? @STAFF",
        "@CLITIC ~@PROMISE_NOW&PRESENT1",
        # Within its clause: "è il suo operatore: deve chiamare loro" tells the customer what to do.
        "@STAFF !:|;{0,2} la|lo|ti|vi|li|le ~@PROMISE_NOW&PRESENT3",
        "@CLITIC ~fare|dare @ADV? sapere|avere|riavere",
        # Passed on to the customer: "gliela giro per mail" (not "la giro alla collega", a transfer).
        "gliela|glielo|gliele|glieli giro|giriamo|girero|gireremo",
        # A message passed on in other words: "le giro una mail", "le butto giù due righe" ("I'll flick you an email").
        "le|ti|vi giro|giriamo|girero|gireremo _{0,2} mail|email|e-mail|messaggio|sms|conferma|link|modulo",
        "le|ti|vi butto|buttiamo|buttero|butteremo giu _{0,2} righe|riga|mail|email|e-mail|messaggio",
        # Someone at the customer's door: "il rider sarà al cancello di sua madre entro le sei", "il tecnico sarà da lei".
        "<!lei|tu|voi sara|saranno @ADV? da lei|te|voi",
        "<!lei|tu|voi sara|saranno @ADV? a casa sua|tua|vostra",
        "<!lei|tu|voi sara|saranno @ADV? al|alla|davanti|sotto _{0,3} cancello|porta|portone|casa|citofono|indirizzo",
        "@CLITIC ~dare&PRESENT1 _{0,2} risposta|aggiornamento|notizia|notizie|conferma|riscontro|esito",
        # A call promised in other words: "le do un colpo di telefono", "le faccio uno squillo".
        "@CLITIC ~dare|fare&PRESENT1 _{0,2} colpo|colpetto|squillo|telefonata|chiamata",
        "@CLITIC ~dare|fare&FUTURE _{0,2} colpo|colpetto|squillo|telefonata|chiamata|risposta|aggiornamento|notizia|"
        "notizie|conferma|riscontro|esito",
        "andra|andranno|entrera|entreranno|passera|passeranno in lavorazione|consegna|spedizione|pagamento|carico",
        "le|ti|vi|gli ~@RECEIVE&PRESENT3",
        "la|lo|li|le ~ricevere&PRESENT3",
        "riceve|ricevi|ricevete un|una|il|la|l'|lo|i|gli|le|entro",
        "me|ce ne occupo|occupiamo",
        "@CLITIC ~fare @ADV? ~@PROMISE",
        "~@PROMISE_NOW&PRESENT1 _{0,2} noi|io",
        "sara|e nostra|mia cura|premura|impegno|compito",
        "mi|ci assicuro|assicuriamo|accerto|accertiamo|impegno|impegniamo|sincero|sinceriamo",
        "faccio|facciamo in modo",
        "mi|ci faccio|facciamo|rifaccio|rifacciamo|faro|faremo|rifaro|rifaremo vivo|viva|vivi|sentire",
        "@STAFF !:|;{0,2} dovrebbe|deve|dovra|potra|potrebbe ~@PROMISE",
        "dovrebbe|dovrebbero re:^arrivar(e|le|ti|vi|gli)$",
        "~cercare|provare&FUTURE di|a ~@ACTION",
        "cerco|cerchiamo|provo|proviamo di|a ~@ACTION",
        "~fare&FUTURE @ADV? sentire|sapere|avere",
        "ci|ce penso|pensiamo io|noi",
        "provvedo|provvediamo",
        # "Quello che faccio è richiamarla alle cinque."
        "faccio|facciamo|faro|faremo e @ADV? ~@PROMISE",
        # "Il perito si metterà in contatto con lei", as English "will be in contact".
        "~mettere&FUTURE in contatto|comunicazione",
        # Booked for the customer: "le è stato fissato un tecnico", as English "a technician has been booked".
        "e|sono @ADV? stato|stata|stati|state fissato|fissata|fissati|prenotato|prenotata|programmato|programmata|"
        "pianificato|pianificata",
        # What the customer should receive: "dovrebbe avere notizie da loro", as English "you should hear from them".
        "dovrebbe|dovrebbero|potra|potranno @ADV? ~ricevere",
        "dovrebbe|dovrebbero|potra|potranno @ADV? avere notizie|notizia|riscontro|aggiornamenti|aggiornamento|risposta",
    ],
    # A hardship word said of something (checks/attitude.py: empathy when the something is what the
    # customer just told, "i turni doppi sono sfiancanti"; il proprio computer non lo è).
    "hardship": [
        "e|sono|era|erano|sia|sara|stato|stata|sembra|risulta @FILLER|,{0,3} @ADV{0,2} un|una|uno|un'? _{0,2} @HARD_NOUN|@JUDGED_ADJ",
        "^un|una|uno|un' _{0,2} @ADV{0,2} @JUDGED_ADJ|@HARD_NOUN",
        ":|;|- un|una|uno|un' _{0,2} @ADV{0,2} @JUDGED_ADJ|@HARD_NOUN",
        "e|sarebbe|sia @FILLER|,{0,3} @ADV{0,2} chiedere|pretendere @ADV? troppo",
        "e|sono|era|erano|sia|sarebbe|stato|stata|stati @FILLER|,{0,3} @ADV{0,2} troppo|troppi|troppe|troppa",
        # Said by denying the opposite: "non è uno scherzo", "non è una cosa da niente", "non è una passeggiata".
        "non e|sono|era|erano|sara|sia @ADV? uno|una|un? @ADV? scherzo|scherzi|passeggiata|sciocchezza|bazzecola",
        "non e|sono|era|erano|sara|sia @ADV? una? cosa|cose|roba da poco|niente|nulla",
        # A span of time judged long: "tre settimane sono tante", "dieci giorni sono un'eternità" (the span, the
        # customer's, is outside the cue: said back, it echoes them); not "ci sono tante richieste".
        "e|sono|erano|era @ADV? tante|tanti|tanto|parecchie|parecchi|parecchio ,|.|!|;|e|eh|da|per",
        "e|sono|erano|era|sembra|sembrano @ADV? una eternita|vita|enormita",
        # A situation judged by what it does to a person: "è una situazione che logora".
        "che|cosa|roba @ADV? logora|logorano|snerva|snervano|sfinisce|sfiniscono|esaspera|esasperano|stressa|stressano|"
        "abbatte|abbattono|demoralizza|avvilisce|sfianca|sfiancano|sconforta|scoraggia",
    ],
    # Asking the customer to say it again: "mi scusi, può ripetere?" is not an apology (checks/attitude.py).
    "repeat_request": [
        "~potere|volere @ADV? ~ripetere|ridire|rispiegare",
        "re:^(ripeter|ridir|rispiegar)(mi|lo|la|le|melo|mela)$",
        "ripeta|ripete|ripetermi",
        "non ho|l'ho @ADV? capito|sentito",
        "non la|ti|vi sento",
        "come ha|hai detto ?",
        "ha|hai|avete detto cosa|come|chi|quale|quanto",
        "?",
    ],
    # Someone else's words reported or read out: what follows, to the end of the clause, is not the agent's own.
    "report": [
        "<!mi|ci|ho|abbiamo|avevo|avevamo|come|gia dice|diceva|dicono|dicevano|recita|riporta|riportava|scrive|"
        "scriveva|scritto|detto|annotato|riportato|legge|leggo|risposto|rispondeva|consigliato|consigliava|suggerito|"
        "suggeriva|indicato|indicava|comunicato|riferito|chiesto",
        "secondo il|la|lo|l'|quanto",
        "risposta|consiglio|nota|indicazione|istruzione _{0,3} era|e|fu di|che",
        # A note or a message read out after a colon ("nota del collega: …").
        "nota|note|messaggio|messaggi|mail|email|e-mail|sms|lettera|risposta|appunto|appunti|annotazione|avviso|"
        "comunicazione|scritta|ticket _{0,4} :",
    ],
    # The agent restating what was said as their own ("come le ha detto il collega, …"): not a report.
    "endorse": ["come _{0,3} dice|diceva|detto|spiegato|scritto|riportato|indicato"],
    # Not the agent's side's to handle, in other words: deflection unless the agent takes it on after a
    # contrast ("non è una cosa che gestiamo noi, ma la segnalazione la apro io"; checks/attitude.py).
    "not_our_remit": [
        "non e|sono @ADV? una? roba|cosa|cose|faccenda|faccende che|cui @CLITIC? ~gestire|occupare|seguire|trattare|curare",
        "non e|sono @ADV? una? roba|cosa|cose|faccenda|faccende di cui @CLITIC? ~gestire|occupare|seguire|trattare|curare",
        "non ho|abbiamo @ADV? niente|nulla a che fare|vedere",
        # Beyond what the agent may decide: "va oltre le mie competenze", "esula dalle nostre mansioni".
        "~andare|superare oltre? le|alle mie|nostre competenze|mansioni|responsabilita|possibilita",
        "~esulare da|dalle|dai mie|miei|nostre|nostri? competenze|mansioni|compiti|responsabilita",
        # Someone else takes care of it: "ci pensa il Comune", "se ne occupa la banca".
        "ci|se ne? ~pensare|occupare il|la|lo|l'|i|gli|le _{0,1} @TARGET",
        # Said against the agent's side: "lo rilascia il consorzio, non noi" (unless the agent then forwards it themselves).
        "non @ADV? da|a? noi|me ,|.|!|;",
        # Staying out of it: "noi lì non ci mettiamo becco", "non ci immischiamo".
        "non ci|ce|mi|me @ADV? ~mettere|ficcare becco|bocca|naso",
        "non ci|ce|mi|me|ne @ADV? immischiamo|immischio|intromettiamo|intrometto|impicciamo|impiccio",
        # Little the agent can do about it, hedged: "per la caldaia non posso farci granché", "più di tanto".
        "non ~potere farci|farne @ADV? granche|molto|tanto",
        "non ~potere farci|farne|fare @ADV? piu di tanto",
    ],
    # Disowning what follows in its clause ("non sto dicendo che è colpa sua"): the words after it are negated.
    "disclaim": [
        "non _{0,2} ~dire|insinuare|sostenere|affermare|intendere _{0,1} che",
        "non @ADV? sto|stavo _{0,2} dicendo|insinuando|sostenendo|accusando",
    ],
    # Knowing what the customer goes through ("…, non è il posto dove uno vorrebbe stare, lo so"; checks/attitude.py).
    "acknowledge": ["lo so|sappiamo|sapevo"],
    # Ciò che è capitato al cliente detto normale, da aspettarsi ("con quella grandine è normale che sia successo"):
    # empatia quando la frase ripete ciò che il cliente ha appena detto (checks/attitude.py).
    "natural_outcome": [
        "normale|naturale|normalissimo|inevitabile|logico|ovvio che @CLITIC? @ADV? sia|siano|e|fosse|fossero @ADV? "
        "re:^(success|capitat|accadut)[oaie]$",
        "normale|naturale|normalissimo|inevitabile|logico|ovvio che @CLITIC? @ADV? succeda|succedano|capiti|capitino|"
        "accada|accadano|succede|capita|accade",
    ],
    # Sgomento esclamato, in una frase a sé ("Eh, mamma mia, signor Totaro, il testimone, …"): empatia quando la frase
    # ripete ciò che il cliente ha appena detto (checks/attitude.py).
    "dismay": [
        "<!la|una|alla|della|dalla|con|per|a|sua|tua mamma|madonna|madonnina mia|santa|benedetta .|,|!|;|-",
        "santo cielo|dio .|,|!|;|-",
        "oddio|accidenti|accipicchia|caspita|perbacco|mannaggia .|,|!|;|-",
        "oh|ah dio|signore|cielo .|,|!|;|-",
    ],
    # What the agent or the company cannot do ("noi qui non possiamo riaprire la pratica"): with the customer
    # sent to someone in the same turn, a deflection (checks/attitude.py).
    "cannot_do": [
        "non @ADV? ~potere|riuscire",
        "non @ADV? ho|abbiamo|c'|ci|e|esiste @ADV? modo|possibilita|maniera|accesso|verso",
        "non @ADV? siamo|sono in grado",
        "impossibile @ADV? per noi|me",
    ],
    # A judgement said of the agent's own side ("è fastidioso anche per noi"): not the customer's situation.
    "own_feeling": ["per|a|di noi|me|nostro|nostra|nostri|nostre|mio|mia|miei|mie"],
    # Saying the customer need not do something themselves: the instruction after it is withdrawn, not given.
    "no_need": [
        "non c'|ci e|sarebbe @ADV? bisogno|necessita",
        "nessun bisogno",
        "non serve|occorre|bisogna|tocca|spetta|e|sara necessario",
        "non e|sara lei|tu|voi che|a",
    ],
    # La parte dell'azienda, presa dopo il passo del cliente: "…, e poi noi facciamo l'asseverazione" (checks/attitude.py).
    "then_ours": [
        "poi|dopo|dopodiche|quindi @CLITIC{0,2} _{0,1} noi|io",
        "poi|dopo|dopodiche|quindi @CLITIC{0,2} re:^(?!loro$)\\w+(iamo|remo|ro)$",
    ],
    # The customer told to contact someone themselves: deflection when a named organisation follows
    # ("deve andare all'ACI"; checks/attitude.py).
    "send_frame": [
        "deve|devi|dovra|dovrai|dovrebbe|dovete|occorre|bisogna|tocca|conviene _{0,3} ~@CALL&NOT_US",
        "rivolga|rivolgiti|rivolgetevi|rivolgersi|chiami|telefoni|contatti|contatta|scriva|senta",
        "deve|devi|dovra|dovrai|dovrebbe|dovete|occorre|bisogna|tocca|conviene _{0,3} andare|recarsi a|al|alla|all'|allo|ai|agli|presso|dal|dalla|dall'|da|in",
        "deve|devi|dovra|dovrai|dovrebbe|dovete|occorre|bisogna|tocca|conviene _{0,3} passare presso|dal|dalla|dall'|da|in",
        "vada|rechi|passi a|al|alla|all'|allo|ai|agli|presso|dal|dalla|dall'|da|in",
        "consiglio|consigliamo|suggerisco|suggeriamo|consiglierei|suggerirei|meglio|unica _{0,3} ~@CALL&NOT_US",
        "deve|devi|dovra|dovrai|dovrebbe|dovete|conviene|tocca|occorre|bisogna _{0,3} fare|presentare|aprire|inoltrare|sporgere _{0,2} reclamo|ricorso|denuncia|segnalazione|istanza|domanda",
    ],
    # The agent wanting someone to act on the customer's case ("voglio che lo senta il dottore"), or asking
    # whether the customer wants someone to ("vuole che la chiami su questo numero?", "desidera che
    # l'incaricato la chiami?"): a wish for what another does takes "che" (the customer's own action
    # would take the infinitive, "vuole chiamare…"), so the verb after it has someone else as subject and
    # tells the customer nothing (checks/attitude.py).
    "arranged": [
        "voglio|vogliamo|preferisco|preferiamo che lo|la|li|le",
        "vuole|vuoi|volete|preferisce|preferisci|preferite|desidera|desideri|desiderate che !?|,|;|:|.{0,3} lo|la|li|le",
    ],
    # A transfer the agent carries out (spec: not deflection).
    # Someone brought into the call the customer is on: done now, no follow-up (checks/commitments.py).
    # A state reached, said with "adesso" ("la lettura è registrata adesso"): no time for a promise before it.
    "state_now": ["e|sono|risulta|risultano _{0,4} adesso|ora", "adesso|ora e|sono|risulta|risultano"],
    # Qualcuno dell'azienda ripreso col pronome dopo il verbo ("La dottoressa dice che… se riesce a portarlo entro le
    # otto lo visita lei"): chi agisce quando la frase si apre su di lui o su di lei (checks/commitments.py).
    # The verb read by its form: after "lo", "la" simplemma keeps "visita" a noun.
    "resumed_doer": ["@CLITIC re:^\\w{2,}[ae]$ lei|lui"],
    # Il giorno di un evento come ciò che l'operatore dirà ("per dirle il giorno del montaggio"): nessun tempo della
    # promessa (checks/commitments.py).
    "day_told": [
        "~dire|comunicare|confermare|indicare|sapere|fissare|concordare il|la giorno|sera|mattina|mattinata|pomeriggio "
        "stesso|stessa? del|della|dell'|dello"
    ],
    # Una supposizione su ciò che è già successo, al futuro anteriore di un verbo riflessivo ("si sarà presa un colpo"):
    # senza un tempo davanti non è un passivo promesso (checks/commitments.py).
    "guessed_past": ["si sara|saranno"],
    # Il farsi carico senza dire di cosa ("Ci pensiamo noi"): ciò che l'operatore spiega poi, con un tempo, lo data.
    "take_charge": ["ci|ce penso|pensiamo|pensero|penseremo", "me|ce ne occupo|occupiamo|occupero|occuperemo"],
    # A report of something done ("Fatto, è sulla barca di giovedì"): its times date what was done.
    "done_now": ["^fatto|sistemato ,|.|!|e", "^ecco|tutto fatto|sistemato|prenotato"],
    # Qualcun altro come autore di ciò che è promesso ("le sistemeranno il reclamo", "le faranno sapere loro"): dopo
    # che il cliente è mandato da qualcuno, è cosa di quel qualcuno (checks/commitments.py).
    "third_party": ["re:^\\w+ranno$", "loro"],
    # Una frase che si apre su un'altra faccenda ("Per la pastiglia di stamattina, …"): i suoi tempi sono di quella
    # (checks/commitments.py).
    "another_matter": [
        "^per il|la|lo|l'|i|gli|le|quel|quella|quello|quei|quelle|questo|questa",
        "^quanto|riguardo a|al|alla|allo|all'|ai|agli|alle",
        "^per quanto riguarda",
    ],
    # Un registro dell'azienda dove l'operatore scrive durante la chiamata ("glielo scrivo nelle note di consegna").
    # Ciò che mostra il registro dell'azienda, come fonte di ciò che l'operatore sa ("capisco dalle note che la vasca è
    # partita venerdì"): capire detto di questo è "apprendo", non empatia (checks/attitude.py).
    "from_the_record": [
        "dalla|dalle|dal|dagli|dai|dall' note|nota|pratica|scheda|sistema|appunti|fascicolo|anagrafica|cronologia|"
        "storico|gestionale"
    ],
    "into_the_record": [
        "nel|nella|nelle|nei|sul|sulla|sulle|sui|in note|nota|scheda|pratica|sistema|bolla|fascicolo|gestionale|anagrafica|"
        "appunti|annotazioni|registro|cartella",
        # Una nota messa su ciò che il cliente ha con l'azienda ("le metto una nota sull'ordine"); soldi messi sul conto
        # sono un rimborso promesso.
        "nota|annotazione|appunto|promemoria sul|sulla|sull'|nel|nella|nell'|per|all'|al|alla",
    ],
    "into_the_call": [
        "in linea con noi|lei|me|te|voi",
        "a|in|su questa chiamata|telefonata|linea",
        "in chiamata|conferenza",
    ],
    "transfer": [
        "~trasferire",
        "la|ti|vi|lo passo|passiamo|giro|giriamo|metto|mettiamo|collego|colleghiamo",
        "resto|rimango in linea",
        "non deve|dovra ripetere",
        "senza ripetere",
    ],
    # Something done for the customer, in the present: a promise when a time goes with it ("le
    # riattiviamo la linea entro le sei"), an action done now otherwise (checks/commitments.py).
    "promise_timed": [
        # What the agent can do, said with a time: "posso richiamarla alle cinque meno dieci".
        "posso|possiamo|potrei|potremmo @ADV? ~@PROMISE",
        "@CLITIC posso|possiamo|potrei|potremmo @ADV? ~@PROMISE",
        "@CLITIC ~@ACTION&PRESENT1",
        # The subject said after the verb, in its clause ("lo spedisco io"; not "una volta emesso, noi…").
        "~@ACTION&PRESENT1 !,|;|:{0,2} noi|io",
        "si ~@ACTION&PRESENT3",
        "@STAFF @ADV? @CLITIC? ~@ACTION&PRESENT3",
        "^~@ACTION&PRESENT1",
        "ci|la|ti|vi|le|lo risentiamo|sentiamo|aggiorniamo|richiamiamo",
        # Anyone calling the customer back: "se cade la linea, Giorgio la richiama entro dieci minuti".
        "la|ti|vi richiama|ricontatta|risente|ritelefona|chiama|contatta",
        "@STAFF !:|;{0,2} potrebbe|potrebbero|potra|potranno @CLITIC? ~@PROMISE",
        "viene|vengono @ADV? ~@ACTION&PARTICIPLE",
        # Qualcuno che va dal cliente, chiunque sia: "il ragazzo passa da lei domani entro mezzogiorno".
        "passa|ripassa|viene|arriva|passano|ripassano|vengono|arrivano @ADV? da lei|te|voi",
        "passa|ripassa|viene|arriva|passano|ripassano|vengono|arrivano @ADV? a casa sua|tua|vostra",
        "@STAFF _{1,5} , @ADV? @CLITIC? @STAFF_COMES",
        "torno|ritorno|ripasso|torniamo|ritorniamo da lei|te|voi",
        # Ciò che il cliente troverà pronto, con un'ora ("alle sei lo trova già pronto davanti al cancello").
        "@CLITIC trova|trovate|troverà|troverete @ADV{0,2} pronto|pronta|pronti|pronte",
        # L'operatore o la squadra che vanno dal cliente: "passiamo da lei quanto prima a mettere un telo".
        "passo|passiamo|vengo|veniamo|arrivo|arriviamo @ADV? da lei|te|voi",
        "passo|passiamo|vengo|veniamo|arrivo|arriviamo @ADV? a casa sua|tua|vostra",
        # Vedere di fare qualcosa per il cliente, con un tempo: "vediamo di rimandarle qualcosa prossimamente"; senza,
        # è il lavoro della chiamata ("Vediamo di sistemarla.").
        "vedo|vediamo|vedro|vedremo di ~@PROMISE",
        # Qualcuno già dal cliente a un'ora detta: "il ragazzo è lì da lei tra quaranta minuti, massimo".
        "e|sono @ADV? li|la? da lei|te|voi",
        # Il cliente atteso per un appuntamento: "la aspettiamo giovedì alle otto", "la infilo domani alle nove".
        "la|l'|ti|vi aspetto|aspettiamo|infilo|infiliamo",
    ],
    # Finding something out for the customer: an answer promised later (checks/commitments.py).
    "investigation": [
        "verifico|controllo|verifichiamo|controlliamo|accerto|accertiamo _{0,4} se",
        "chiedo|chiediamo|sento|sentiamo a|al|alla|allo|ai|agli|alle|all'|con _{0,3} se",
        "mi|ci informo|informiamo|accerto|accertiamo _{0,4} se",
        "~verificare|controllare|accertare|informare|chiedere|sentire|vedere|guardare&FUTURE _{0,4} se",
    ],
    "question_tag": [
        "va|andrebbe|sta|starebbe @ADV? bene",
        "d'accordo|daccordo|ok|okay|giusto|vero|bene ?",
        "le|ti|vi ~andare|stare|convenire",
    ],
    "process": [
        "di solito|norma|regola",
        "solitamente|normalmente|generalmente|abitualmente|tipicamente|solito",
        "in genere|generale|media",
        "come sempre|consueto",
        "come al solito",
        "di consueto",
        "ogni|tutte volta|volte",
        "ogni giorno|settimana|mese|anno|mattina|sera|trimestre",
        "tutti|tutte i|le giorni|mesi|settimane|mattine|sere",
        "in questi|tali casi",
        # How most cases go: "nella maggior parte dei casi", "nove volte su dieci", "il più delle volte".
        "nella maggior parte dei casi",
        "nella maggioranza dei casi",
        "in molti|tanti casi",
        "volte su",
        "il piu delle volte",
        "~funzionare cosi",
        "~funzionare in questo modo",
        "come funziona",
        "la procedura|prassi e",
        "di|per|da prassi",
        "quello che succede|accade e",
        "qualora",
        # Sent to everyone, not to this customer: a routine ("quella la manda il sistema a tutti").
        "a|per tutti|tutte !e|ed|i|gli|le|quanti|quelli|quelle|coloro|noi|voi|loro|insieme|tre|quattro",
        "a|per tutti|tutte i|gli|le|quanti nostri|nostre? clienti|utenti|abbonati|iscritti|passeggeri|soci",
    ],
    "time_concrete": [
        "entro|tra|fra|massimo|oltre @ADV? le|i|l'|un|una|il? prossime|prossimi? # _{0,2} @UNIT",
        "entro !qualche{0,3} @DAY_WORD|@WEEKDAY|@MONTH|giornata|settimana|mese|mezzogiorno|sera|fine|ora",
        "entro|dal|al|fino|prima _{0,2} re:^\\d{1,2}([:./]\\d{1,2})?$",
        "nel|nell' giro di _{0,2} # _{0,2} @UNIT",
        "nei|nelle prossimi|prossime # _{0,2} @UNIT",
        "@DAY_WORD",
        "oggi|domani @DAYPART",
        "@WEEKDAY",
        "alle|all'|dalle|verso|delle|le|sulle|sull' ore? #",
        "verso|sull' l' una",
        "il|l' # del|di prossimo|questo? mese|settimana prossimo|prossima?",
        "# @MONTH",
        "re:^\\d{1,2}[:.]\\d{2}$",
        "in giornata|serata|mattinata",
        "nel|nella|questo|questa|stesso|stessa pomeriggio|mattinata|serata|giornata",
        # Part of today named more closely: "nel primo pomeriggio", "in tarda mattinata".
        "nel|nella|in primo|prima|tardo|tarda|pieno|piena|mezza pomeriggio|mattinata|mattina|serata|sera|giornata",
        "a|per|alla|entro fine|inizio @ADV? del|della? mese|settimana|giornata|giorno|mattinata",
        # A meal or the middle of a week or a day: "dopo pranzo", "entro l'ora di cena", "a metà settimana".
        "prima|dopo di? pranzo|cena",
        "ora di pranzo|cena",
        "a|entro|per meta settimana|mese|mattinata|pomeriggio|giornata",
        "subito|immediatamente|adesso",
        "all' istante",
        "^ora",
        "<!per|una|all'|l'|mezza|di|questo|un|ogni|che|qualche ora",
        "in questo momento|istante",
        "seduta stante",
        "questa sera|mattina|settimana",
        "quel|quello|stesso giorno|pomeriggio|mattino",
        "quella|stessa mattina|mattinata|sera|serata|giornata",
        # A day named from an event already dated: "il giorno prima", "la mattina stessa dell'intervento".
        "il|la giorno|sera|serata|mattina|mattinata|pomeriggio|notte prima|precedente|dopo|seguente|successivo|successiva|stesso|stessa",
        "il|la giorno|sera|mattina|mattinata|pomeriggio stesso|stessa? del|della|dell'|dello",
        "la vigilia",
        # A day of the month said alone: "per il ventotto", "entro il tre" (not "il tre per cento").
        "per|entro|prima|dopo|dal|al il|l'|del|dell' # !@UNIT|per|percento|euro|volte|persone|anni|%",
    ],
    "time_vague": [
        "al piu presto",
        "il|al prima possibile",
        "appena possibile|potremo|possiamo",
        "quanto prima",
        "a breve|presto",
        "prossimamente|presto",
        "stretto giro",
        "nei|nelle prossimi|prossime giorni|settimane|tempi|mesi",
        "piu avanti",
        "in seguito|futuro",
        # A few of a unit is no number of them ("tra qualche ora", "entro pochi giorni").
        "qualche|pochi|poche|alcuni|alcune @UNIT",
        "qualche tempo",
        "entro|in breve",
        "tempi brevi|rapidi|stretti|ragionevoli|tecnici",
        "tempo debito",
        "a giorni",
        "appena",
        "piu tardi",
        "tra|fra un? poco",  # "tra un po'" (po' reads as poco)
        "in un secondo momento",
        # "A momenti", "da un momento all'altro", "tra un pochino": presto, in parole di tutti i giorni.
        "a momenti",
        "da un momento all' altro",
        "tra|fra un? pochino|pochettino",
    ],
    "hold": [
        # Also with how long said first: "la lascio un paio di minuti in linea".
        "@CLITIC|lei ~mettere|lasciare|tenere !in|,|;|:{0,4} in attesa|linea",
        "re:^(metter|lasciar|tener)(la|ti|vi|lo|le)$ _{0,3} in attesa|linea",
        "resti|rimanga|restate|rimanete|resta|rimani|stia|attenda|aspetti|attendete @ADV{0,2} in linea|attesa",
        "~chiedere _{0,2} attimo|momento|istante|minuto|minuti|secondo di? pazienza",
        "~chiedere di @ADV? attendere|aspettare|restare|rimanere",
        "~restare|rimanere|attendere in linea ?",
        # Asked as a favour: "mi fa la cortesia di aspettare un attimo?", "mi farebbe il piacere di restare in linea?".
        "mi|ci fa|farebbe|faccia la|il|una|un cortesia|favore|piacere|gentilezza di @ADV? attendere|aspettare|restare|rimanere|"
        "pazientare in|un|qualche|due|solo|giusto|paio|secondo{0,2} ?|@MOMENT|linea|attesa",
        "attenda|aspetti|attendi|aspetta|attendete|aspettate|resti|rimanga @ADV{0,2} un|qualche|solo|ancora? momento|attimo|istante|minuto|secondo|momentino|attimino|minuti|secondi|po'|poco",
        "mi|ci dia|da|conceda|concede|concederebbe|lasci|lascia|dai|concedi @ADV{0,2} giusto? un|qualche|due|solo|paio _{0,2} @MOMENT",
        "mi|ci dia|da|conceda|concede|concederebbe|lasci|lascia|dai|concedi @ADV? questo|il|del|un? poco? di? tempo",
        # The moment asked for and what the agent does in it ("un momento che apro la scheda").
        "@MOMENT che|mentre|cosi|intanto @ADV? @CLITIC? re:^\\w{2,}(o|iamo)$",
        # Time asked for or taken to check ("le chiedo due minuti", "mi serve qualche minuto", "mi prendo un attimo").
        "~chiedere|rubare @ADV? un|qualche|due|tre|paio|solo|giusto _{0,2} @MOMENT",
        "mi|ci serve|servono|occorre|occorrono|servirebbe|servirebbero|bastano|basta @ADV? un|qualche|due|tre|paio|solo _{0,2} @MOMENT",
        "bisogno di @ADV? un|qualche|due|tre|paio|solo _{0,2} @MOMENT",
        "@MOMENT mentre|intanto|cosi|per|che ~verificare|controllare|guardare|vedere|sentire|chiedere|cercare|parlare",
        "@MOMENT mentre|intanto|cosi|per|che @ADV? controllo|verifico|guardo|vedo|sento|chiedo|cerco|controlliamo|verifichiamo",
        "~prendere|prendermi|prenderci @ADV? un|qualche|due|tre|paio|solo _{0,2} @MOMENT",
        "un|solo|giusto|qualche secondo|secondi .|,|?|!|che|per|mentre|e|solo",
        ",|:|allora|ecco|ok|okay|bene un|solo|ancora @ADV? attimo|momento|istante|secondo|attimino|momentino .|!|,|che|mentre|per",
        "^un|solo|ancora @ADV? attimo|momento|istante|secondo|attimino|momentino che|per|,|.|mentre|solo",
        # The moment, then the agent back: "un attimo e sono subito da lei", "due minuti e la riprendo".
        "@MOMENT e sono|torno|ritorno|rientro @ADV{0,2} da|con lei|te|voi",
        "@MOMENT e la|le|ti|vi riprendo",
        # Also in the short form: "le spiace restare in linea un minuto?".
        "le|ti|vi ~dispiacere|spiacere _{0,2} attendere|aspettare|restare|rimanere|attesa",
        "~potere @ADV{0,2} attendere|aspettare|restare|rimanere _{0,3} momento|attimo|istante|minuto|minuti|linea|secondo|po'|poco",
        "non riattacchi|riagganci|chiuda|riattaccate",
        "mi|ci tiene|tenga|resta|resti|rimane|rimanga _{0,2} in linea|attesa",
        "ci metto|impiego|metterò|metteremo _{0,1} un|solo|due|pochi|poco @MOMENT",
        "non ci metto|metterò|metteremo|impiego molto|tanto|niente|nulla",
        "^attenda|aspetti|attendete|aspettate|attendi|aspetta @ADV? .|!",
        "re:^far(la|ti|vi|lo|le)$ @ADV? attendere|aspettare|pazientare",
        # Waited for: "ha un paio di minuti per aspettarmi?", "mi aspetta un secondo?".
        "re:^(aspettar|attender)(mi|ci)$ un|un'|qualche|due|tre|paio|solo|giusto|mentre|?|.|,|!",
        # Leave asked to check for a moment ("mi fa controllare un attimo?", "mi permette di verificare un minuto?").
        "mi|ci fa|faccia|lascia|lasci|permette|permetta|consente|consenta di? ~verificare|controllare|guardare|vedere|"
        "sentire|cercare|chiedere _{0,4} @MOMENT",
        "~potere|volere|riuscire @ADV? darmi|darci|concedermi|concederci|lasciarmi|lasciarci|dedicarmi @ADV? "
        "un|qualche|due|tre|paio|solo|giusto _{0,2} @MOMENT",
        "~riuscire|potere|volere a|ad|di? @ADV? attendere|aspettare|restare|rimanere|pazientare",
        "resta|resti|rimane|rimanga|restate|rimanete @ADV? un|qualche|solo? @MOMENT in linea|attesa",
    ],
    # Advice to wait before trying again, or for hours or days: not holding the call.
    "wait_advice": [
        "prima di|che ~riprovare|ritentare|provare|tentare|rifare|ripetere|riavviare|accedere|usare|utilizzare|reinstallare|ricaricare",
        "~attendere|aspettare|pazientare _{0,4} ore|giorni|giorno|settimana|settimane",
        # Waiting till a day or a part of one ("se si può aspettare domattina", "aspetti fino a lunedì").
        "~attendere|aspettare|pazientare @ADV? fino|@DAY_WORD|@WEEKDAY",
    ],
    "hold_permission": [
        "posso|possiamo|puo|potrebbe|potrei|dispiace|spiace|concede|conceda|concederebbe|permette|disturbo|d'accordo|accordo|va|andrebbe|ok|okay|problema|possibile",
    ],
    "hold_thanks": [
        # Thanks, then the hold announced ("Grazie, la metto in attesa"): thanks for the consent, not for the wait.
        "grazie|ringrazio|ringraziamo|ringraziarla|ringraziarti !metto|mettiamo|lascio|lasciamo|tengo|teniamo{0,5} attesa|atteso|attendere|aspettato|aspettare|pazienza|pazientato|pazientare|linea|paziente|tempo|telefono",
        # Time spent with the agent ("grazie di essere rimasta con me"); "con noi" is a closing.
        "grazie|ringrazio|ringraziamo|ringraziarla|ringraziarti _{0,4} rimasto|rimasta|rimasti|restato|restata|restati con me",
        "scusi|scusa|scusate|scusarmi|scusare|scuso|scusiamo|perdoni|perdonate|perdonami _{0,5} attesa|atteso|attendere|aspettato|aspettare|aspettando|messo|impiegato|lungo",
        "mi|ci spiace|dispiace _{0,4} attesa|atteso|aspettato|aspettare|attendere",
    ],
    "datum": [
        "codice|numero|num|n.|nr.|matricola|seriale @ADV? di|del|della|dello|dell'|d'|dei|delle? _{0,1} @ID_NOUN",
        # The number of what goes with it: "il numero della busta di ritiro", "del foglio di prenotazione".
        "codice|numero|num del|della|dello|dell' _ di|del|della|dello|dell' @ID_NOUN",
        "codice fiscale|cliente|utente|personale|pin|puk|segreto|sicurezza|identificativo|pod|pdr",
        # The customer's service named just after the code ("il codice servizio"), not "il numero del servizio guasti".
        "codice|numero servizio|linea|utenza|fornitura|impianto",
        "data|luogo|citta|comune|paese|provincia di nascita",
        "nome|cognome da|di nubile|ragazza",
        "prima|seconda riga",
        "riga|righe|parte _{0,2} indirizzo",
        "motivi|ragioni|fini di|della sicurezza|verifica|identificazione",
        "cap|iban|targa",
        # The student's or employee's number, named alone: "mi dice la matricola di Antonio?".
        "la|sua|tua|vostra matricola",
        "codice postale|avviamento",
        "partita iva",
        "indirizzo @ADV? email|mail|e-mail|di|della|del|postale",
        "sua|tua|vostra|suo|tuo email|mail|e-mail|indirizzo|recapito",
        "ultime|prime _{0,1} # cifre|numeri",
        "password|pin|puk",
        "domanda|parola|risposta di? sicurezza|segreta|chiave",
        "numero di? telefono|cellulare",
        "numero della carta|tessera",
        # Also after a relative clause of where it is: "il numero che trova in alto a destra sulla bolletta".
        # Also a code of letters and numbers: "quelle lettere e numeri lunghi che stanno sulla tessera sanitaria" (the
        # numbers of a meter are a reading).
        "codice|numero|cifre|lettere _{0,6} sul|sulla|sullo|sulle|sui|nel|nella|nello @ID_NOUN",
        # Placed by what it sits next to on it: "il numero che c'è sotto il codice a barre della ricetta".
        "codice|numero|cifre _{0,4} sotto|sopra|accanto|dopo|vicino _{0,5} del|della|dello|dell'|sul|sulla|sullo|nel|nella "
        "@ID_NOUN",
        # The reference of a letter or a case, as English "reference": "mi dà il riferimento che c'è sulla lettera".
        "il|un|suo|tuo|vostro|del|col|quel riferimento",
        # Security questions about the customer's past: "il nome del suo primo animale", "la sua prima scuola".
        "primo|prima|preferito|preferita _{0,1} animale|cane|gatto|scuola|macchina|auto|maestra|maestro|insegnante|via",
        # Where on it: "il numero che c'è sul retro della tessera".
        "codice|numero|cifre _{0,4} sul|sulla|sullo|nel|nella retro|fronte|lato|dorso|parte del|della|dello|dell' @ID_NOUN",
        "dati anagrafici|personali|identificativi",
        "suoi|tuoi|vostri dati",
        "suo|tuo|vostro _{0,2} numero|codice|pin",
        # Dato al cliente per la sua prenotazione, richiesto: "mi dice il codice che le ha dato l'app?"; chiedere se è
        # arrivato ("le è arrivato il codice che le abbiamo mandato?") non ne chiede nessuno.
        "~dire|dare|leggere|dettare|ripetere|fornire|indicare|comunicare|confermare _{0,2} codice|numero|riferimento|pin "
        "che le|ti|vi|gli ha|hanno|abbiamo|ho|aveva|avevano|avevamo|e|sono @ADV? "
        "re:^(dat|mandat|inviat|comunicat|assegnat|spedit|rilasciat|arrivat)[oaie]$",
    ],
    # English asks "shall I use the email on file?" (checks/questions.py); no Italian phrasing of it yet.
    "datum_on_file": [],
    # The agent reading a datum from the system ("vedo che chiama dal numero registrato sul contratto").
    "datum_seen": [
        "vedo|vediamo|leggo|leggiamo|risulta|risultano",
        "chiama|chiamando|telefona|telefonando da|dal|dallo|dalla",
        # The datum on file named as the one compared with ("La macchina nuova è intestata allo stesso indirizzo?").
        "stesso|stessa|medesimo|medesima indirizzo|cap|numero|email|mail|e-mail|conto|carta|codice|recapito|telefono|"
        "cellulare",
    ],
    # A closed question about what the customer did ("Ha usato un indirizzo diverso?").
    "event_question": [
        "^ha|hai|avete @ADV? re:^\\w+(at|ut|it)[oaie]$",
        "^@OPENER ha|hai|avete @ADV? re:^\\w+(at|ut|it)[oaie]$",
    ],
    "personal_datum": [
        "telefono|cellulare|indirizzo|iban|password|pin|cap",
        "numero|dati _{0,2} carta|telefono|cellulare|personali|bancari|anagrafici",
        "dati personali|anagrafici|bancari|della|del",
    ],
    "request": [
        "~@REQUEST&NOT_FIRST",
        "ho|avrei|abbiamo|avremmo bisogno",
        "mi|ci serve|servirebbe|servono|servirebbero",
        "per favore|cortesia|piacere",
        # "Cortesemente mi dà il codice": the politeness of a request, not the thanks of "la ringrazio gentilmente".
        "<!ringrazio|ringraziamo|grazie gentilmente|cortesemente",
        "facci|fateci|fammi|fatemi sapere",
        "ci|mi faccia|facciano sapere",
    ],
    "post_request": ["~@POST&TO_YOU", "qui|qua sotto?", "in commento|pubblico"],
    "private_invite": [
        "privato|privata|privati|privatamente|dm|direct|inbox|pm|chat",
        "messaggio|messaggi diretto|diretti|personale",
    ],
    "removal": ["~cancellare|eliminare|rimuovere|oscurare|nascondere|modificare|togliere"],
    "open_request": [
        # Told to someone else ("gli spieghi la storia del modulo") it is an instruction, not a question to the agent.
        "<!gli|le|glielo|gliela|glieli|gliele ~@NARRATE&REQUEST_FORM",
        "re:^(descriver|spiegar|raccontar|dir|illustrar)(mi|ci)$",
        "mi|ci descriva|descrivi|spieghi|spiega|racconti|racconta|illustri",
        "mi|ci ~@OPEN_VERB @ADV{0,2} a|da|di|in|per|con|su? @WH|meglio|piu|tutto|esattamente|cosa",
        # Softened with "un po'", "un attimo": "mi dica un po' quante famiglie ha", "mi dica un attimo cosa le hanno detto".
        "mi|ci ~@OPEN_VERB un poco|pochino|attimo|attimino|momento|secondo @ADV{0,2} a|da|di|in|per|con|su? "
        "@WH|meglio|piu|tutto|esattamente|cosa",
        # A wish to hear it: "mi interessa capire meglio cos'è successo", "vorrei sapere di più su come è andata".
        "vorrei|vorremmo @ADV? capire|sapere|sentire _{0,2} meglio|piu|@WH",
        "mi|ci piacerebbe|interessa|interesserebbe @ADV? capire|sapere|sentire _{0,2} meglio|piu|@WH",
    ],
    "open_ask": [
        "~sapere|potere|ricordare @ADV? dirmi|dirci|spiegarmi|descrivermi|indicarmi|raccontarmi @ADV? @WH",
        "mi|ci ~sapere|potere @ADV? dire|spiegare|descrivere|indicare|raccontare @ADV? a|da|di|in|per|con|su? @WH",
        "~ricordare|sapere @ADV? @WH",
        "idea di? @WH",
    ],
    "scripted": [
        "~potere _{0,2} ~aiutare|servire|essere",
        "re:^(aiutar|esser)(la|le|ti|vi|ci)$",
        "~potere _{0,2} fare per|qualcosa",
        "c'|ci e|sono? _{0,2} altro|altri",
        "come si|ti|vi chiama|chiami|chiamate|scrive",
        "nome|cognome",
    ],
    # Chiedere cosa ha scritto il cliente ("cosa ha scritto nel modulo come nome?"): ciò che ha fatto (checks/questions.py).
    "what_was_written": ["cosa|che ha|hai|avete @ADV? scritto|messo|inserito|digitato|compilato|indicato"],
    # Una riga di un testo detta come il posto di qualcosa ("cosa vuole che ci sia scritto sulla seconda riga?"): non è
    # la riga dell'indirizzo chiesta come dato (checks/questions.py).
    "line_as_place": ["sulla|nella|alla|dalla|in prima|seconda|terza|quarta|ultima riga"],
    # Asking after the customer's well-being: the formula only where little follows it (checks/questions.py).
    "courtesy": ["come sta|stai|state|va"],
    # A request to tell set off by a pause before the question it announces ("Mi dica, quale zona le segna…",
    # "Mi ricordi, quando è scattato…"): the interrogative after it asks (checks/questions.py).
    "question_preface": ["mi|ci ~@OPEN_VERB&REQUEST_FORM ,|:", "mi|ci ricordi|ricorda ,|:"],
    # "Altro" ristretto, dopo una pausa, a un altro pezzo del problema ("C'è altro da segnalare, altre stanze dove vede
    # macchie?"): una domanda sul problema, non se serve altro (checks/questions.py).
    "more_of_the_problem": ["altre|altri|altra|ulteriori !@HELP_NOUN|?|.|,|!"],
    "resolution": [
        "qualcosa di? altro",
        "qualcosa ancora",
        "ancora qualcosa|nulla|niente per|da|in|che",
        "altro ?|in|per|che|da|posso|possiamo|ancora",
        # Also with the "niente" of a question that expects no ("le occorre nient'altro?", "le serve nient'altro?").
        "ci|e|serve|servirebbe|bisogno|desidera|vuole|occorre|fare|ancora|di @ADV? niente|nulla? altro",
        "^altro",
        "altre|ulteriori domande|richieste|informazioni|dubbi|necessita|cose|questioni|problemi",
        "~potere _{0,2} ~aiutare|aiutarla|esserle|essere _{0,2} ancora|altro",
        "~avere _{0,2} risolto|risposto|chiarito|sistemato",
        "tutto chiaro|risolto|sistemato|ok|okay|a|bene|chiari",
        "e|sono chiaro|chiara|chiari|risolto|sistemato",
        "soddisfatto|soddisfatta|soddisfatti",
        "ora|adesso|quindi|allora _{0,1} ~funzionare|riuscire|andare",
        "~funzionare|riuscire|andare _{0,3} ora|adesso",
        "le|ti|vi torna|tornano",
        # "Siamo a posto così?", "per il resto siamo a posto?": asked, nothing else to do.
        "siamo|e|siete|sei @ADV? a posto|apposto ?|cosi|,|allora",
        "~servire|occorrere|bisogno|volere|desiderare _{0,2} ancora _{0,1} qualcosa|nulla|niente",
    ],
    "closing": [
        "grazie|ringrazio|ringraziamo|ringraziarla",
        "arrivederci|arrivederla|addio|ciao|salve",
        "buona|buon|buone|buonissima @WISH",
        "a presto|risentirci|risentirla|sentirci|prossima|dopo",
        "alla prossima",
        "in bocca al lupo",
        "saluti|salutoni|cordialita",
        "un saluto|abbraccio",
        "la|ti|vi|li|le saluto|salutiamo",
        "stia|stai|state|stammi|statemi|statti bene",
        # The Friulian goodbye ("Mandi mandi, signora"), only as a parting of its own: "mi mandi una foto" is a request.
        "^mandi .|,|!|;|mandi|neh",
        ",|;|allora|dai|bene|ecco mandi .|,|!|;|mandi|neh",
        "ossequi",
        "ci sentiamo|risentiamo",
        # Wishing the customer well on parting: "buone cose", "tante care cose".
        "buone|care cose",
        # Only as a wish of its own: "Tante belle cose, signor Gino" (not "ci sono tante belle cose da vedere").
        "tante|tantissime belle cose ,|.|!|;|a",
        # "Si riguardi", as English "take care" (not "per ciò che riguarda").
        "si riguardi|riguardino",
        "riguardati|riguardatevi",
    ],
    "further_help": [
        "~essere|restare|rimanere @ADV? qui|disposizione|disponibili|disponibile",
        "a @ADV? tua|sua|vostra|completa disposizione",
        "per|a qualsiasi|qualunque|ogni|altre|altri _{0,1} cosa|dubbio|domanda|domande|necessita|problema|richiesta|informazione|informazioni|esigenza|chiarimento",
        "non ~esitare",
        "se ~avere bisogno",
        "scrivici|contattaci|ricontattaci|scriveteci|chiamaci",
        "facci|fammi|fateci|fatemi sapere",
        "ci|mi faccia sapere",
    ],
    "unprofessional": [
        "si|ti|vi calmi|calma|calmate",
        "stia|stai calmo|calma|calmi|buono|buona",
        "si|ti dia|dai una calmata|regolata",
        # The customer's tone or manner reproved: "non usi quel tono con me", "non faccia così".
        "quel|questo tono con me|noi",
        "non usi|usa|prenda|prende|prendere|usare quel|questo tono",
        "non faccia|fare|fate cosi",
        "come le|ti|vi|gia? ~avere @ADV{0,2} detto|spiegato|scritto|ripetuto",
        "glielo|gliel' ~avere @ADV? gia @ADV? detto|spiegato|scritto|ripetuto|comunicato",
        "lo|l' ~avere @ADV? gia @ADV? detto|spiegato|ripetuto",
        "come gia le|ti|vi ~avere @ADV{0,2} detto|spiegato|scritto|ripetuto",
        "glielo|gliel' ~avere @ADV? detto|spiegato|ripetuto _{0,2} volte|volta",
        "te|ve l' ~avere @ADV? gia @ADV? detto|spiegato|scritto|ripetuto",
        "le|ti|vi ~avere gia @ADV? detto|spiegato|ripetuto",
        # Written or passed on: a reproach unless what was written follows ("le ho già scritto una mail",
        # "le ho già scritto io nella scheda il codice" report something done).
        "le|ti|vi ~avere gia @ADV? scritto|comunicato !io|noi|@WRITTEN",
        "le|ti|vi ~avere gia @ADV? scritto|comunicato io|noi .|,|!|;|:|-|che",
        "non mi @ADV? sta|stai|state ascoltando",
        "mi @ADV? sta|stai|state ascoltando ?",
        "mi ascolti|ascolta|ascoltate",
        "ascolti|ascolta|ascoltate bene|attentamente",
        "mi|ci stia|stai|state a sentire",
        # Telling the customer they are being told again: "è la terza volta che glielo dico".
        "~ripetere|dire|spiegare|rispiegare _{0,3} per la @ORDINAL volta",
        "per la ennesima|centesima|millesima volta",
        "per l' ennesima|ultima volta",
        "e|sono la|le @ORDINAL|due|tre|quattro|cinque|dieci|cento|mille volta|volte che glielo|gliel'|gliela|le|lo|te|ve|vi "
        "~dire|ripetere|spiegare|rispiegare",
        "glielo|gliel' sto|stiamo ripetendo|rispiegando|dicendo|spiegando",
        "continuo|continuiamo a ripeterle|ripeterglielo|dirle|dirglielo|spiegarle|spiegarglielo",
        "come le|ti|vi|gli @ADV? dicevo|dicevamo|spiegavo|spiegavamo|accennavo|ripetevo|anticipavo|ripeto",
        "come le|ti|vi @ADV? stavo|stavamo dicendo|spiegando",
        "come gia detto|spiegato|ripetuto|scritto",
        # Blame put on the customer: "è un problema suo", "l'errore è suo", "toccava a lei verificare".
        "problema|errore|sbaglio|colpa|responsabilita|guaio|guai|affare|affari @YOURS",
        "problema|errore|sbaglio|colpa|responsabilita e|era|sta|resta|rimane @ADV? @YOURS",
        "non e|era @ADV? nostra|nostro|mia|mio _{1,2} e|era @ADV? @YOURS",
        "era|e|fosse @ADV? compito|dovere|onere|responsabilita|cura @YOURS",
        "toccava|stava a lei|te|voi",
        "se l' e cercata|voluta|cercato|voluto",
        # Reproached for not having read or checked: "non ha nemmeno letto la mail", "l'ha letta almeno?".
        "non ha|hai|avete @ADV? nemmeno|neanche|neppure|manco ~leggere|controllare|guardare|aprire|verificare|ascoltare",
        # "…, che evidentemente non ha letto", as English "which you clearly haven't read".
        "evidentemente|chiaramente|ovviamente|palesemente @ADV? non ha|hai|avete @ADV? ~leggere|controllare|guardare|aprire|"
        "verificare|ascoltare",
        "ha|hai|avete almeno ~leggere|controllare|guardare|aprire|verificare&PARTICIPLE",
        "ha|hai|avete ~leggere|controllare|guardare|aprire|verificare&PARTICIPLE almeno",
        "e|la @ADV? colpa sua|tua|vostra",
        "colpa e sua|tua|vostra",
        "sta|stai|state sbagliando lei|tu|voi",
        "lei|tu|voi sta|stai|state sbagliando",
        "lei|tu si|ti? sbaglia|sbagli",
        "~avere sbagliato lei|tu",
        "lei|tu|voi non @ADV? ha|hai|avete capito",
        "lei|tu|voi non @ADV? capisce|capisci|capite",
        "deve|devi|dovete|dovrebbe|dovreste|dovrebbero capire",
        "e inutile che lei|tu? alzi|urli|gridi|insista|continui|si|ti",
        # An order to lower the voice; asked as a request ("le chiedo di non alzare la voce") it is firm, not rude.
        "<!di non alzi|alzare|alzate la voce",
        "<!di abbassi|abbassare|abbassate i toni",
        "<!di abbassi|abbassare|abbassate la voce",
        "se avesse|avessi|aveste letto|controllato|chiamato",
        # The same with the thing named first or as a pronoun: "se il libretto l'avesse aperto almeno una volta"; what the
        # customer did not receive ("se l'avesse ricevuta, la troverebbe in posta") is no reproach.
        "se _{0,3} l'|lo|la|li|le avesse|avessi|aveste @ADV{0,2} re:^(lett|apert|controllat|guardat|verificat|ascoltat)[oaie]$",
        # Blame as a counterfactual: "se lei avesse mandato la lettura, questo non succedeva".
        "se lei|tu|voi? avesse|avessi|aveste|fosse|fossi|foste @ADV{0,2} re:^\\w{2,}(at|ut|it|tt|ss|st|rt|nt|s)[oaie]$ _{0,14} "
        "re:(rebbe|rebbero|rei|remmo|reste|resti)$|succedeva|succedevano|capitava|capitavano",
        "responsabilita e @ADV? sua|tua|vostra",
        "e|sia @ADV? responsabilita sua|tua|vostra",
        # Talking down: "lo sanno tutti", "lo capirebbe anche un bambino", "glielo rispiego piano così capisce".
        "lo|questo lo? sanno|sa tutti|chiunque",
        "~sapere|capire|fare|riuscire|arrivare anche|perfino|pure un bambino",
        "anche|perfino|pure un bambino ~sapere|capire|fare|riuscire|arrivare|potere",
        # Belittling: "lo sa fare chiunque", "ci arriva chiunque", "non è complicato, lo capiscono tutti".
        "lo|la|li|le|ci|ce la|lo? sa|sanno|fa|fanno|riesce|riescono|arriva|arrivano|capisce|capiscono|capirebbe _{0,2} chiunque",
        "lo|la|ci|ce la? sa|sanno|arriva|arrivano|capisce|capiscono|riesce|riescono _{0,2} tutti",
        "non e|sembra @ADV? complicato|complicata|difficile _{0,6} chiunque|bambino",
        "non e|sembra @ADV? complicato|complicata|difficile _{0,4} lo|la|ci|ce fanno|sanno|riescono|arrivano tutti",
        "non ci vuole un|una genio|scienziato|laurea",
        # Made light of as children's work: "la passano pure i ragazzini", "lo capiscono anche i bambini", "perfino un
        # bimbo ce la fa"; what children get wrong too ("la sbagliano anche i ragazzini") reassures.
        "lo|la|li|le|ci|ce la? ~@MANAGE fare|usare? @ADV? anche|perfino|persino|pure i|un|una|dei|le? @CHILD",
        "anche|perfino|persino|pure i|un|una|dei|le? @CHILD lo|la|li|le|ci|ce la? ~@MANAGE",
        # The same measured by the agent's grandparents: "ci riesce anche mia nonna", "perfino mio nonno lo sa usare";
        # what they use or love too ("lo usa anche mia nonna", "anche mia nonna adora le sue rose") is no comparison.
        "lo|la|li|le|ci|ce la? ~@MANAGE fare|usare? @ADV? anche|perfino|persino|pure la|il|i? mia|mio|miei @ELDER",
        "anche|perfino|persino|pure la|il|i? mia|mio|miei @ELDER lo|la|li|le|ci|ce la? ~@MANAGE",
        # A byword for hard, denied: "mica è fisica nucleare", as "it's not rocket science".
        "non|mica e|sembra @ADV? fisica nucleare|quantistica",
        "spiego|rispiego|ripeto|spiegato|ripetuto _{0,3} piano|lentamente|meglio _{0,2} cosi|perche|che|se ~capire",
        # Una spiegazione rallentata per il cliente ("glielo spiego piano piano"); leggere o dettare piano ("le detto il
        # codice piano") è un dettato, e andare piano insieme non sminuisce nessuno.
        "@CLITIC ~spiegare|rispiegare|ripassare _{0,3} piano|lentamente|adagio",
        # Quello che riesce ai più, detto a chi non c'è riuscito: "la maggior parte dei genitori riesce a leggere la
        # mail"; quello che trovano difficile anche loro ("la maggior parte la trova poco chiara") rassicura.
        "maggior|maggioranza|altri|altre|quasi _{0,3} ~riuscire|arrivare a|ad "
        "re:^(legger|controllar|guardar|aprir|seguir|notar|ascoltar)(e|la|lo|le|li|ne)$",
        "lei avrebbe|doveva dovuto? ~leggere|controllare|chiamare|sapere|verificare|avvisare|pensare",
        "^avrebbe|doveva dovuto? ~leggere|controllare|chiamare|sapere|verificare|avvisare|pensare",
        "avresti|avreste dovuto ~leggere|controllare|chiamare|sapere|verificare|avvisare",
        "dovevi|dovevate ~leggere|controllare|pensare|sapere",
        "bastava|basterebbe|bastato ~leggere|controllare|guardare|verificare",
        # "Basta leggerlo": the reading the customer should have done, not an instruction ("basta leggere il codice…").
        "basta @ADV? re:^(legger|controllar|guardar|verificar|aprir)(lo|la|li|le|ci)$",
        "basta @ADV? leggere|controllare|guardare|verificare .|!|;|,",
        "non e che @ADV? ~indovinare|leggere",
        "mica|non @ADV? ~potere? indovino|indovina|indovinare|leggo",
        # Dismissing what the customer did or read: "i forum non la aiutano di certo".
        "non la|le|ti|vi aiuta|aiutano|aiutera|aiuteranno|serve|servono|servira|serviranno _{0,2} di|per certo|sicuro",
        "non la|le|ti|vi aiuta|aiutano|aiutera|aiuteranno|serve|servono|servira|serviranno _{0,2} affatto|mica",
        "non la|le|ti|vi aiuta|aiutano|aiutera|aiuteranno|serve|servono|servira|serviranno|porta|portano _{0,2} "
        "a|da niente|nulla|nessuna",
        # Complaints about customers in general: "tutti chiamano arrabbiati e nessuno ha letto niente".
        "tutti|clienti|gente ~chiamare|telefonare|arrivare|scrivere _{0,1} arrabbiati|arrabbiate|urlando|lamentandosi|"
        "agitati|furiosi|infuriati",
        "nessuno @ADV? ~avere? @ADV? ~leggere|ascoltare|guardare|controllare _{0,1} niente|nulla|mai",
        "nessuno @ADV? ~avere? @ADV? ~leggere|ascoltare|guardare|controllare _{0,1} condizioni|regolamento|contratto|"
        "istruzioni|informativa|termini|avvisi",
        "sempre|solita la? stessa|solita storia|solfa|musica|canzone|storiella",
        # Denying the company's fault with a dismissive particle: "mica è colpa nostra".
        "mica @ADV? e|era|sono|sia|sara @ADV? colpa|problema|responsabilita|affare",
        "non e|sono|era @ADV? mica colpa|problema|responsabilita|affare",
        # Ordering the customer about: "risponda a quello che le chiedo e basta", "se continua a parlarmi sopra".
        "risponda|rispondi|rispondete _{0,6} e basta",
        "risponda|rispondi|rispondete a|alla|alle quello|cio|quanto|domanda|domande",
        "re:^parlarmi$ sopra",
        "mi|ci parla|parli|parlate|parlando sopra",
        "~continuare a|ad re:^(interrompermi|interromperci|interrompere|parlarmi|urlare|gridare)$",
        "la|lo smetta|smettila|smettete|finisca|finiscila di|con",
        "non ne usciamo|usciremo|esco|usciro|veniamo|verremo",
        "mi|ci ~interrompere di continuo",
        "~dovere rendersi|renderti|rendervi conto",
        "si|ti|vi ~dovere rendere conto",
        "per l' ultima volta",
        "quante volte ~dovere @ADV? ~ripetere|dire|spiegare",
        "re:^(cazz.*|merd.*|stronz.*|vaffancul.*|fancul.*|coglion.*|minchi.*|puttan.*|incazz.*|fottut.*)$",
        "porca miseria|puttana|vacca",
        "che|bel|bella _{0,1} pasticcio|casino|guaio|disastro|macello|frittata|confusione|pasticciaccio ha|hai|avete @ADV? "
        "combinato|fatto|creato|combinata|fatta|creata",
        "lei|tu|voi ha|hai|avete @ADV? combinato|fatto _{0,2} pasticcio|casino|guaio|disastro|macello|frittata|confusione",
        # Told to read their own mail now and again, as if they never did: "magari un'occhiata alla posta ogni tanto";
        # the spam folder ("controlli ogni tanto la posta indesiderata") is advice, the agent's own checking ("ogni
        # tanto controllo io le mail") none.
        "~guardare|leggere|controllare|aprire|occhiata|occhiatina&REQUEST_FORM _{0,3} posta|mail|email|e-mail|casella|lettere "
        "!indesiderata{0,1} ogni|di tanto",
        "ogni tanto _{0,3} ~guardare|leggere|controllare|aprire|occhiata|occhiatina&REQUEST_FORM _{0,3} posta|mail|email|e-mail|casella|"
        "lettere !indesiderata",
        "chi se ne frega",
    ],
    "customer_intro_after": ["qui"],
    "customer_intro": [
        "sono|chiamo|parla",
        "il mio nome e",
        "qui e",
    ],
}
