"""Follow-up promises and whether each one carries a concrete time."""

from __future__ import annotations

from feedback.scoring.checks.base import FAIL, NA, PASS, Outcome, written_into_the_record
from feedback.scoring.checks.hold import is_hold
from feedback.scoring.checks.questions import interrogative_clauses
from feedback.scoring.conversation import Conversation, Cue, Sentence
from feedback.scoring.rubric import CriterionDefinition

_SENTENCE_ENDS = (".", "!", "?", "…")


def promises(conversation: Conversation) -> list[tuple[Sentence, list[Cue]]]:
    """Agent statements that they or the company will do something later, each with its promise cues
    (found once: every rule of the check reads them).

    A question offers rather than promises, unless the question comes only after the
    promise (_is_stated). A clause describing how things usually work ("di solito…", "refunds are normally…") describes a process, but
    not past a contrast ("Normally it takes a while, but we'll let you know").
    Words the agent reads out or reports (an automatic message's "your return is
    being processed") are not the agent's promise, nor is a promise verb that opens a clause
    of time or condition ("Quando le arriva, lo digiti") or one hedged in its clause ("se la
    manda oggi le arriva magari mercoledì").
    """
    found = ((sentence, _promise_cues(conversation, sentence)) for sentence in conversation.agent_sentences)
    return [(sentence, cues) for sentence, cues in found if cues]


def _promise_cues(conversation: Conversation, sentence: Sentence) -> list[Cue]:
    scope_words = conversation.cues.words("CONTRAST"), conversation.cues.words("FIRST_PERSON")
    return [
        cue
        for cue in sentence.found("promise", quoted_too=False)
        + _timed_present(conversation, sentence)
        + _investigation(conversation, sentence)
        if _is_stated(conversation, sentence, cue)
        and not _in_process_clause(sentence, cue, scope_words)
        and not _frames_a_clause(conversation, sentence, cue)
        and not _hedged(conversation, sentence, cue)
        and not _into_the_call(sentence, cue)
        and not written_into_the_record(conversation, sentence, cue)
        and not _done_by_whom_the_customer_is_sent_to(sentence, cue)
        and not _guessed_past(conversation, sentence, cue)
    ]


def _guessed_past(conversation: Conversation, sentence: Sentence, promise: Cue) -> bool:
    """A future perfect that guesses at what already happened ("si sarà presa un colpo", "you'll have had a right
    fright") reads like a passive or a receipt promised, but with no time ahead in its sentence it says what the
    customer has likely been through. With a time ("by Friday you'll have had the refund") it still promises."""
    return any(
        guess.start <= promise.start < guess.end for guess in sentence.found("guessed_past", quoted_too=False)
    ) and not _concrete_times(conversation, sentence)


def _done_by_whom_the_customer_is_sent_to(sentence: Sentence, promise: Cue) -> bool:
    """After the agent sends the customer to someone else in the same sentence ("your best bet is to give
    Tas Freight a bell yourself, … they'll sort a claim for you"), a promise with a third person as its doer
    ("they'll", "le sistemeranno", "loro") is what that someone will do, not the agent's promise to time.
    The same "they" with nobody to send the customer to ("I've logged it with the warehouse, they'll sort a
    claim") is the company's."""
    sent = [cue for label in ("send_frame", "deflection") for cue in sentence.found(label, quoted_too=False)]
    if not any(cue.end <= promise.start for cue in sent):
        return False
    return any(
        promise.start - 1 <= cue.start < promise.end or promise.end <= cue.start <= promise.end + 1
        for cue in sentence.found("third_party")
    )


def _into_the_call(sentence: Sentence, promise: Cue) -> bool:
    """Someone brought into this very call ("I'm going to bring them onto this call myself", "lo
    chiamo e lo aggiungo a questa chiamata"): the agent acts while the customer is on the line,
    in the promise's clause, so nothing is left for later to time."""
    return any(
        cue.start > promise.start and not sentence.breaks_in(promise.end, cue.start)
        for cue in sentence.found("into_the_call")
    )


