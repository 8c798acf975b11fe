"""English cues (notation: feedback/scoring/patterns.py).

Contractions are spelled out by the pipeline ("I'll" → "i will", "don't" →
"do not", "won't" → "will not"), so one pattern covers both spellings.
"""

NUMBERS = (
    "a an one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty forty-five fifty sixty ninety hundred half couple quarter"
)

# Ways of getting in touch with someone.
REACH = "call ring phone contact email e-mail write speak talk go report take raise complain ask reach chase apply visit pop head"

SETS = {
    "ADV": "just also personally then definitely certainly immediately really so very totally completely fully "
    "absolutely quite truly terribly deeply genuinely sincerely actually still now go ahead and only",
    # Children in a remark that makes light of the customer's difficulty ("olds" of "eighteen-year-olds").
    # Verbs of writing or noting ("I'll write it", "I'll pop a note"): in a record of the company's, done during the call.
    "WRITE_DOWN": "write put pop add note jot pencil enter log",
    # Public offices where the law sends the customer in person ("get the apostille from the registry office").
    "AUTHORITY": "registry registrar council embassy consulate court courthouse ministry government notary dvla hmrc "
    "passport",
    # Words that open a reminder of what the customer was already told ("as I already wrote to you").
    "AS": "as like",
    "CHILD": "kids children toddlers teenagers teens schoolkids olds",
    # Grandparents, taken as the measure of how easy something is ("even my nan manages it").
    "ELDER": "nan nana nanna gran granny grandma grandmother grandad granddad grandpa grandfather grandparents",
    # Who shares the customer's fear, and the fear ("the first night away scares a lot of kids").
    "MANY_PEOPLE": "kids children people parents folk folks first-timers beginners families",
    "FEAR": "nervous worried anxious scared frightened afraid homesick jittery wobbly panicky",
    # People and pets pitied in a clause of their own ("Oh, the poor man, …", "Poor wee thing.").
    "PITIED": "man woman lad lass boy girl kid kids child children fella fellow guy chap bloke soul souls love dear "
    "thing things mite bairn pet lamb creature mum dad gran granny grandad nan dog cat pup puppy",
    "UNIT": "minute minutes min mins hour hours hr hrs day days week weeks fortnight fortnights month months weekend",
    "WEEKDAY": "monday tuesday wednesday thursday friday saturday sunday weekend",
    "MONTH": "january february march april may june july august september october november december",
    "DAY_WORD": "today tonight tomorrow noon midday midnight eod cob lunchtime teatime dinnertime suppertime",
    "DAYPART": "morning afternoon evening night",
    # What a clock time is said with ("at half nine", "around four", "twenty past three").
    "CLOCK": "one two three four five six seven eight nine ten eleven twelve half quarter noon midday midnight lunchtime",
    # Things done for the customer later; immediate actions ("I'll cancel it", "I'll add a note") are not promises.
    "PROMISE": "call ring phone text email e-mail message send post mail ship dispatch deliver bring get let "
    "update refund credit reimburse arrange book rebook reschedule schedule fix resolve sort repair "
    "replace process follow contact reach reply respond notify inform issue return pay forward chase "
    "look investigate escalate come arrive keep restore reconnect visit install compensate redeliver "
    "resend collect pick swap swop exchange drop pop circle courier show appear land buzz "
    "reissue rearrange reroute resubmit reorder redo fit examine",
    "RECEIVE": "receive get see hear have",
    # Who acts for the company in a third-person or arranged promise ("the fitter calls", "I'll have a fitter ring you").
    "STAFF": "engineer technician courier driver someone somebody team colleague manager specialist fitter doctor nurse "
    "gp plumber electrician surveyor assessor adjuster installer consultant midwife dentist vet inspector handler "
    "office reception receptionist admin desk lab workshop crew depot warehouse branch",
    # Actions done for the customer, said in the passive or the progressive ("will be closed", "we're sending").
    "ACTION": "call ring phone text email e-mail message send post mail ship dispatch deliver bring update refund "
    "credit reimburse arrange book rebook reschedule schedule fix resolve sort repair replace process "
    "contact reply respond notify inform issue return pay forward chase look investigate escalate restore "
    "reconnect visit install compensate redeliver resend collect pick swap swop exchange courier close review "
    "assess apply waive cancel remove correct amend adjust change upgrade activate unblock unlock reinstate "
    "reset approve authorise authorize complete finalise finalize settle release clear handle deal action "
    "raise add allocate assign appoint lift unfreeze reactivate confirm examine "
    "reissue rearrange reroute resubmit reorder redo fit",
    "SENDING": "send post ship dispatch deliver courier refund credit reimburse arrange book schedule replace repair "
    "visit install collect",
    "DONE": "fix fixed resolve resolved sort sorted deliver delivered send sent refund refunded credit credited "
    "process processed restore restored reconnect reconnected activate activated cancel cancelled "
    "canceled repair repaired replace replaced dispatch dispatched ship shipped post posted issue issued "
    "arrange arranged book booked ready back",
    "FEELING": "frustrated upset worried annoyed stressed disappointed angry furious concerned anxious shaken "
    "exhausted fed",
    "NEG_ADJ": "frustrating annoying stressful worrying upsetting infuriating maddening exasperating disappointing "
    "inconvenient awful terrible horrible rotten dreadful unpleasant scary frightening distressing "
    "irritating aggravating concerning unacceptable",
    "NEG_WEAK": "difficult hard tough rough bad horrid miserable",
    "NEG_NOUN": "nightmare hassle pain shame worry headache ordeal mess disaster",
    # Evaluative words of hardship, said of what the customer is going through ("a real hassle", "miserable").
    "HARD": "frustrating annoying stressful worrying upsetting infuriating maddening exasperating disappointing "
    "waste wasted pointless fruitless "
    "inconvenient awful terrible horrible rotten dreadful unpleasant scary frightening distressing irritating "
    "aggravating unacceptable miserable lousy appalling shocking outrageous ridiculous gutting heartbreaking "
    "devastating unfair exhausting draining grim unbearable intolerable galling tiresome horrid nasty "
    "horrendous wretched hellish nightmare hassle pain headache ordeal mess disaster inconvenience "
    "faff palaver rigmarole letdown blow saga runaround farce struggle rubbish fright shock scare worry trauma "
    "nuisance bother grind slog trial upheaval worst pits",
    "FEELING_STATE": "frustrated upset worried annoyed stressed disappointed angry furious fed cross livid exasperated "
    "exhausted fuming gutted sick tired distraught shaken worn drained shattered knackered overwhelmed",
    "ID_NOUN": "account customer membership member policy contract order booking supply installation reservation reference case claim bill "
    "ticket card agreement invoice tracking serial meter registration subscription loyalty baggage luggage "
    "tag shipment parcel consignment flight passport licence license confirmation notice penalty pcn fine "
    "citation permit certificate voucher appointment job repair return rma warranty guarantee tenancy property "
    "tenant patient student nhs docket prescription quote quotation estimate proposal waybill record file chart "
    # What the customer holds with the company, numbered for them: "the cask number", "your mooring number".
    "cask barrel share mooring pitch plot allotment locker "
    # The slip given to the customer when they left or bought something: "the number on your receipt", "collection slip".
    "receipt collection pickup slip stub "
    # A letter sent to the customer about their case: "the number on the letter".
    "letter",
    "ID_HEAD": "number numbers no. reference ref code id serial",
    "PD_NOUN": "phone mobile telephone address email e-mail password pin iban postcode",
    "ASK": "confirm give tell provide verify read spell share send",
    "POST": "reply post write send share leave drop comment put include pop add type",
    "TARGET": "them another other someone somebody elsewhere directly department team line number office company "
    "provider supplier bank courier carrier manufacturer retailer seller store shop council insurer "
    "agency branch helpline hotline service services support landlord operator network airline airport "
    "embassy consulate police customs garage dealer dealership authority government ministry hospital "
    "doctor gp pharmacy school court ombudsman regulator broker lender issuer installer contractor "
    "builder plumber electrician vendor merchant marketplace distributor warehouse depot reception "
    "desk counter headquarters hq registry",
    "CONTACT": f"{REACH} get",
    # CONTACT without "get": "you'll get a text with the driver's number" is receiving, not being sent.
    "REACH": REACH,
    # Ways to reach an organisation: who is named after them is someone the customer must contact.
    "CALL": "call ring phone contact email e-mail write speak talk reach complain",
    # Casual words for writing to someone ("flick them an email", "drop head office a line").
    "SEND_OFF": "send drop flick shoot fire ping bung chuck pop",
    "NOTE_SENT": "email e-mail mail line message note text letter",
    "WISH": "day evening weekend afternoon morning night one flight trip journey holiday time week stay drive",
    # Short spans of time asked for ("a second" only where no noun follows: "a second phone number" is not one).
    "MOMENT": "moment moments minute minutes seconds sec secs tick ticks jiffy mo",
    # Words that open a reply to a yes-no question ("No, that's all."): the question was asked (checks/questions.py).
    "ANSWER": "yes no yeah yep nope sure",
    "WH": "how what which why when where who whom whose whereabouts",
    # Interrogatives that also open a clause of time or place ("…, or when it's hot?", checks/questions.py).
    "WH_WHEN": "when where",
    # Interrogatives that pick one of the options said after them ("Which suits you better, Tuesday or Wednesday?").
    "WH_CHOICE": "which",
    # Words that open an offer asked rather than a promise made ("Shall I call you back at four, …?").
    "OFFER": "shall should can could may might would will do does did want is are",
    # Words that open the other half of an alternative question ("…, or would you rather…?").
    "OR": "or otherwise",
    # Words an interrogative left at the end of a question may carry after it ("it starts when exactly?").
    "WH_TAIL": "exactly precisely then again much many long often",
    # Words after an interrogative that make it ask, never open a clause of time or manner ("How come you're
    # leaving now, if you don't mind me asking, …": a recorded sentence opened so asks whatever follows).
    "WH_ASKING": "come",
    # Interrogatives that may also open a clause of time, manner, place or cause, or a relative one ("when you get a
    # sec, …", "how you cancel is …"): announced by a request to tell, they still ask only in one clause (checks/questions.py).
    "WH_CLAUSE": "how why when where who whom whose",
    # Words that open a topic fronted before an interrogative: none in English, which needs a comma there.
    "TOPIC": "",
    # Words skipped before an interrogative opens a clause ("Um, so what time…?").
    "OPENER": "and but or so well right now then also oh ah at in on for from to with about of since until exactly "
    "roughly alright great sure yes no thanks sorry just you okay ok",
    # Verbs of events: "what happened when…" asks about them, not for a datum named in the question.
    "EVENT": "happened happen happens happening occurred occur occurs went go goes going changed",
    # Words of a preference asked for: "which suits you better, X or Y?" offers a choice (checks/questions.py).
    "PREFER": "prefer prefers preferred suit suits better rather best easier works convenient",
    # Words that give a clause a condition or a future of its own: a time there is not another clause's promise's.
    "CONDITION": "if unless",
    "FUTURE_AUX": "will shall",
    # A subject of its own before a request verb ("the engineer will tell us more"; checks/questions.py):
    # its determiners, and the words that make what follows one no subject (a preposition, "you").
    "SUBJECT_DET": "the a an his her their my our",
    "NOT_SUBJECT": "of to for with in on at from by about into after before during that you",
    # Words that open a clause of time or condition: a promise verb right after one frames what
    # follows ("when it arrives, type it in"), it promises nothing.
    "WHEN": "when once if unless whenever after",
    # "Now" opening a sentence before a comma leads into what follows, not a time ("Now, once the van's back, …") (checks/commitments.py).
    "NOW": "now",
    # "Straight away" after an awaited event ("as soon as the part's in I'll ring you, and fit it straight away")
    # is straight after that event, not a time (checks/commitments.py).
    "IMMEDIATELY": "immediately straightaway straight right away",
    # Words of the agent's own side: dismay said with them is for the agent, not the customer ("Oh my God, we've
    # had the phones ringing off the hook with bookings") (checks/attitude.py).
    "SELF": "i we me us my our myself ourselves",
    # What "anything else?" asks about in general ("any other questions?"); "any other rooms" asks about the problem.
    # A need or help asked about ("Need anything else, any other tickets?"): a narrowed "else" still checks.
    "NEED": "need want help like do",
    "HELP_NOUN": "question questions query queries issue issues problem problems thing things help concern concerns "
    "request requests",
    "UPON": "as once",
    # Words that leave a promise uncommitted ("it'll maybe get there Friday"): a guess, not a commitment.
    "HEDGE": "maybe perhaps possibly hopefully",
    # A judgement of saying or doing something ("hard to say", "the worst thing you can do"; checks/attitude.py).
    "TO_DO": "to",
    "SAY": "say tell know judge predict guess see find get believe",
    "DOING": "thing things idea move option mistake way",
    # Interrogatives that also open a relative clause after a comma ("the account number, which is…").
    "RELATIVE": "which who",
    "NEGATOR": "not never no",
    # Words of degree between a negator and what it negates, not counted in its reach ("it's not in any way your fault").
    "DEGREE": "at all in any way by means whatsoever really truly actually absolutely entirely completely remotely "
    "even necessarily",
    # The verb that makes "which address is it?" ask for the datum itself (checks/questions.py).
    "COPULA": "is are was were 's be",
    # Words that end a clause's scope: a process described before them does not reach a promise after.
    "CONTRAST": "but however although ;",
    # The agent speaking again in the first person after a report ("…, and I'm sorry"): the report ended.
    "FIRST_PERSON": "i we",
    "AND": "and , ;",
    # Lemmas of an apology, and of understanding (checks/attitude.py reads a cue by them).
    "APOLOGY": "sorry apology apologies apologise apologize apologised apologized apologising apologizing",
    "UNDERSTAND": "understand understood",
    # Interrogatives that also open an exclamation ("what a mess", "how awful").
    "EXCLAIM": "what how",
    # Words after a reporting verb that judge the text rather than quote it ("it says clearly in the terms").
    "PLAINLY": "clearly plainly right there everywhere obviously",
    # The company's side said before a judgement ("per noi è una seccatura"; "per me" is an opinion).
    "OUR_SIDE": "us ourselves",
    # The agent's side named with a call or message: it comes back to them ("you can call us back", "email it to me").
    "OUR_PART": "us me our ourselves myself back here",
    # Words that bring in who the customer is sent to ("contact the promoter", "speak to your bank", "ring them").
    "SOMEONE": "the your their them a an to with",
    "ORDINAL": "second third fourth fifth sixth seventh eighth ninth tenth nth umpteenth hundredth millionth",
    # What the customer is reproached for not having done ("you didn't even read the letter").
    "DILIGENCE": "read check look listen notice open follow bother",
    "FILLER": "um umm uh uhh er erm hmm hm mm mmm",
    "TITLE": "mr mr. mrs mrs. ms ms. miss dr dr. sir madam dear",
    "INTRO": "is am with to reached got name 's",
    "INTRO_AFTER": "speaking here at on",
}