def _frames_a_clause(conversation: Conversation, sentence: Sentence, promise: Cue) -> bool:
    """The promise verb is the verb of a clause of time or condition, just after the word that opens
    it, a negator aside ("quando le arriva, …", "se non lo riceve entro domani, …"): that clause says
    when to do what follows. A promise further on stays one ("Appena arriva il pezzo la richiamo")."""
    norms = sentence.segment.doc.user_data["norms"]
    cues = conversation.cues
    position = promise.start - 1
    while position >= sentence.span.start and norms[position] in cues.words("NEGATOR"):
        position -= 1
    return position >= sentence.span.start and norms[position] in cues.words("WHEN")


def _hedged(conversation: Conversation, sentence: Sentence, promise: Cue) -> bool:
    """A word of doubt in the promise's clause ("maybe", "magari") makes it a guess, not a commitment;
    so does one said as the sentence's last clause, alone, after the promise's ("you'll have it
    by Friday, hopefully", "le arriva domani, speriamo")."""
    norms, punctuation = sentence.segment.doc.user_data["norms"], sentence.segment.doc.user_data["punct"]
    hedges = conversation.cues.words("HEDGE")
    found = [position for position in range(sentence.span.start, sentence.span.end) if norms[position] in hedges]
    if not found:
        return False
    clause = sentence.clause_of(promise.start)
    return any(
        sentence.clause_of(position) == clause
        or (
            sentence.clause_of(position) == clause + 1
            and not any(
                not punctuation[other] and other != position
                for other in range(sentence.clause_start(position), sentence.span.end)
            )
        )
        for position in found
    )


def _investigation(conversation: Conversation, sentence: Sentence) -> list[Cue]:
    """Finding something out for the customer ("I'll look into whether…", "verifico se…") promises
    an answer later, unless it is done during a hold: in a hold sentence, after one ("Mi concede
    un minuto?" / "Certo." / "Verifico se è possibile.") or before one in the same turn ("I'll
    check if it's in stock. Bear with me.")."""
    found = sentence.found("investigation", quoted_too=False)
    if not found:
        return []
    following = conversation.next_agent_sentence(sentence)
    neighbours = [sentence, conversation.previous_agent_sentence(sentence)]
    if following is not None and following.segment.turn == sentence.segment.turn:
        neighbours.append(following)
    return [] if any(other is not None and is_hold(other) for other in neighbours) else found


def _timed_present(conversation: Conversation, sentence: Sentence) -> list[Cue]:
    """A present-tense action promises only with a time ("le riattiviamo la linea entro le sei");
    without one it is done during the call ("le riattivo la linea")."""
    if not (_concrete_times(conversation, sentence) or sentence.has("time_vague", negated_too=True)):
        return []
    resumed = [
        cue
        for cue in sentence.found("resumed_doer", quoted_too=False)
        if _resumes_the_opening_staff(conversation, sentence, cue)
    ]
    return sentence.found("promise_timed", quoted_too=False) + resumed


# The pronoun that resumes someone named with each article ("la dottoressa" … "lei", "il tecnico" … "lui").
_PRONOUN_OF_ARTICLE = {"la": "lei", "una": "lei", "il": "lui", "lo": "lui", "un": "lui", "uno": "lui"}


def _resumes_the_opening_staff(conversation: Conversation, sentence: Sentence, cue: Cue) -> bool:
    """The pronoun after the verb ("lo visita lei") is the person of the company the sentence opens on, of the same
    gender ("La dottoressa dice che…, se riesce a portarlo entro le otto lo visita lei"): the agent tells what that
    person will do. In a sentence that opens otherwise, or on someone of the other gender ("Il tecnico dice che la
    ricevuta la porta lei in negozio"), "lei" is the customer addressed, and the action theirs."""
    norms = sentence.segment.doc.user_data["norms"]
    start = sentence.span.start
    return (
        start + 1 < sentence.span.end
        and norms[start + 1] in conversation.cues.words("STAFF")
        and _PRONOUN_OF_ARTICLE.get(norms[start]) == norms[cue.end - 1]
    )


def _is_stated(conversation: Conversation, sentence: Sentence, promise: Cue) -> bool:
    """Said as a statement: outside a question, or before the question asked apart from it: a tag
    ("La richiamo domani, le va bene?"), a clause an interrogative opens ("I'll text you the
    details by six, and which desk are you at?") or any clause of its own after a break ("I'll
    ring you back at four, is this the best number?"). An offer asked ("Shall I call you back at
    four, …?", "Vuole che la richiami?") opens its clause with a question word, and an
    alternative after it ("…, o preferisce…?") still offers."""
    if not sentence.is_question:
        return True
    if any(tag.start > promise.end for tag in sentence.found("question_tag", negated_too=True)):
        return True
    norms = sentence.segment.doc.user_data["norms"]
    end = sentence.span.end
    if _opens_an_offer(conversation, norms, sentence.clause_start(promise.start), promise):
        return False
    asked = interrogative_clauses(conversation, sentence)
    if asked and all(first >= promise.end for first, _ in asked):
        return True
    after = sentence.breaks_in(promise.end, end - 1)  # a break with a word after it
    return bool(after) and norms[after[0] + 1] not in conversation.cues.words("OR")


def _opens_an_offer(conversation: Conversation, norms: list[str], clause_start: int, promise: Cue) -> bool:
    """Whether the promise's clause opens, after any opener, with a question word ("Shall I…", "Vuole che…")."""
    offers = conversation.cues.words("OFFER") | conversation.cues.words("WH")
    openers = conversation.cues.words("OPENER") | conversation.cues.words("FILLER")
    for position in range(clause_start, promise.start + 1):
        if norms[position] in offers:
            return True
        if norms[position] not in openers:
            return False
    return False


def _in_process_clause(sentence: Sentence, promise: Cue, words: tuple[frozenset[str], frozenset[str]]) -> bool:
    """A process described before the promise or in its clause, with no contrast between; one in a
    clause after the promise only qualifies it ("le arriva un sms entro dieci minuti, di solito anche prima"),
    and one in a clause before a promise the agent makes in the first person does not reach it
    ("These usually clear within hours, and I'll ring you back at five")."""
    norms = sentence.segment.doc.user_data["norms"]
    contrast, first_person = words
    for process in sentence.found("process", negated_too=True):
        low, high = sorted((process.start, promise.start))
        if any(norms[position] in contrast for position in range(low, high)):
            continue
        if process.start > promise.end and sentence.breaks_in(promise.end, process.start):
            continue
        # A clause of its own: words between the process and the break ("Usually, we'll…" is one clause).
        breaks = sentence.breaks_in(process.end + 1, promise.start)
        if breaks and any(norms[position] in first_person for position in range(breaks[-1] + 1, promise.end)):
            continue
        return True
    return False