FORMS = {
    "ING": r"ing$",
    # Done, of a regular verb or "read" ("if you'd opened the manual", "if you'd read the letter").
    "PAST": r"(ed|^read)$",
}

# A subject and its verb said as the possessive written for them: "you're right" is heard as "your right",
# "it's awful" as "its awful" (misheard.py reads them back where the verb opens its clause).
HOMOPHONES = {"your": "you're", "its": "it's"}

CUES = {
    "greeting": [
        "hello|hi|hey|hiya|welcome|greetings|howdy|hullo|hallo|g'day|gday|howzit|shwmae|namaste|aloha|sawubona|"
        "ciao|hola|bonjour|salaam|talofa|bula|awright|awrite",
        "good morning|afternoon|evening|day",
        "^morning|afternoon|evening",
        # Greetings of other languages spoken in English calls: Māori, Welsh, Irish, Scots, Northern English.
        "kia ora",
        "bore|prynhawn da",
        "noswaith dda",
        "dia duit|dhuit",
        "^ey|eh up",
        "thank|thanks you? @ADV{0,2} for _{0,1} calling|contacting|ringing|phoning|choosing|reaching|getting",
    ],
    "social_greeting": [
        "hello|hi|hey|hiya|dear|greetings|howdy|morning|afternoon|evening|g'day|gday|howzit|shwmae|namaste|aloha",
        "kia ora",
        "good morning|afternoon|evening|day",
    ],
    "empathy": [
        "i|we am|are @ADV{0,2} sorry",
        "sorry @ADV? to|about|for|that|you",
        # The noun as an apology made ("please accept our apologies"), not a thing ("our apology email").
        "my|our|sincere|sincerest|deepest|heartfelt|humble|profound|full apology|apologies "
        ".|,|!|;|-|for|to|again|about|that|if|on|and|from|as",
        "^apologies",
        "apologies for|about|again|that|,|!",
        "accept|owe|deserve|deserved|due|offer _{0,3} apology|apologies",
        "i|we _{0,4} re:^apolog(is|iz)(e|ed|ing)$",
        "let me|us @ADV? re:^apolog(is|iz)e$",
        "i|we @ADV{0,2} can|could|do? @ADV{0,2} understand",
        "i|we @ADV{0,2} can? @ADV? get why|how|that|it|what",
        "i|we @ADV{0,2} can|could? @ADV? see|hear why|how",
        "i hear you|what",
        "should not|never have happened",
        "that|this|it is|'s|was @ADV? not|n't @ADV? good|acceptable|fair|ideal|great",
        # "That's not on" judges what was told; "that's not really on us" denies the company's fault.
        "that|this|it is|'s|was @ADV? not|n't @ADV? on !us|me",
        "that|this|it can|could not|n't have been|be @ADV? easy|fun|nice|pleasant",
        "what a|an _{0,3} you have|had had|been",
        "every|good|perfect|all reason|right to be|feel|complain|ask|expect",
        # The customer's own concern approved: "it's good you're thinking about your mother as well" (not "it's good you
        # have the receipt", a fact).
        "it|that is|'s|was @ADV{0,2} good|right|natural|understandable|sensible|wise|normal that? you are|'re|were @ADV? "
        "thinking|worrying|worried|weighing|asking|wondering|considering|concerned",
        "not the service|standard|experience|treatment|level _{0,4} you|your should|deserve|expect|'d",
        "not what you should|deserve|expect|'d|paid",
        "you deserve|deserved better",
        # The agent's side owning that it failed the customer: "we've let you down there".
        "i|we !not|never{0,2} let you down",
        "i|we !not|never{0,2} failed you",
        "should not|never have had|needed|been",
        "you have|'ve|had been @ADV{0,2} more than? @ADV? patient|understanding",
        "can|could @ADV? imagine",
        "i|we imagine how|that|what",
        "that|this|it|which must @ADV? be|have|'ve _{0,3} @NEG_ADJ|@NEG_WEAK|@NEG_NOUN",
        "that|this|it sounds|seems|looks @ADV{0,2} @NEG_ADJ|@NEG_WEAK|@NEG_NOUN",
        "that|this|it is|was|'s @ADV{0,2} @NEG_ADJ",
        # A short judgement of what was told: "that's really rough", "that's tough, honestly" (not "that's hard to say").
        "that|this is|was|'s @ADV{0,2} @NEG_WEAK .|,|!|;|-|for|on|going|mate|love",
        "what a|an _{0,2} @NEG_ADJ|@NEG_WEAK|@NEG_NOUN|@HARD",
        # "That's a real shame, with it being her first photo": a shame said of what was told, ending its clause or
        # saying what of; one that opens a clause of blame or of the agent's side ("it's a shame you didn't…") is not.
        "that|this|it is|was|'s @ADV{0,2} a|an|such a? _{0,2} shame|pity .|,|!|;|-|with|about|for",
        "^shame|pity .|,|!|;|-|with|about|for",
        ",|;|: shame|pity .|,|!|;|-|with|about|for",
        # Set phrases that judge the customer's situation unwelcome ("the last thing you needed").
        "the last thing you|anyone|anybody|one|we @ADV? need|needed|want|wanted|expect|expected",
        "nobody|anyone|anybody|one|everybody|everyone 's idea of",
        "no fun|joke at all?",
        # Owning the fault: "that's on us", "our mistake".
        "that|this|it is|was|'s on us|me",
        "our|my mistake|fault|bad|doing",
        "we|i got|have|'ve|had got? that|this|it @ADV? wrong",
        "we|i dropped the ball",
        "lot|much|plenty|enough @ADV? to @ADV? be? deal|dealing|cope|coping|contend|carry|carrying|juggle|juggling|"
        "manage|handle|handling|take|face|bear|worry",
        "lot|enough|plenty on your plate",
        # The situation it leaves the customer in: "that really puts you in a bind", "it left you stranded".
        "put|puts|putting|leave|leaves|left|leaving you @ADV? in a|an|such|the _{0,1} bind|spot|lurch|hole|fix|corner|jam|"
        "pickle|mess|predicament",
        "put|puts|putting|leave|leaves|left|leaving you @ADV? in a|an|such|the @ADV? difficult|awkward|tough|tricky|"
        "horrible|terrible|impossible|horrid|rotten position|situation|spot",
        "leave|leaves|left|leaving you @ADV? stuck|stranded|high|without",
        "leave|leaves|left|leaving you @ADV? out of pocket",
        # What it means to the customer: "I know how much you rely on the car", "I know how important this is".
        "i|we @ADV? know|realise|realize|appreciate|understand|see how|that|what|this|it|you _{0,5} important|urgent|"
        "serious|vital|essential|precious|matters|mean|means|rely|relies|depend|depends|@HARD|@NEG_WEAK",
        "because of us|me",
        "fair|reasonable|legitimate|valid|understandable|natural|genuine _{0,1} worry|concern|question|point|complaint|"
        "reaction|fear",
        "on top of everything else",
        "would|'d|could|will|'ll @ADV? keep|drive|make|upset|worry|stress|annoy|frustrate|wind|put|throw|send|rattle|shake|"
        "unsettle|unnerve|scare|frighten|fluster|rile|irk|bother|test|try|tire|exhaust|floor|panic|spook anyone|anybody|"
        "everyone|everybody",
        # "It'd get anyone down", not "we'd get anyone a replacement".
        "would|'d|could|will|'ll @ADV? get anyone|anybody|everyone|everybody .|,|!|;|-|down|worked|wound|going|riled|"
        "stressed|rattled|upset",
        # Said of the customer's situation: "that's wearing", "it wears you down".
        "that|this|it is|'s|was|must|sounds|would @ADV{0,2} be? @ADV? wearing|wearying|draining|grinding",
        "wears|grinds|wore|wear|grind you|anyone|anybody down",
        "patience of a saint|saints",
        "the last thing on your|anyone|anybody|one 's? mind",
        # Colloquial sympathy: "oh, bless him", "bless your heart".
        "^oh|ah|aw|aww|aah ,? bless",
        "bless him|her|them|'em|his|their|your|the _{0,1} .|,|!|heart|cotton|soul|little",
        "^how @ADV? @NEG_ADJ",
        "oh no|dear",
        "you are @ADV{0,2} right !next|there|here|now|back|in|at|on|by|up|behind|outside|into|under|over|about|away",
        "no wonder",
        "you must be @ADV{0,2} @FEELING",
        "i|we would @ADV? be|feel @ADV{0,2} @FEELING|@FEELING_STATE",
        # What the agent would do in the customer's place: "I'd be climbing the walls", "I'd have gone spare".
        "i|we would @ADV? be|have @ADV? climbing|tearing|pulling|spitting|raging|seething|fuming",
        "i|we would @ADV? be|have? @ADV? going|gone|go spare|mad|crazy|bonkers|nuts|ballistic|mental",
        "i|we would @ADV? have lost it|the",
        "i|we @ADV? know|realise|realize|appreciate how|what _{0,2} @NEG_ADJ|@NEG_WEAK|@NEG_NOUN",
        "i|we @ADV? realise|realize|appreciate that|how|this|what",
        "you did|have @ADV{0,2} the right thing",
        "in your shoes",
        "poor you|thing",
        # Pity for someone of the customer's story, as a clause of its own ("Oh, the poor man, and it's you with the
        # worry"); not "the poor man's version", nor "the poor driver waited an hour" in a clause that goes on.
        "^poor little|old|wee? @PITIED .|,|!|;|-",
        "^the poor little|old|wee? @PITIED .|,|!|;|-",
        ",|;|:|! the? poor little|old|wee? @PITIED .|,|!|;|-",
        # The customer's situation judged hard, in the agent's own words: said of "that", of what happened
        # to them (a gerund or "without …" clause, "your …", "you've had …"), or "for you".
        "that|this|it|which is|was|'s|has|must|sounds|seems|looks|would @ADV{0,2} have? been|be? @ADV{0,2} a|an|such|one? "
        "!less|not|never|no|meno{0,2} @HARD",
        "re:^(?!(no|some|any|every)?thing$|morning$|evening$|ceiling$|building$|meeting$|ring$|king$|spring$|string$|"
        "booking$|parking$|housing$|heating$|shipping$|billing$|banking$|clothing$|wedding$|training$|setting$|listing$)"
        "\\w{2,}ing$ _{0,10} is|was|'s|must|sounds|seems|would @ADV{0,2} have? been|be? @ADV{0,2} a|an|such? !less|not|never|no{0,2} @HARD",
        "without|@UNIT _{0,8} is|was|'s|must|sounds|seems|would @ADV{0,2} have? been|be? @ADV{0,2} a|an|such? "
        "!less|not|never|no{0,2} @HARD|@NEG_WEAK",
        "with no _{0,6} is|was|'s|must|sounds|seems|would @ADV{0,2} have? been|be? @ADV{0,2} a|an|such? "
        "!less|not|never|no{0,2} @HARD|@NEG_WEAK",
        "your _{0,5} is|was|'s|has|must|sounds|seems @ADV{0,2} been|be? @ADV{0,2} a|an|such? !less|not|never|no{0,2} "
        "@HARD|@NEG_WEAK",
        "you have|'ve|had @ADV? had|been _{0,1} a|an|such|some? @ADV{0,2} @HARD|@NEG_WEAK",
        "been through a lot",
        "been through the wars|mill",
        "been through it",
        "@HARD|@NEG_WEAK for you|yourself",
        "@HARD for your",
        "<!there is|'s|was no way to|for",
        # "Who wouldn't…": anyone in the customer's place would feel the same.
        "anyone|anybody|everyone|everybody would|'d|will @ADV? feel|get|lose|hate|want|go|find|struggle|worry|complain|be|have !able|to",
        "nobody should|ought|wants|likes|deserves|needs",
        "no one should|ought|wants|likes|deserves|needs",
        "who would|'d|could not|n't blame|be|feel|get",
        "not|never blame you",
        "anyone|anybody in your position|shoes|place|situation",
        # The worry made normal, as shared by many or usual at the age: "the first night away scares a lot of kids",
        # "plenty of parents get nervous about it", "it's perfectly normal at his age"; not what many get wrong ("a lot
        # of parents get the date wrong"), nor a process that is normal ("it's normal for the refund to take a week").
        "scares|scare|scared|frightens|frighten|worries|worry|worried|unsettles|unsettle|rattles|rattle a? lot|lots|plenty|"
        "loads|many|most of? @MANY_PEOPLE",
        "lot|lots|plenty|loads|many|most of? @MANY_PEOPLE @ADV? get|feel|are|were|go @ADV? @FEAR",
        "normal|natural|common at|for _{0,3} age",
        "you are|'re|must|would|'d @ADV{0,2} be|feel? @ADV{0,2} @FEELING_STATE",
        "you sound|seem|look @ADV{0,2} @FEELING_STATE",
        "end of your|the tether|rope",
        "wits '? end",  # "at your wits' end": the plural possessive's apostrophe is a token of its own
    ],
    "deflection": [
        # Told to do it themselves: "you'll have to open it yourself with the insurer".
        "you will|would|can|could|should|must|may|might|need|have|got @ADV? to? _{0,2} ~@CALL|report|file|lodge|"
        "raise|chase|claim|apply|visit|go _{0,5} yourself",
        "yourself _{0,2} with|to|at the|your? @TARGET",
        "you are|'re the one|ones who|that _{0,2} ~@CALL|report|file|lodge|raise|chase|claim|apply",
        # The call or request must come from the customer, not from the company: "they don't take calls from us, so
        # it's gotta come from you", "it has to come from you, not us".
        "not|never _{0,4} from us|me _{0,12} it|that|this|call|calls|request|claim|complaint|application 's|is|has|needs|"
        "must|will|would|got _{0,2} ~come from you|yourself",
        "it|that|this|call|calls|request|claim|complaint|application 's|is|has|needs|must|will|would|got _{0,2} ~come "
        "from you|yourself ,? not|rather|instead of? than? from? us|me",
        "has|have|needs|need|must|would|will to? be @ADV? made|filed|opened|raised|lodged|submitted|done|reported _{0,3} by you",
        "not @ADV? my|our department|job|problem|responsibility|area|remit|team|concern|issue|place|call|business",
        "nothing @ADV? i|we can @ADV? do",
        "i|we can not|cannot @ADV? help _{0,1} with that|this|it",
        "i|we am|are not able to help _{0,1} with that|this|it",
        "out of my|our hands",
        "not something i|we _{0,2} deal|handle|help|cover|do",
        "we|i do not deal|handle|look",
        "not handled|dealt|managed by this|our|us|me|we|the",
        "up to them",
        "'s responsibility|remit|department|job",
        "responsibility of !us|our|me",
        "responsibility lies with !us|our|me",
        "you will|would|can|could|should|must|may|might @ADV? ~@REACH @TARGET",
        "you will|would|can|could|should|must|may|might @ADV? ~@REACH !us|me _{0,7} @TARGET",
        "you will|would|can|could|should|must|may|might @ADV? get onto|hold|through|in|on !us|me _{0,7} @TARGET",
        "you @ADV? will|would|may|might? @ADV? have|need|want|got to @ADV? ~@CONTACT @TARGET",
        "you @ADV? will|would|may|might? @ADV? have|need|want|got to @ADV? ~@CONTACT !us|me _{0,7} @TARGET",
        "you are|'re going to have|need|want to @ADV? ~@CONTACT !us|me _{0,7} @TARGET",
        "<!thank|thanks you !i|we|,|.{0,4} take|taking it|that|this|the|them _{0,2} up with !us|me",
        "^take it|that|this up with !us|me",
        "if i were you _{0,3} ~@CONTACT !us|me _{0,7} @TARGET",
        "your best|only bet|option|way|choice is _{0,2} ~@CONTACT !us|me _{0,7} @TARGET",
        "@TARGET you @ADV? will|would|'d|need|have|want|should|must _{0,3} ~@CONTACT",
        "@TARGET is|'s|are|'re who|what|where you _{0,2} need|want|after|should|'ll|will",
        "that|it|this is|'s|would|'d _{0,3} one|matter|question|job|issue|problem for the|your _{0,1} @TARGET",
        # "You'll want to have a word with your GP about that."
        "you _{0,4} have|had a word|chat with|to the|your? _{0,1} @TARGET",
        "<!thank|thanks you !i|we|,|.{0,5} make|file|lodge|raise|submit|put a|your complaint|claim|appeal|report with|to the|your? @TARGET",
        "your best|only|first bet|option|port|choice|shout|hope|move is|would|'d _{0,3} @TARGET",
        # The organisation the customer wants for it: "you want the council for that".
        "you @ADV? will|would|'d? @ADV? want|need the|your @TARGET for|then|instead|,|.",
        "down|up to you to ~@CONTACT|sort|chase !us|me _{0,6} @TARGET",
        # Up to the customer to call them: "it's on you to ring them", "it's up to you to call 'em" (not "… to call us").
        "up|down|on to? you to @ADV? ~@CONTACT them",
        "<!thank|thanks you !i|we|,|.{0,5} ~sort|settle|resolve|discuss|dispute|query|chase|raise|take _{0,3} with|through the|your|a|an? @TARGET",
        "could|can|would you @ADV? ~@CONTACT @TARGET",
        "could|can|would you @ADV? ~@CONTACT !us|me _{0,7} @TARGET",
        "you are|'re|would|will @ADV? be? @ADV? best|better _{0,1} ~@CONTACT _{0,8} @TARGET",
        # "The quickest route is for you to speak to them directly."
        "best|better|easiest|quickest|fastest|simplest|only|surest|safest _{0,3} for you to @ADV? ~@CONTACT !us|me _{0,6} "
        "@TARGET",
        "best|easiest|quickest|fastest|simplest|only|surest|safest way|route|option|thing _{0,6} is|'s @ADV? to ~@CONTACT "
        "!us|me _{0,6} @TARGET",
        "quicker|faster|easier|simpler|better|best|quickest|fastest|easiest if you @ADV? ~@CONTACT !us|me _{0,6} "
        "@TARGET|yourself",
        # The customer told to ring them ("Give them a ring yourself", "you'll need to give 'em a call"), not the
        # agent saying they will ("I'll give them a ring for you now", "let me give them a call").
        "^give them a ring|call|bell|buzz",
        "<!i|we|'ll|will|shall|me|us|can|could|to just|please|so give them a ring|call|bell|buzz",
        "you !i|we|me|us{0,4} give them a ring|call|bell|buzz",
        # The customer told to write to them in casual words ("you'd have to flick them an email yourself", "you'll
        # need to drop head office a line"), not the agent doing it ("I'll flick them an email for you").
        "you @ADV? will|would|'d|'ll|can|could|should|must|may|might @ADV? have|need|got? to? @ADV? @SEND_OFF _{0,1} "
        "them|@TARGET a|an _{0,1} @NOTE_SENT",
        "you @ADV? have|need|got to @ADV? @SEND_OFF _{0,1} them|@TARGET a|an _{0,1} @NOTE_SENT",
        # Told to write to the other office themselves: "you'll have to send an email to the technical office" (not "to
        # us", nor "to our office").
        "you @ADV? will|would|'d|'ll|can|could|should|must|may|might @ADV? have|need|got? to? @ADV? @SEND_OFF a|an _{0,1} "
        "@NOTE_SENT to|into !us|me|our{0,5} @TARGET",
        "you @ADV? have|need|got to @ADV? @SEND_OFF a|an _{0,1} @NOTE_SENT to|into !us|me|our{0,5} @TARGET",
        "the ones to ~@CONTACT",
        "^please contact|call|ring|email|phone @TARGET",
        "^please contact|call|ring|email|phone !us|me _{0,5} @TARGET",
        "^contact|call|ring|email|phone @TARGET",
        "^contact|call|ring|email|phone !us|me _{0,5} @TARGET",
        "best|better|easiest|quickest|only _{0,3} to ~@CONTACT !us|me _{0,6} @TARGET",
        "suggest|recommend|advise|advice that|you{0,2} to? ~@CONTACT !us|me|our|we{1,7} @TARGET",
    ],
    "promise": [
        "<!you will @ADV{0,3} ~@PROMISE",
        "<!you shall @ADV{0,3} ~@PROMISE",
        "you will @ADV{0,2} ~@RECEIVE !to",
        "i|we|they|someone am|are|is going to @ADV{0,2} ~@PROMISE",
        "is|'s|are|'re going to @ADV{0,2} ~@PROMISE|@RECEIVE",
        "will|'ll|shall be|get @ADV|all{0,2} ~@ACTION",
        "going to be|get @ADV|all{0,2} ~@ACTION",
        "will|'ll|shall|should all? be|get @ADV|all{0,2} taken care|off",
        # A call promised in other words: "I'll give you a ring back", "let me call you back", "I'll touch base with you".
        "will|shall|to|me|us @ADV{0,2} give|drop|flick|shoot|fire|ping|bung|chuck you a|an _{0,1} ring|call|bell|buzz|shout|"
        "callback|call-back|update|"
        "answer|reply|line|text|email|tinkle",
        "let me|us @ADV? ~@PROMISE _{0,2} back",
        "will|shall @ADV{0,2} check|touch|catch base|in|up|back with you",
        "will|shall be back _{0,1} to|onto|on|with you",
        "should|will|shall @ADV? go|be out|off to you",
        "is|are|'s|'re|been @ADV? booked|scheduled|arranged|pencilled|penciled|lined|due|set in|for|to|on|up|with",
        "is|are|'s|'re @ADV? on its|their|the|your way",
        "<!you should|ought @ADV? ~arrive|land|reach|show|appear",
        "<!you should|ought @ADV? ~be|get with|to you",
        "will|'ll|shall @ADV? try|aim|endeavour|endeavor|do _{0,2} to|and ~@PROMISE|@ACTION",
        # "What I'll do is ring you back at four."
        "i|we will|shall|can do is|'s @ADV? ~@PROMISE",
        "i|we am|are going to do is|'s @ADV? ~@PROMISE",
        "i|we|they am|are|'re @ADV? ~@SENDING&ING",
        "will be @ADV? @DONE",
        "will|'ll be @ADV? working|live|active|running|connected|online",
        "will be with|there|round|over",
        # "A tech will be out Thursday": someone of the company coming out to the customer (not "out of stock").
        "<!you|i|it will be out !of|here|now|there",
        # Someone at the customer's door: "the rider will be at your mother's gate by six" (not the customer's own plan).
        "<!you will be @ADV? at|outside|round your|the _{0,3} door|gate|house|home|place|flat|address|property|doorstep",
        "will go out|off to|today|tomorrow|this",
        "will have !to _{0,3} ready|sorted|done|fixed|back|out|round|over|there|with",
        "will have !to _{0,3} to|with you",
        # What the customer will find ready for them: "at six you'll find him ready at the gate".
        "you will find him|her|it|them|everything @ADV{0,2} ready|waiting",
        "you should|may|might|can @ADV? ~@RECEIVE !to",
        "should be @ADV? @DONE",
        "^expect a|an|the|it|them|to",
        "you can expect",
        "be in touch|contact",
        # Receiving in the future progressive: "you'll be getting a call from the engineer".
        "you will be @ADV? getting|receiving|hearing",
        "be hearing from us|me",
        "see you right",
        # A second action joined to the first: "I'll put a call in to the depot and come back to you".
        "will|shall _{0,8} and come|get|ring|call|phone back to|with you",
        "i|we will make sure",
        # The customer booked in: "we'll have you in Thursday at eight", "we can squeeze you in" (not "in touch").
        "will|shall|can|could @ADV? have|get|fit|squeeze|slot|book you in !touch|contact",
        # Someone of the company made to act: "I'll have one of our fitters ring you", "we'll get a plumber to call".
        "i|we will|shall @ADV{0,2} have|get _{0,3} ~@STAFF to? @ADV? ~@PROMISE",
    ],
    # A hardship word said of something (checks/attitude.py: empathy when the something is what the
    # customer just told, "double shifts are exhausting"; the agent's own screen is not).
    "hardship": [
        "is|are|was|were|'s|be|been|seems|sounds|looks|feels @FILLER|,{0,3} @ADV{0,2} a|an|such|so|one? @ADV? !not|never|no|less? @HARD",
        "is|'s|be|would @FILLER|,{0,3} @ADV{0,2} be? asking|expecting @ADV? too much",
        "is|are|was|were|'s|been @FILLER|,{0,3} @ADV{0,2} far|way|much|simply? too long|much|many|slow|late",
        # Said by denying the opposite: "that's no joke", "it's no fun", "not a small thing", "no laughing matter".
        "is|are|was|were|'s|be|been @ADV? no|not @ADV? a|an? @ADV? joke|picnic|fun|laughing|small|minor|trivial|easy",
        # A span of time judged long: "three weeks is a long time", "ten days is an age" (the span, the
        # customer's, is outside the cue: said back, it echoes them).
        "is|are|was|were|'s|been @ADV? a long time|while|wait !since|ago",
        "is|are|was|were|'s|been @ADV? an? age|ages|eternity|lifetime|forever",
        # What it would do to anyone: "would put the heart crossways in anyone", "would knock anyone sideways".
        "would|'d|could @ADV? put|knock|send|drive|throw|shake|turn|wind|frighten|scare _{0,4} anyone|anybody|everyone|everybody",
    ],
    # Asking the customer to say it again: "sorry, could you repeat that?" is not an apology (checks/attitude.py).
    "repeat_request": [
        "can|could|would|will you _{0,2} repeat",
        "say that|it again",
        "not catch|hear|get that|it|what|the",
        "you said|say|mean|meant what|which|who",
        "?",
        "come again",
        "what was that|it ?",
        "pardon",
        "you are|'re breaking up",
    ],
    # Someone else's words reported or read out: what follows, to the end of the clause, is not the agent's own.
    "report": [
        "<!i|we|have|'ve|had|already|just|as|would|'d|not|am|'m says|said|wrote|writes|written|reads|stated|noted|"
        "mentions|mentioned|told|tells|advised|suggested|saying|reading|recommended|instructed|informed|replied|answered|"
        "responded|asked",
        "colleague|agent|advisor|adviser|operator|engineer|someone|somebody|they|he|she|team had|has|have|would _{0,1} "
        "told|said|advised|suggested|recommended|instructed|written|wrote",
        "according to",
        "reply|answer|advice|note|message|response|email|instruction|instructions was|were|is|said that|to",
        # A note or a message read out after a colon ("the note on file: …").
        "note|notes|message|email|e-mail|letter|reply|text|notice|log|ticket|comment|entry|record|response _{0,4} :",
        "read|reading you|out",
        "reading|read|reads|says|said|wrote|writes _{0,4} :",
    ],
    # The agent restating what was said as their own ("as my colleague said, …"): not a report.
    "endorse": ["as|like _{0,3} says|said|told|mentioned|explained|wrote"],
    # Not the agent's side's to handle, in other words: deflection unless the agent takes it on after a
    # contrast ("it's not something we handle, but I'll raise it myself"; checks/attitude.py).
    "not_our_remit": [
        "not|never the ones|one|people|team|department|place who|that _{0,2} ~deal|handle|look|manage|cover|sort|process",
        "not something|anything|one i|we _{0,2} ~look|manage|sort|process|touch|deal|handle",
        "i|we @ADV? have|'ve|do|did not? have? nothing|anything to do with",
        "nothing to do with us|me",
        # Said against the agent's side: "the refund decision is down to them, not us".
        "down|up to them|they|the|your _{0,2} ,? not us|me|we",
        # Someone else's doing, said against the agent's side: "it's issued by the anglers' association, not us" (unless
        # the agent then passes it on themselves).
        "by|with !you|yourself{1,5} ,? not us|me ,|.|!|;",
        # Staying out of it: "we don't get involved in that", "we keep out of that side of things".
        "i|we @ADV? do|did|can|will|would not @ADV? get @ADV? involved|mixed",
        "i|we @ADV? stay|keep @ADV? out of",
        # Little the agent can do about it, hedged: "there's not much I can do about the boiler".
        "not a? much|lot i|we can @ADV? do",
        "i|we can not|cannot @ADV? do a? much|lot",
        # Beyond what the agent may decide: "that part's above my pay grade", "it's beyond my remit".
        "above|beyond|over my|our pay|paygrade|remit|level|authority grade?",
    ],
    # Disowning what follows in its clause ("I'm not saying it's your fault"): the words after it are negated.
    "disclaim": [
        "not|never @ADV? saying|suggesting|implying|claiming|meaning",
        "do|does|did not|never @ADV? say|suggest|imply|claim|mean",
        "never @ADV? said|suggested|implied|claimed|meant",
    ],
    # Knowing what the customer goes through ("…, that's money walking away every day, I know"; checks/attitude.py).
    "acknowledge": ["i|we @ADV? know|knew"],
    # What befell the customer called natural, to be expected ("with that hail it's only natural it happened"):
    # empathy when the sentence says again what the customer just told (checks/attitude.py).
    "natural_outcome": [
        "normal|natural|inevitable|expected|understandable that|for|if? it|that|this _{0,1} happened|happen|happens",
    ],
    # Dismay exclaimed, as a clause of its own ("Oh my goodness, on your wedding day, …"): empathy when the sentence
    # says again what the customer has just told (checks/attitude.py).
    "dismay": [
        "oh|my good|goodness|gosh|god|word|days|lord|heavens .|,|!|;|-",
        "oh my good? goodness|gosh|god|word|days|lord|heavens .|,|!|;|-",
        "goodness|gosh|heavens|crikey|blimey|jeez|jeepers me? .|,|!|;|-",
        "good grief|gracious|heavens|lord|god .|,|!|;|-",
        "dear me|lord .|,|!|;|-",
    ],
    # What the agent or the company cannot do ("I can't help you with the refund from this end"): with the
    # customer sent to someone in the same turn, a deflection (checks/attitude.py).
    "cannot_do": [
        "i|we @ADV? can|could|will|would|do|did not @ADV? ~help|do|give|issue|process|offer|refund|change|sort|arrange|"
        "make|authorise|authorize|approve|reopen|cancel|handle|deal",
        "i|we @ADV? am|are not @ADV? able|allowed|authorised|authorized|permitted",
        "i|we @ADV? am|are unable|powerless",
        "i|we @ADV? have|'ve got? no way|means|power|access|option|button",
        "there is|'s no|nothing _{0,2} i|we can",
    ],
    # A judgement said of the agent's own side ("it's annoying for us too"): not the customer's situation.
    "own_feeling": ["for|to|of us|me|myself|ourselves|our|my"],
    # Saying the customer need not do something themselves: the instruction after it is withdrawn, not given.
    "no_need": [
        "no need",
        "not need|have to",
        "not necessary",
        "not up to you",
    ],
    # The customer told to contact someone themselves: deflection when a named organisation follows
    # ("you'd want to get in touch with HMRC"; checks/attitude.py).
    # The company's part, taken up after the customer's step: "…, and then we'll do the sworn translation" (checks/attitude.py).
    "then_ours": ["then|afterwards we|i", "after that ,? we|i"],
    "send_frame": [
        "you will|would|'d|can|could|should|must|may|might @ADV? ~@CALL",
        "you @ADV? will|would|may|might? @ADV? have|need|want|got to @ADV? ~@CALL",
        "you are|'re going to have|need|want to @ADV? ~@CALL",
        "if i were you _{0,3} ~@CALL",
        "your best|only|first bet|option|port|choice|shout|hope|move is|would|'d",
        "^contact|call|ring|email|phone|write",
        "<!thank|thanks you !i|we|,|.{0,5} get in|on touch with",
        "<!thank|thanks you !i|we|,|.{0,5} get hold of",
        "<!thank|thanks you !i|we|,|.{0,5} get onto",
        "<!thank|thanks you !i|we|,|.{0,5} make|file|lodge|raise|submit|put a|your complaint|claim|appeal|report with|to",
    ],
    # The agent wanting someone else to act (Italian "voglio che lo senta il dottore"): English says it
    # with an infinitive ("I'd like Dr Patel to see him") that no deflection pattern reads.
    "arranged": [],
    # A transfer the agent carries out (spec: not deflection).
    # Someone brought into the call the customer is on: done now, no follow-up (checks/commitments.py).
    # A state reached, said with "now" ("that's on the account now"): no time for a promise before it.
    "state_now": ["is|'s|are|'re _{0,4} now", "now is|'s|are|'re"],
    # English says the doer before the verb ("she'll examine him"): no pronoun after it to resume someone (Italian "lo
    # visita lei"; checks/commitments.py).
    "resumed_doer": [],
    # The day of an event, as what the agent will tell ("to let you know the day of the fitting"): no time of the
    # promise (checks/commitments.py).
    "day_told": ["~tell|know|confirm|agree|fix|set|give you? the day|night|morning|afternoon|evening of"],
    # A report of something done ("Done, you're on the Thursday boat"): its times date what was done.
    # A guess at what already happened, in the future perfect ("you'll have had a right fright"): with no time ahead,
    # nothing the customer will receive (checks/commitments.py).
    "guessed_past": ["you|he|she|they will have @ADV? had|been|got|gotten|felt"],
    # Taking it on without saying what ("We'll sort it, okay?"): what the agent spells out later, with a time, dates it.
    "take_charge": [
        "will|shall sort|handle it|this|that|everything|things",
        "will|shall deal with it|this|that|everything",
        "be|get @ADV|all{0,2} taken care",
    ],
    "done_now": ["^done|sorted ,|.|!|and", "^all done|sorted|booked|set"],
    # A sentence that opens on a matter of its own ("As for the invoice, …"): its times date that matter
    # (checks/commitments.py).
    "another_matter": ["^as for|to|regards", "^regarding", "^about|with the|your|that|this"],
    # A record of the company's the agent writes in during the call ("I'll write it in the delivery notes").
    # What the company's record shows, as where the agent learnt something ("I understand from the notes the tub went
    # out Friday"): understanding said of it is "I gather", not empathy (checks/attitude.py).
    "from_the_record": [
        "from|in|by the|your|our _{0,1} notes|note|file|system|record|records|log|screen|history|account|docket"
    ],
    "into_the_record": [
        "in|on|to|into the|your|our|his|her|their _{0,1} notes|file|system|record|records|log|sheet|docket",
        # A note put on what the customer has with the company ("I'll pop a note on the order for the driver"); money
        # put on an account ("pop a credit on your account before close of business") is a refund promised.
        "note|notes on|in|to the|your|our|his|her|their _{0,1} order|account|booking|job|ticket|file|system|record|docket",
    ],
    "into_the_call": ["onto|into this|the call|line", "on this|the call|line with us|you|me"],
    # Someone else as the doer of what is promised ("they'll sort a claim for you"): after the customer is sent to
    # someone, it is that someone's doing (checks/commitments.py).
    "third_party": ["they|he|she will|'ll|shall|would|'d", "they|he|she are|is|'re|'s going to"],
    "transfer": [
        "~transfer|connect you|your",
        "~put|pass you through|over|across",
        "~hand you over",
        "^~transfer|connect|put|pass",
        "warm transfer",
        "<!you stay|remain on the line",
        "not have to repeat",
    ],
    # Someone of the company doing something, in the present: a promise when a time goes with it
    # ("the courier collects it tomorrow"), an account of what happens otherwise (checks/commitments.py).
    "promise_timed": [
        # What the agent can do, said with a time: "I can ring you back at ten to five".
        "i|we can|could @ADV{0,2} ~@PROMISE",
        # An action on the customer's account, said with a time: "I'll lift the suspension by six this evening".
        "i|we will|'ll|shall @ADV{0,2} ~@ACTION",
        # The subject left out: "Ring you back at four, then."
        "^~call|ring|phone|buzz|bell|text|email you",
        "@STAFF comes|collects|calls|rings|visits|arrives|"
        "delivers|picks|pops|phones|texts|emails|sends|contacts|drops|brings|fits|installs|repairs|replaces|confirms|posts",
        "@STAFF|they might|may|could @ADV? ~@PROMISE",
        # Anyone calling the customer: "if we get cut off, Priya rings you back within ten minutes".
        "calls|rings|phones|texts|emails|contacts|messages you",
        # Someone of the company made to act: "I can have a plumber come round on Wednesday".
        "i|we can|could @ADV{0,2} have|get _{0,3} ~@STAFF to? @ADV? ~@PROMISE",
        # In the present passive or progressive: "the replacement is being dispatched", "the credit gets applied".
        "is|are|'s|'re being @ADV? ~@ACTION",
        "gets|get @ADV? ~@ACTION",
        "goes|go|gets|get|is|are|'s|'re @ADV? out|off to you",
        # Someone coming to the customer's place, whoever comes: "the lad comes round to yours tomorrow by noon".
        "~come|pop|swing|drop|call round|over|by to? yours|you",
        "is|are|'s|'re @ADV? going through|out|off|ahead",
        # Seeing about doing something for the customer, with a time: "we'll see about sending you something soon";
        # without one it is the work of the call ("Let's see about sorting it.").
        "will|shall|me|us|'s see about ~@PROMISE",
        # Someone already at the customer's at a time said: "the lad's there with you in forty minutes".
        "<!we|you|i is|'s|are|'re @ADV? there|round|over? with you",
    ],
    # Finding something out for the customer: an answer promised later (checks/commitments.py).
    "investigation": [
        # Not "I'll just check if…", done while the customer waits.
        "<!you will|shall also|personally|definitely|certainly|then|go|and{0,2} ~check|find|ask|see|enquire|inquire|"
        "verify|confirm|investigate|look|query|double-check _{0,5} whether|if",
        "i|we am|are going to also|personally|definitely|certainly|then|go|and{0,2} ~check|find|ask|see|enquire|"
        "inquire|verify|confirm|investigate|look|query _{0,5} whether|if",
        "let me|us @ADV? find|look out|into",
    ],
    "question_tag": [
        "is|does|would|will that|this|it _{0,1} ok|okay|alright|fine|suit|work|good|convenient",
        "ok|okay|alright|right|yes ?",
        "sound|sounds good|ok|okay|alright",
        "how does|would that|this sound",
    ],
    "process": [
        "usually|normally|typically|generally|always|often|ordinarily|routinely",
        "as a rule",
        "tend to",
        "every|each time|day|week|month|year|morning|evening|night|quarter",
        "in these|such|those cases",
        # How most cases go: "in most cases you'll hear back within a fortnight", "nine times out of ten".
        "in most|many cases|instances",
        "in the majority of cases|instances",
        "most of the time",
        "times out of",
        "what happens|usually|normally is",
        "the way it works|goes",
        "how it works|goes",
        "the process|procedure is",
        "by default",
        "as standard",
        "whenever",
        # Sent to everyone, not to this customer: a routine ("the system sends that to everyone").
        "to everyone|everybody !on|in|at|who|that|involved|concerned|named|listed|else",
        "to all|every our? customers|customer|users|subscribers|members|passengers|clients",
    ],
    "time_concrete": [
        "within|in|over|inside @ADV? the|an|a? next? # !few{0,3} @UNIT",
        # "In the week" is during it ("later in the week"), not a week from now ("in a week", "within the week").
        "within|over the|an|a next? @UNIT",
        "in an|a next? @UNIT",
        "in the next @UNIT",
        "by|before|until|from _{0,3} @DAY_WORD|@WEEKDAY|@MONTH|end|@DAYPART|o'clock",
        "by|before|until|till|from re:^\\d{1,2}([:.]\\d{2})?$",
        "by|before|until|till @CLOCK",
        "@DAY_WORD",
        "this|tomorrow|friday @DAYPART",
        # Part of today named more closely: "early afternoon", "after lunch".
        "early|late|mid @DAYPART",
        "after|before lunch|lunchtime|tea|dinner|supper",
        # Part of a week or a day named: "by the middle of next week", "midweek", "this side of lunch".
        "middle of next|this|the week|month",
        "midweek|mid-week",
        "this side of _{0,1} @DAY_WORD|@WEEKDAY|lunch|tea|dinner|weekend",
        "later today|tonight",
        "first thing",
        "close|end of business|play",
        "the re:^\\d{1,2}(st|nd|rd|th)?$ of next|this month",
        "@WEEKDAY",
        "at # _{0,1} am|pm|a.m.|p.m.|o'clock|sharp",
        "at re:^\\d{1,2}([:.]\\d{2})?$",
        "at|around|after|between @CLOCK",
        "# past|to @CLOCK",
        "half|quarter past|to",
        "close|end of _{0,1} @DAY_WORD|@WEEKDAY",
        "that|same day|morning|afternoon|evening",
        # A day named from an event already dated: "the day before", "the morning of the visit".
        "the day|night|morning|afternoon|evening before|after|prior",
        "the day|morning|afternoon|evening of the|your|his|her|their",
        "# am|pm|a.m.|p.m.|o'clock",
        "re:^\\d{1,2}[:.]\\d{2}$",
        "re:^\\d{1,2}(am|pm)$",
        "the # st|nd|rd|th",
        "re:^\\d{1,2}(st|nd|rd|th)$",
        # A date said as an ordinal: "the third of May", "May the third", "by the first" (not "the first payment").
        "re:^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth|thirtieth)$ of? @MONTH",
        "@MONTH the? re:^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth|thirtieth)$",
        "by|on|for|before|until|till|from|after the twenty|thirty -? re:^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth|thirtieth)$ "
        "!@UNIT|@ID_NOUN|payment|instalment|installment|bill|time|one|visit|call|thing|guest|guests|person|caller|customer|floor|row|birthday|anniversary",
        "by|on|for|before|until|till|from|after the re:^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth|thirtieth)$ !@UNIT|@ID_NOUN|payment|instalment|installment|bill|time|one|visit|call|thing|guest|guests|person|caller|customer|floor|row|birthday|anniversary",
        "# @MONTH",
        "@MONTH #",
        "<!bye|goodbye|for|until|till|up|just|by now",
        "right away",
        "straight away",
        "immediately|straightaway",
        "<!all|everyone|everybody|both|them|everything|together at once",
        "as we speak",
    ],
    "time_vague": [
        "as soon as",
        "asap",
        "soon|shortly|eventually|later",
        "in due course",
        "at some point",
        "in|over|within the coming|next few? days|weeks|months",
        # A few of a unit is no number of them ("in a few hours", "within several days").
        "few|several @UNIT",
        "once",
        "before long",
        "in the near future",
        "at the earliest opportunity|convenience",
        "as quickly|fast|promptly as",
        "promptly",
        "any day|time now",
        "in a bit|while|little",
        "in good time",
        "sometime|someday",
        # Regional words for "soon", whose "now" is no time: South African "now-now" and "just now".
        "now -? now",
        "just now",
    ],
    "hold": [
        # Also in casual words: "can I stick you on hold?", "I'll bung you on hold".
        "~put|place|pop|leave|stick|bung|chuck|shove you on _{0,2} hold",
        "please @ADV? hold|wait !for|until|till|onto|to|in|at|outside|by|and|on",
        "please @ADV? hold on !to",
        "please|you @ADV? hold|wait for a|one|just|two|few _? moment|minute|second|sec|moments|minutes|seconds|tick",
        "<!a|the|on hold on !to",
        "hang|hanging on !to|in|at|until|till|about",
        "hold the line",
        "mind @ADV? holding|waiting|hanging|staying|hold|wait",
        "can|could|would|will you @ADV{0,2} hold|wait !for|until|till|onto|to|in|at|outside|by|and",
        "if you could|can @ADV? hold|wait",
        "^bear with me",
        "bear with me|us a|for|one|while|please|,|.|!",
        "<!i|we|will|'ll|and stay|remain on the line",
        "do not hang up",
        "give|allow|grant|spare|lend me|us _{0,3} @MOMENT",
        # Time asked for or taken to check ("can I have a moment", "if I took a minute or two").
        "i|we _{0,2} ~take|have|need|grab|borrow a|one|two|few|couple|just{1,2} of? @MOMENT",
        "leave you _{0,2} a|one|two|few|couple|just{1,2} of? @MOMENT",
        # Left on the line, waited for: "can I leave you on the line for a minute?", "can you wait for me?".
        "~leave|keep you on the line",
        "wait|hang on? for me|us a|one|just|two|few|couple|while|please|?|.|,|!",
        "@MOMENT while i|we",
        "a|one|just second .|,|?|!|while|to|and|please|then|or",
        "@MOMENT to|so|and i|we _{0,2} check|look|find|see|pull|speak|ask|call|sort",
        "^just|one a? moment|second|minute|sec|tick",
        "will not be a|one|two|more than? @MOMENT",
        # The moment, then the agent back: "two minutes and I'll be right with you", "two secs and I'm back".
        "@MOMENT and i|we will|am|are|shall? be? @ADV? right|straight? back|with",
        ",|; one|just a? moment|minute|sec|second|tick .|!|,|please",
    ],
    # Advice to wait before trying again, or for hours or days: not holding the call.
    "wait_advice": [
        "before _{0,1} ~try|retry|use|log|attempt|reinstall|restart|reboot|reset|sign|check",
        "wait _{0,2} # _{0,1} hour|hours|day|days|week|weeks|fortnight",
    ],
    "hold_permission": [
        "may|can|could|would|mind|ok|okay|alright|right|possible|happy|able|fine",
    ],
    "hold_thanks": [
        # Thanks, then the hold announced ("Thanks, I'll pop you on hold"): thanks for the consent, not for the wait.
        "thank|thanks|cheers|ta|appreciate|grateful !put|pop|place|leave|putting|popping|placing|leaving{0,5} holding|waiting|wait|patience|patient|bearing|hanging|hold|line|time|staying|sticking",
        # Thanks for any time spent with the agent ("thanks for hanging on with me", a verb Whisper
        # misheard: "thanks for marrying with me"); "with us" is a closing ("thanks for flying with us").
        "thank|thanks|cheers|appreciate|grateful _{0,3} for re:^[a-z]+ing$ _{0,1} with me",
        "sorry|apologies|apologise|apologize _{0,4} keep|keeping|kept|wait|waiting|took|taking|long|longer",
    ],
    "datum": [
        "@ID_NOUN _{0,1} @ID_HEAD",
        # The customer's service named just before the code ("your service number"), not a desk of the company's.
        "service|line|premises|site|connection @ID_HEAD",
        # A vehicle's registration: "the reg of the car", "your number plate".
        "reg|registration|plate of|on the|your? car|vehicle|van|motorbike|bike",
        "car|vehicle|van|number|licence|license reg|registration|plate",
        "reference",
        "date of birth",
        "dob|d.o.b.|postcode|zip|zipcode|passcode|password|pin|iban",
        "post|zip code",
        "last|first _{0,1} # digits|numbers|characters",
        "security question|answer|word|code|details|number",
        "email|e-mail address",
        "your email|e-mail",
        "address",
        "phone|mobile|telephone|contact number",
        "national insurance",
        "sort code",
        "memorable word|date|information",
        "maiden name",
        "first|favourite|favorite|childhood pet|school|car|teacher|street|job",
        "place|town|city|country of birth",
        "birthplace",
        "you were born",
        "for security|verification|identification _{0,1} purposes|reasons|check|checks",
        "for security|verification ?",
        "first line",
        "your details",
        "your _{0,3} number|code|reference|ref|id|pin",
        "security check|checks",
        # Also with a word before what it is on or of: "the number on your health card", "the number of your old licence".
        "number|digits|code on|from|of _{0,3} your|the _{0,1} @ID_NOUN",
        # Placed by what it sits next to on it: "the number under the barcode on the prescription".
        "number|digits|code under|below|above|beside|after _{0,4} on|of|from your|the _{0,1} @ID_NOUN",
        # A code of letters and numbers: "the letters and numbers on your health card" (a meter's numbers are a reading).
        "letters|characters _{0,4} on|from your|the _{0,1} @ID_NOUN",
        # Placed by a relative clause: "the number you'll find top right on your bill".
        "number|digits|code|reference that|you|which _{0,5} on|from|in|at your|the @ID_NOUN",
        # Given to the customer for their booking, asked back: "could you read me the code the app gave you?"; asking
        # whether it came ("did you get the code we sent you?") asks for none.
        "give|read|tell|confirm|provide|have|take|need _{0,3} code|number|reference|ref|pin that|which? _{0,3} "
        "gave|sent|emailed|texted|messaged|issued|assigned you",
    ],
    # The agent offering to use a datum already on file: not asking the customer for one.
    "datum_on_file": ["shall|should i|we @ADV? use|keep|send|email|text|update|go"],
    # The agent reading a datum from the system ("I can see you're calling from the number on the
    # account"): before a datum in its clause, it shows the datum was not asked for (checks/questions.py).
    "datum_seen": [
        "i|we @ADV? can|could? see",
        "calling|ringing|phoning from",
        # The datum on file named as the one compared with ("Is the new car registered to the same address?").
        "the|that same address|postcode|email|e-mail|number|account|card|details|phone|mobile",
    ],
    # A closed question about what the customer did ("Did you use a different delivery address?"):
    # it asks whether something happened, not for the datum it names.
    "event_question": [
        "^did you !want|wanna|mind|need|have",
        "^@OPENER did you !want|wanna|mind|need|have",
        "^have|has you @ADV? re:^(?!got$)\\w+(ed|en|t)$",
        "^@OPENER have|has you @ADV? re:^(?!got$)\\w+(ed|en|t)$",
    ],
    "personal_datum": [
        "@PD_NOUN",
        "card|bank|payment|account|personal|contact details|number|info|information",
    ],
    # Asking the customer for something: imperative, "can you …", "can I have …", "I'll need your …".
    "request": [
        "^@ASK",
        ",|;|: @ASK",
        "please @ADV? @ASK",
        "you @ADV? @ASK",
        "can|could|may i @ADV? have|take|get|grab|ask|confirm|check",
        # Taking it down: "let me get your policy number", "I'll just grab your postcode".
        "let me|us @ADV? get|take|grab|have|jot|note|start",
        "i|we will|shall @ADV? get|take|grab|need|have|jot|note your|the|a",
        "i|we @ADV? will|would? @ADV? need your|the",
        "please",
        # "Kindly tell me the student ID": the politeness of a request, not the thanks of "thank you kindly".
        "<!you|thank|thanks kindly",
        "let us|me know",
    ],
    "post_request": [
        "^@POST",
        ",|;|: @POST",
        "please @ADV? @POST",
        "you @ADV? @POST",
        "here|below|publicly",
        "in the comments|thread",
    ],
    "private_invite": [
        "dm|dms|pm|inbox",
        "re:^dm'?(d|s)?$",
        "private|direct message|messages|chat",
        "privately",
        "in private",
    ],
    "removal": ["~delete|remove|hide|edit", "~take it|that|this|them|those? down|off"],
    "open_request": [
        # Told to someone else ("explain to them what happened") it is an instruction, not a question to the agent.
        "can|could|would you @ADV? describe|explain !to",
        "can|could|would you @ADV? walk|talk",
        "^please describe|explain !to",
        "^describe|explain !to",
        "describe|explain to me|us",
        "tell|telling me|us _{0,3} more|about|what|how|why|when|where|which",
        "walk me|us through",
        "talk me|us through",
        # A wish to hear it: "I'd love to hear a bit more about what happened".
        "i|we would @ADV? like|love to @ADV? hear|know|understand _{0,3} more|about|@WH",
    ],
    "open_ask": [
        "do|can|could|would you @ADV? know|remember|recall|say @WH",
        "any idea|clue @WH",
    ],
    "scripted": [
        "can|may|could i|we _{0,2} help|assist|do",
        "anything else",
        "name|surname|called|spell",
    ],
    # Asking what the customer wrote ("what did you put on the form for the name?"): what they did (checks/questions.py).
    "what_was_written": ["what did|have you @ADV? put|write|wrote|written|enter|entered|type|typed|fill|filled"],
    # A line of a text named as where something goes ("what do you want it to say on the first line?"): not the first
    # line of an address asked for as a datum (checks/questions.py).
    "line_as_place": ["on|in|onto|at|to the first|second|third|fourth|last|top|bottom line"],
    # Asking after the customer's well-being: the formula only where little follows it (checks/questions.py).
    "courtesy": ["how are you|things"],
    # A request to tell set off by a pause before the question it announces ("Tell me, which zone comes up…",
    # "Remind me, when did it go off…"): the interrogative after it asks (checks/questions.py).
    "question_preface": ["tell|remind me|us ,|:"],
    # "Else" narrowed, after a pause, to another part of the problem ("Anything else to report, any other rooms with
    # damp?"): a question about the problem, not whether anything else is needed (checks/questions.py).
    "more_of_the_problem": ["any other|more !@HELP_NOUN|?|.|,|!"],
    "resolution": [
        # Also asked expecting a no: "Nothing else you need?", "Is there nothing else I can do for you?".
        "anything|something|owt|aught|nothing @ADV? else|more|further",
        "another question|query",
        "any|anything other|more _{0,1} questions|issues|thing|things|problems|queries",
        "have|did|has i|we|that|this|it _{0,2} answered|resolved|solved|covered|sorted|fixed|helped|answer|resolve|solve|help|sort|fix",
        "does|do|did|will that|this|it _{0,2} answer|resolve|solve|help|sort|fix|cover",
        "is|was|are that|everything|it|this|all _{0,1} clear|sorted|resolved|everything",
        "all sorted",
        "all set|good|sorted|working|fixed",
        # "Are we good?", "Are you sorted then?": asked, nothing else to do.
        "are|is we|you|everything @ADV? good|sorted|set ?|then|now",
        "are|is we|you|everything @ADV? all? done|finished ?|then|now|here",
        "still need|want anything|something",
        "do|did|does that|this|it _{0,1} the trick",
        "did|does|is that|this|it _{0,1} work|working|help",
        "what else",
        "make|makes sense",
    ],
    "closing": [
        "thank|thanks|cheers",
        "goodbye|bye|farewell|cheerio|tara|toodles|hooroo|laters|slan",
        # Regional goodbyes the tokenizer splits at the hyphen ("ta-ra", "ta-ta", "toodle-oo") or says in two words
        # ("ta ra"); "ta" (thanks), "see ya", "so long" only as a parting of their own ("I'll see ya Tuesday" is a plan).
        "ta -? ra|ta",
        "toodle -? oo|pip",
        "^ta .|,|!|love|very|mate|pet|duck|now",
        "^see ya|yas|yous|youse .|,|!|then|now|soon|later|love|mate",
        "^so long .|,|!|then|now",
        "mind how you go",
        "take care",
        # Wishing the customer well on parting: "you look after yourself".
        "look after yourself|yourselves .|!|,|and|then|now",
        "^have a|an _{0,2} @WISH",
        # With "you" said, as a wish of its own or hoped for: "You have a good one, Mrs Lessard", "Well, you have a good
        # day now", "I hope you have a lovely evening" (not "if you have a good day tomorrow", "you have a week to…").
        "^you have a|an _{1,2} @WISH .|,|!|;|now|then|and|too",
        ",|;|well|now|okay|ok|alright|right you have a|an _{1,2} @WISH .|,|!|;|now|then|and|too",
        "hope you have a|an _{0,2} @WISH",
        "<!you|i|we|they|will|to|would|should|could|can|may|might|must|do|does|did have a|an _{0,2} @WISH",
        "safe travels|journey|trip|flight|drive|home",
        "enjoy your|the _{0,4} @WISH",
        "all the best",
        "kind|warm|best regards|wishes",
        "regards",
        "speak|talk soon",
        "catch you later|soon|then|tomorrow",
        "talk|speak to you later|soon|then|tomorrow",
        "see you soon|later|then|tomorrow|next",
        "good night",
        "goodnight",
    ],
    "further_help": [
        "we|i am|are @ADV? here|around|available",
        "here if|for|to|whenever",
        "if @ADV? you need|have anything|something|any",
        "if anything @ADV? else",
        "give|drop us|me a shout|call|message|dm|line|bell",
        "do not hesitate",
        "feel free",
        "let us|me know if",
        "get in touch _{0,1} if|again|any",
        "reach out _{0,1} if|again|any",
        "any other|more questions",
        "happy to help",
        "any|anything problems|questions|issues|trouble|else _{0,2} dm|message|contact|call|ping|email|tell us|me",
    ],
    "unprofessional": [
        "<!things|it|everything|they|should|will|would|to|has|have calm down",
        "as|like i|we _{0,2} said|told|explained|wrote|written",
        "i|we have already told|said|explained",
        "i|we have @ADV? told you",
        "i|we have|had @ADV? said|told|explained|repeated _{0,2} # times",
        "i|we have|had @ADV? said|told|explained|repeated|written|wrote _{0,2} twice|before",
        "i|we already told|said|explained",
        "you are @ADV? not listening",
        "are you @ADV? listening ?|to",
        "listen to me",
        "your @ADV? own? fault",
        "<!if|unless|when|in|case you do not @ADV? understand",
        "<!if|unless|when|in|case you do not @ADV? get it",
        "you have|need|must|'ve|got @ADV? to? understand|realise|realize",
        "if you had|would|'d @ADV? bothered|cared to",
        "that|this|it is|'s|was @ADV? on you|yourself",
        "you are @ADV{0,2} wrong|mistaken",
        "you should have @ADV? read|checked|known|listened|called|told|asked|contacted|noticed",
        "for the last|hundredth|umpteenth|millionth|nth time",
        # Telling the customer they are being told again: "this is the third time I'm telling you".
        "say|tell|explain|repeat|said|told|explained|repeated|saying|telling|explaining|repeating _{0,4} for the @ORDINAL time",
        "this|that|it is|'s the @ORDINAL time i|we _{0,2} said|told|explained|repeated|telling|saying|explaining|repeating",
        "i|we am|are|'m|'re @ADV? repeating myself|ourselves",
        "i|we @ADV? keep|kept @ADV? telling|saying|explaining|repeating you|it|that|this|,|.|!",
        "how many times do|have|must|will|should|did i|we _{0,3} say|tell|explain|repeat",
        "just|please listen !to|out|for|carefully|closely|in",
        "<!please|will|can|could|to listen carefully|properly|closely|up",
        "you need|have|must|should|got @ADV? to? listen .|,|!|;|and|properly|carefully|now",
        "listen to what|me",
        "listen for a|one second|sec|minute|moment|tick",
        # Blame put on the customer: "that's your own problem", "the mistake is yours", "it was up to you to check".
        "your own problem|fault|mistake|doing|lookout|error",
        "that|this|it is|was|'s @ADV? your problem|fault|mistake|responsibility|lookout|doing|error "
        ".|,|!|;|:|-|if|not|and|to|for|then|really|though|i|sir|madam|mate",
        "fault|mistake|error|problem|responsibility|blame is|was|'s|lies|rests @ADV? yours",
        "fault|mistake|error|responsibility|blame is|was|'s|lies|rests @ADV? with|on you",
        "not our|my fault|problem|mistake|responsibility|doing|error _{0,4} yours",
        "was|were @ADV? up to you to",
        "is|'s up to you to check|read|make|ensure|keep|know|verify|notice|remember|look",
        "yourself to blame",
        "blame yourself",
        "brought|bring it|this|that on yourself",
        "you were|was supposed|meant|expected|required to send|read|check|tell|call|ring|return|pay|bring|keep|let|fill|"
        "sign|submit|notify|inform|update|cancel|post|register|give|provide|know|remember",
        "that is|'s what happens when|if you|people|customers _{0,2} not|never|forget|ignore|skip|fail",
        # Reproached for not having read or checked: "did you even read it?", "you obviously haven't checked".
        "did|have|do|were|are you even ~@DILIGENCE",
        "you _{0,2} not|never even ~@DILIGENCE",
        "you clearly|obviously|evidently|simply @ADV? did|have|had|do|has not|never @ADV? ~@DILIGENCE",
        # Belittling: "it's not complicated, anyone can do it", "a child could manage it".
        "not|hardly @ADV? complicated|hard|difficult|tricky _{0,8} anyone|anybody|child|kid|toddler|@CHILD",
        "anyone|anybody|everyone|everybody can|could @ADV? do|manage|understand|follow|figure it|this|that|out .|,|!|;|-",
        "everyone|everybody else _{0,1} manages|manage|understands|understand|figures|copes|cope",
        "a|any child|kid|toddler|baby|monkey|five-year-old|six-year-old could|can|would @ADV? do|manage|understand|"
        "follow|figure|work|handle it|this|that|out",
        # Told they already had it explained, by the agent or a colleague: "I've already been over this once".
        "i|we have|'ve|had already been|gone over|through this|that|it",
        "been|gone|went over|through this|that|it|everything|all _{0,3} once|twice|before|already|too|also|times",
        # The customer's tone reproved, or told to calm themselves: "don't take that tone with me".
        "that|this tone with me|us",
        "do not|n't take|use that|this tone",
        "calm yourself",
        "not a mind reader",
        "can not|cannot|'t read minds|your mind",
        # Dismissing what the customer did or read: "forums aren't going to help you".
        "<!i|we|that|this|it are|is|'re|'s not going|gonna to? help you .|,|!|;|-|there|with|mate|love",
        "<!i|we|that|this|it are|is|'re|'s not going|gonna to? get you anywhere",
        "will not|won't get you anywhere",
        # Complaints about customers in general: "you lot never read the terms", "it's always the same story".
        "you lot|people never|always|do|just|all|keep|think|expect|want|can|should|need",
        "everyone|everybody|they|customers|people rings|ring|calls|call|phones|phone|comes|come up? angry|shouting|"
        "screaming|yelling|complaining|moaning|furious",
        "nobody|noone|none _{0,2} ~read|listen|bother a|one thing|word",
        "nobody|noone|none _{0,2} ~read|listen|bother anything|the? terms|conditions|instructions|rules|policy",
        "always|every time the same|old story|thing",
        "same old story|thing",
        # Denying the company's fault: "that's not on us".
        "that|this|it|which is|'s|was not|n't on us|me .|,|!|;|-|mate|love",
        "that|this|it|which is|'s|was not|n't our|my fault|problem|lookout",
        # Ordering the customer about: "just answer the question", "if you keep talking over me".
        "^answer the|my question|questions",
        "just answer what|the",
        "answer what i am|'m asking",
        "talk|talking|talks over me|us",
        "keep|keeps interrupting|talking|shouting|yelling",
        # An order to stop; asked as a request ("I'll have to ask you to stop shouting") it is firm, not rude.
        "<!to stop interrupting|talking|shouting|yelling",
        "need|have|got|must to stop interrupting|talking|shouting|yelling",
        "no point shouting|yelling",
        "do not raise your voice",
        "no need to shout|yell",
        "not rocket|brain science|surgery",
        # Made light of as children's work: "even kids manage it", "it isn't hard, eighteen-year-olds pass it"
        # (above); what they get wrong too ("plenty of eighteen-year-olds fail it") reassures.
        "even @CHILD @ADV? ~manage|pass|understand|handle|figure it|this|that|out",
        # The same measured by the agent's grandparents: "even my nan manages it", "even my grandad can use it"; what
        # they love or use too ("even my nan loves your roses", "my nan uses it too") is no comparison.
        "even my|our @ELDER @ADV? can|could? ~manage|pass|understand|handle|figure it|this|that|out",
        "even my|our @ELDER @ADV? can|could @ADV? use|do it|this|that",
        "what a|an _{0,2} mess|muddle|hash you have|had|would @ADV? made|got|done|caused|created",
        "you have|had|would @ADV? made a|an|such _{0,1} mess|hash|muddle",
        # Blame as a counterfactual: "if you'd read the letter you wouldn't be surprised".
        "if you had|would @ADV? !like|prefer|want|wish|need|mind|rather|care|please|be|have|any|a|an|the _{0,14} "
        "you|we|i|this|it|there|that would not",
        "if you had|would @ADV? !like|prefer|want|wish|need|mind|rather|care|please|be|have|any|a|an|the _{0,14} you would have "
        "re:(ed|en|wn|ne|ght|ad|id|ot|un|ung|ept|elt|ent|ade|one|een)$",
        # What the customer would know had they read or opened it: "if you'd opened the manual even once, you'd know";
        # asked of the future ("if you'd check your spam folder, you'd find it") it is advice.
        "if you had|would @ADV? ~@DILIGENCE&PAST _{0,14} you would @ADV? know|see|find|understand|remember|realise|realize",
        "down to you|yourself ,? not us|me|we",
        "your own doing|lookout",
        "you are|'re @ADV? not reading it|this|that|them|properly",
        # Talking down: explaining slowly "so you get it".
        "explain|say|spell|repeat _{0,3} slowly|again|simply|clearly _{0,2} so|that|until you _{0,1} get|understand|follow|grasp",
        # An explanation slowed down for the customer ("let me go through it slowly for you"); reading out or spelling
        # slowly ("I'll read the number slowly for you") is dictation, and going slowly together is no put-down.
        "explain|explaining|go|going|take|taking|walk|walking|talk|talking|run|running|break|breaking _{0,3} "
        "slowly|slow|simply _{0,1} for you",
        # What most people manage, said to one who did not: "most parents manage to read the email"; what they find
        # hard too ("most parents find the email confusing") reassures.
        "most|other|others|else _{0,3} ~manage to @ADV? ~@DILIGENCE",
        # Told to read their own mail now and again, as if they never did: "maybe worth a wee look at the emails now
        # and again"; advice about a folder they may not know ("worth checking your spam folder now and again") is not,
        # nor the agent's own checking ("I'll check the emails now and then").
        "<!i|we|will|shall ~look|check|read|glance|open _{0,3} the|your emails|email|e-mails|inbox|post|mail|letters every? now and again|then",
        "<!i|we|will|shall ~look|check|read|glance|open _{0,3} the|your emails|email|e-mails|inbox|post|mail|letters once in a while",
        "<!i|we|will|shall ~look|check|read|glance|open _{0,3} the|your emails|email|e-mails|inbox|post|mail|letters from time to time",
        "<!i|we|will|shall ~look|check|read|glance|open _{0,3} the|your emails|email|e-mails|inbox|post|mail|letters every so often",
        "is|'s @ADV? just? common sense",
        "re:^(fuck.*|shit.*|crap|crappy|damn|damned|bloody|bastards?|bitch.*|arse|ass|asshole|bollocks|piss|pissed|dickhead|wanker|idiots?|stupid|moron|dumb)$",
    ],
    "customer_intro_after": ["here|speaking"],
    "customer_intro": [
        "my name is",
        "this is",
        "i am",
        "it is|'s",
        "this 's",
        "name 's",
    ],
}