def check_commitment_time(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    made = promises(conversation)
    if not made:
        return Outcome(NA)
    untimed = [
        sentence
        for index, (sentence, cues) in enumerate(made)
        if not _has_concrete_time(conversation, sentence, cues)
        and not _timed_when_said_again(conversation, made, index)
        and not _spelled_out_later(conversation, made, index)
    ]
    if not untimed:
        return Outcome(PASS, [sentence for sentence, _ in made[:3]])
    vague = any(sentence.has("time_vague", negated_too=True) for sentence in untimed)
    return Outcome(FAIL, untimed, "fail_vague" if vague else "fail_no_time")


def _has_concrete_time(conversation: Conversation, sentence: Sentence, promised: list[Cue]) -> bool:
    following = conversation.next_agent_sentence(sentence)
    return (
        _timed_in_its_sentence(conversation, sentence, promised)
        or (
            following is not None
            and _times_what_went_before(conversation, following, _said_vaguely(sentence, promised))
            and not _turns_to_another_matter(sentence, following)
        )
        or any(_concrete_times(conversation, other) for other in _continuation(conversation, sentence))
    )


# Tokens of the matter named after "Per la …" / "As for …" before its comma.
_MATTER_REACH = 5
# Letters a word needs to name a matter (not "the", "sua").
_MATTER_LETTERS = 4


def _turns_to_another_matter(promised: Sentence, following: Sentence) -> bool:
    """The sentence after the promise opens on a matter of its own, named before a comma and said nowhere in the
    promise's sentence ("Per la pastiglia di stamattina, la farmacista dice … senza raddoppiare la dose domani",
    "As for the invoice, it'll be corrected by Friday"): its times date that matter, not the promise. Naming the
    promise's own matter ("Gliela rispedisco. Per la spedizione, domani entro le dieci") it still times it."""
    opener = next((cue for cue in following.found("another_matter") if cue.start == following.span.start), None)
    if opener is None:
        return False
    end = min(opener.end + _MATTER_REACH, following.span.end)
    comma = next(iter(following.breaks_in(opener.end, end)), None)
    if comma is None:
        return False
    doc = following.segment.doc
    lemmas = doc.user_data["lemmas"]
    matter = {
        lemmas[token.i] for token in doc[opener.end : comma] if token.is_alpha and len(token.text) >= _MATTER_LETTERS
    }
    said = {lemmas[token.i] for token in promised.span}
    return bool(matter) and matter.isdisjoint(said)


def _times_what_went_before(conversation: Conversation, sentence: Sentence, said_vaguely: bool) -> bool:
    """A concrete time in the sentence after a promise, unless it only says a state reached now
    ("Okay, that's on the account now", "La lettura è registrata adesso"): what is done already
    times nothing still to do. After a promise that says its own time vaguely ("we'll get the
    paperwork out to you shortly"), a report of something done ("Done, you're on the Thursday
    boat", "Fatto, è sulla barca di giovedì") or a time in a clause with a condition of its own ("if
    anyone gets seasick take the tablet the night before") dates something else, not the promise;
    a time said for it still does ("By five at the latest", "It'll be with you by Friday")."""
    if said_vaguely and sentence.has("done_now"):
        return False
    states = sentence.found("state_now")
    condition = conversation.cues.words("CONDITION")
    return any(
        not any(state.start <= time.start < state.end for state in states)
        and not (said_vaguely and _clause_has(sentence, time, condition))
        for time in _concrete_times(conversation, sentence)
    )


def _concrete_times(conversation: Conversation, sentence: Sentence) -> list[Cue]:
    """The sentence's concrete times, without a "now" that opens it set off by a comma ("Adesso, appena il furgone
    rientra, faccio salire il collega…", "Now, once the van's back, …"): that "now" leads into what the agent goes
    on to say, it times nothing; said in a clause ("la richiamo adesso", "I'll do it now, okay?") it does. Nor is the
    day of an event said as what the agent will tell ("La ricontattiamo per dirle il giorno del montaggio", "to let
    you know the day of the fitting") a time: the day is still to be found; "la richiamo il giorno del montaggio" times
    the call. A concrete word inside a vague time ("the driver will swop it now-now", "any time now") is vague. A time
    after an offer of more help, in its clause of a question ("Anything else I can do for you today?", "Posso fare
    altro per lei oggi?"), is the offer's, this call: it times no promise before it.
    """
    doc = sentence.segment.doc
    start = sentence.span.start
    told = sentence.found("day_told", negated_too=True)
    vague_times = sentence.found("time_vague", negated_too=True)
    offers = sentence.found("resolution", negated_too=True) if sentence.is_question else []
    return [
        cue
        for cue in sentence.found("time_concrete", negated_too=True)
        if not any(day.start < cue.start < day.end for day in told)
        and not (
            cue.start == start
            and cue.end == start + 1
            and cue.end < sentence.span.end
            and doc[cue.end].text == ","
            and doc[cue.start].norm_ in conversation.cues.words("NOW")
        )
        and not _straight_after_an_event(conversation, sentence, cue)
        and not any(vague.start <= cue.start and cue.end <= vague.end for vague in vague_times)
        and not any(
            offer.start < cue.start and sentence.clause_of(offer.start) == sentence.clause_of(cue.start)
            for offer in offers
        )
    ]


def _straight_after_an_event(conversation: Conversation, sentence: Sentence, time: Cue) -> bool:
    """ "Subito", "straight away" after an awaited event said earlier in the sentence ("appena arriva il forcellino la
    chiamo io, e gliela monto subito", "as soon as the part's in I'll ring you and fit it straight away") is straight
    after that event, whose day nobody knows: no time of the promise's. Said first ("Gliela monto subito, e appena
    arriva il forcellino la chiamo") or alone ("La richiamo subito") it is now."""
    norms = sentence.segment.doc.user_data["norms"]
    cues = conversation.cues
    if not all(norms[position] in cues.words("IMMEDIATELY") for position in range(time.start, time.end)):
        return False
    return any(
        event.end <= time.start and norms[event.start] in cues.words("UPON")
        for event in sentence.found("time_vague", negated_too=True)
    )


def _said_vaguely(sentence: Sentence, found: list[Cue]) -> bool:
    """Every promise of the sentence says its own time vaguely, in its clause ("we'll send it shortly")."""
    clauses = sentence.clause_of
    vague = {clauses(cue.start) for cue in sentence.found("time_vague", negated_too=True)}
    promised = {clauses(cue.start) for cue in found}
    return bool(promised) and promised <= vague


def _clause_has(sentence: Sentence, cue: Cue, words: frozenset[str]) -> bool:
    """Whether the clause the cue starts in has one of these words."""
    doc, clauses = sentence.segment.doc, sentence.clause_of
    return any(
        doc[position].norm_ in words
        for position in range(sentence.span.start, sentence.span.end)
        if clauses(position) == clauses(cue.start)
    )


def _timed_when_said_again(conversation: Conversation, made: list[tuple[Sentence, list[Cue]]], index: int) -> bool:
    """The same action promised again later with a concrete time: "I'm refunding one of them" and, a
    turn on, "the refund will be back on your card in three to five days". Every action word of the
    first promise (``made[index]``: "refund") is in the later timed promise, outside its own promise words."""
    sentence, found = made[index]
    actions = _action_lemmas(conversation, sentence, found)
    if not actions:
        return False
    for later, later_cues in made[index + 1 :]:
        lemmas = later.segment.doc.user_data["lemmas"]
        promised = {position for cue in later_cues for position in range(cue.start, cue.end)}
        mentioned = {lemmas[token.i] for token in later.span if token.i not in promised}
        if actions <= mentioned and _has_concrete_time(conversation, later, later_cues):
            return True
    return False


def _spelled_out_later(conversation: Conversation, made: list[tuple[Sentence, list[Cue]]], index: int) -> bool:
    """Taking it on without saying what ("Ci pensiamo noi, va bene?", "We'll sort it, okay?") promises what the
    agent goes on to spell out: a later promise with a concrete time ("la richiamo io entro le sei di stasera") dates
    it. Said after everything else ("Le faccio sapere appena la sento. … Ci pensiamo noi.") or followed only by
    untimed promises, it stays untimed."""
    sentence, found = made[index]
    taken = sentence.found("take_charge", quoted_too=False)
    if not all(any(take.start <= cue.start < take.end for take in taken) for cue in found):
        return False
    return any(_has_concrete_time(conversation, later, cues) for later, cues in made[index + 1 :])


def _action_lemmas(conversation: Conversation, sentence: Sentence, found: list[Cue]) -> set[str]:
    lemmas = sentence.segment.doc.user_data["lemmas"]
    actions = conversation.cues.words("ACTION")
    return {lemmas[position] for cue in found for position in range(cue.start, cue.end) if lemmas[position] in actions}


def _timed_in_its_sentence(conversation: Conversation, sentence: Sentence, found: list[Cue]) -> bool:
    """A concrete time in the promise's sentence, in any of its clauses (spec, "Promise"), except
    where every promise of the sentence says its own time vaguely ("the arrears will be paid in due
    course") and the concrete one belongs to a clause that has a condition or a future of its own
    ("your payments restart from next Monday, and the arrears will be paid in due course", "if you
    read me the meter now, we'll send a new bill once it's checked") or only says where things stand
    now ("La squadra è su a Lorica adesso, passiamo da lei quanto prima", "The crew's up at the farm
    now, we'll come round as soon as we can"): that time is not the promise's.
    ``found`` holds the sentence's promise cues."""
    concrete = _concrete_times(conversation, sentence)
    if not concrete:
        return False
    if not _said_vaguely(sentence, found):
        return True
    clauses = sentence.clause_of
    promised = {clauses(cue.start) for cue in found}
    cues = conversation.cues
    apart = cues.words("CONDITION") | cues.words("FUTURE_AUX")
    states = sentence.found("state_now")
    return any(
        clauses(cue.start) in promised
        or not (_clause_has(sentence, cue, apart) or any(state.start <= cue.start < state.end for state in states))
        for cue in concrete
    )


def _continuation(conversation: Conversation, sentence: Sentence) -> list[Sentence]:
    """Where the customer cut the agent off mid-sentence ("…, così le mando" / "Aspetti…"), the
    agent's next segment, which finishes what they were saying."""
    segment = sentence.segment
    if sentence is not segment.sentences[-1] or sentence.text.rstrip().endswith(_SENTENCE_ENDS):
        return []
    later = conversation.segments[segment.index + 1 :]
    if not later or later[0].speaker == segment.speaker:
        return []
    return next((other.sentences for other in later if other.speaker == segment.speaker), [])
